/**
 * A lazily made SDK client, made again when its endpoint variable changes. In AWS the variable never
 * changes, so this is one client per container; on this machine one process may start one local
 * system after another (the bench does), each on its own ports, and a client kept from the first
 * would call engines that are gone.
 *
 * Callers mark the call with esbuild's PURE annotation (it only makes a closure): then a bundle drops the client, and
 * the SDK client package behind it, when nothing the function runs uses that adapter.
 */
export function clientPerEndpoint<T>(endpointVariable: string, make: (endpoint: string | undefined) => T): () => T {
  let made: { endpoint: string | undefined; client: T } | undefined;
  return () => {
    const endpoint = process.env[endpointVariable];
    if (!made || made.endpoint !== endpoint) made = { endpoint, client: make(endpoint) };
    return made.client;
  };
}
