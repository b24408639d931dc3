/** Where the workbench signs in and finds the API; served at /config.json by whoever serves the files. */
export interface WebConfig {
  authority: string;
  clientId: string;
  /** '' when the API is on the same origin at the root; '/api' behind CloudFront. */
  apiBase: string;
  /** The hall screens' WebSocket channel (wss://…) in AWS; locally absent (the API's origin serves /hall/push). */
  hallSocket?: string;
}

export async function loadConfig(): Promise<WebConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`配置读取失败（HTTP ${res.status}）`);
  return (await res.json()) as WebConfig;
}
