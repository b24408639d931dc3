import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '../web/security-headers';

/** The built workbench (`npm install` builds it; `npm run build:web` again after changing web/). */
export const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** The same security headers CloudFront adds in AWS (the local API has no TLS, so no HSTS). */
export const WEB_SECURITY_HEADERS: Record<string, string> = {
  // s3rver and the OIDC provider listen on other loopback ports.
  'content-security-policy': contentSecurityPolicy({ storage: ['http://127.0.0.1:*'], signIn: ['http://127.0.0.1:*'] }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface WebConfig {
  /** OIDC issuer the workbench signs in with (the local provider, or Cognito's). */
  authority: string;
  clientId: string;
  /** Prefix of API paths ('' locally; '/api' behind CloudFront). */
  apiBase: string;
}

/**
 * Serves the workbench: its files, `/config.json`, and index.html for any page address that is not
 * an API route (the screens route in the browser). Returns false for everything else.
 */
export function webServer(config: WebConfig, dist = WEB_DIST) {
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
  const send = (req: IncomingMessage, res: ServerResponse, file: string, cache: string) => {
    const ext = extname(file);
    const stat = statSync(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cache,
      ...WEB_SECURITY_HEADERS,
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const cached = gzipCache.get(file);
      const gz = cached && cached.mtime === stat.mtimeMs ? cached.body : gzipSync(body);
      gzipCache.set(file, { mtime: stat.mtimeMs, body: gz });
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return (req: IncomingMessage, res: ServerResponse, url: URL, isApiPath: boolean): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(config));
      return true;
    }
    const index = join(dist, 'index.html');
    if (url.pathname.startsWith('/assets/') || /^\/[\w.-]+\.(svg|png|ico|txt)$/.test(url.pathname)) {
      const file = normalize(join(dist, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
      send(req, res, file, url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      return true;
    }
    if (isApiPath || !/text\/html/.test(String(req.headers.accept ?? ''))) return false;
    // Sign-in belongs to the issuer's origin (its CSP and redirect addresses name it): a page opened at
    // 127.0.0.1 while the issuer is localhost (or the other way round) is sent there, or 登录 would do nothing.
    const home = new URL(config.authority);
    const host = String(req.headers.host ?? '');
    if (LOOPBACK_HOSTS.has(host.replace(/:\d+$/, '')) && LOOPBACK_HOSTS.has(home.hostname) && host !== home.host) {
      res.writeHead(302, { location: `${home.origin}${url.pathname}${url.search}`, 'cache-control': 'no-store' });
      res.end();
      return true;
    }
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The workbench is not built yet: run npm run build:web (npm install does it).');
      return true;
    }
    send(req, res, index, 'no-cache');
    return true;
  };
}
