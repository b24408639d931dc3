import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api/schema';

/** The API's error body: `{code, message, details}` with a message a clerk can act on. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export type Api = ReturnType<typeof createApi>;

/** The client typed from GET /openapi.json; every call carries the signed-in user's ID token. */
export function createApi(baseUrl: string, token: () => string | undefined) {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      const t = token();
      if (t) request.headers.set('authorization', `Bearer ${t}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the API's message. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const body = (result.error ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(result.response.status, {
      code: body.code ?? `http_${result.response.status}`,
      message: body.message ?? `请求失败（HTTP ${result.response.status}）`,
      details: body.details,
    });
  }
  return result.data;
}

/** Fetches a binary the API returns (a notice PDF) as a blob URL the browser can open or print. */
export async function fetchBlobUrl(baseUrl: string, path: string, token: string | undefined): Promise<string> {
  const res = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(res.status, { code: `http_${res.status}`, message: `文件读取失败（HTTP ${res.status}）` });
  return URL.createObjectURL(await res.blob());
}
