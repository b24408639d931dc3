import { createHash } from 'node:crypto';

/** A minimal JSON client for the local API; fetch keeps the connection alive, as a window client would. */
export interface ApiResponse<T> {
  status: number;
  body: T;
}

export class Api {
  constructor(private readonly baseUrl: string) {}

  async call<T>(method: string, path: string, token: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Like call, but a status other than `expected` is an error carrying the response body. */
  async expect<T>(expected: number, method: string, path: string, token: string, body?: unknown): Promise<T> {
    const res = await this.call<T>(method, path, token, body);
    if (res.status !== expected)
      throw new Error(`${method} ${path}: HTTP ${res.status} (expected ${expected}) ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Uploads one scan the way a scanning station does (presigned PUT, then the server-side check); returns its uploadId. */
export async function uploadScan(api: Api, clerk: string, scan: Buffer, contentType = 'application/pdf'): Promise<string> {
  const started = await api.expect<{ uploadId: string; uploadUrl: string }>(201, 'POST', '/uploads', clerk, {
    fileName: contentType === 'image/png' ? 'scan.png' : 'scan.pdf',
    contentType,
    sha256: createHash('sha256').update(scan).digest('hex'),
    size: scan.length,
  });
  const put = await fetch(started.uploadUrl, { method: 'PUT', headers: { 'content-type': contentType }, body: scan });
  if (!put.ok) throw new Error(`scan upload failed: HTTP ${put.status}`);
  await api.expect(200, 'POST', `/uploads/${started.uploadId}/complete`, clerk);
  return started.uploadId;
}
