import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Readable API docs at /docs: Scalar's API reference (the npm package's standalone bundle, served from
 * here, so nothing is fetched from a CDN) rendering this server's /openapi.json.
 */
const SCALAR_BUNDLE = join(dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')), 'browser/standalone.js');

/** No fonts, telemetry or proxy from scalar.com; the page's CSP lets it reach this server only. */
const INIT = `Scalar.createApiReference('#api-reference', ${JSON.stringify({
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  metaData: { title: 'OneWindow API (一窗通办接口)' },
})});\n`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OneWindow API (一窗通办接口)</title>
</head>
<body>
<noscript>接口文档需要启用 JavaScript；机器可读的接口说明见 <a href="/openapi.json">/openapi.json</a>。</noscript>
<div id="api-reference"></div>
<script src="/docs/scalar.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

export const API_DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

let bundle: { raw: Buffer; gzip: Buffer } | undefined;

const FILES: Record<string, { type: string; body: () => { raw: Buffer; gzip?: Buffer }; cache: string }> = {
  '/docs': { type: 'text/html; charset=utf-8', body: () => ({ raw: Buffer.from(PAGE) }), cache: 'no-cache' },
  '/docs/init.js': { type: 'text/javascript; charset=utf-8', body: () => ({ raw: Buffer.from(INIT) }), cache: 'no-cache' },
  '/docs/scalar.js': {
    type: 'text/javascript; charset=utf-8',
    body: () => {
      if (!bundle) {
        const raw = readFileSync(SCALAR_BUNDLE);
        bundle = { raw, gzip: gzipSync(raw) };
      }
      return bundle;
    },
    cache: 'public, max-age=3600',
  },
};

/** Serves GET /docs and its two scripts; false for every other request. */
export function serveApiDocs(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = FILES[url.pathname === '/docs/' ? '/docs' : url.pathname];
  if (!file) return false;
  const { raw, gzip } = file.body();
  const zipped = gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = zipped ? gzip : raw;
  res.writeHead(200, {
    'content-type': file.type,
    'cache-control': file.cache,
    'content-length': String(body.length),
    'content-security-policy': API_DOCS_CSP,
    'x-content-type-options': 'nosniff',
    ...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
