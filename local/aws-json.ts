import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** An error the AWS SDK maps to an exception by its `__type`. */
export class AwsJsonError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type AwsJsonOperations = Record<string, (input: Record<string, unknown>) => Promise<unknown> | unknown>;

/**
 * The request body, up to `limit` bytes. Past it, the rest is read and dropped (up to 4 × limit, then
 * the connection is cut), so the caller can still answer 413 instead of resetting the connection.
 */
export function readRequestBody(req: IncomingMessage, limit = 10 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () => Object.assign(new Error('body too large'), { code: 'BODY_TOO_LARGE' });
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 4 * limit) {
        reject(tooLarge());
        req.destroy();
        return;
      }
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => (size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/**
 * A local endpoint for an AWS JSON-protocol service (X-Amz-Target: Prefix.Operation), so the
 * functions' unchanged SDK clients can talk to it through AWS_ENDPOINT_URL_<SERVICE>.
 */
export async function serveAwsJson(port: number, targetPrefix: string, operations: AwsJsonOperations): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.startsWith(`${targetPrefix}.`) ? target.slice(targetPrefix.length + 1) : '';
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify(body));
      };
      try {
        const raw = await readRequestBody(req);
        const fn = operations[operation];
        if (!fn) throw new AwsJsonError('UnknownOperationException', `Operation ${target} is not emulated locally`);
        send(200, (await fn(raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {})) ?? {});
      } catch (error) {
        if (error instanceof AwsJsonError) send(error.status, { __type: error.type, message: error.message });
        else send(500, { __type: 'InternalFailure', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
