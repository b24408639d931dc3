/**
 * The workbench's Content-Security-Policy, one definition for both servers: the local API server
 * (local/web-static.ts) and CloudFront's response headers policy (infra/constructs/web.ts). Only the
 * origins differ: where scans are uploaded to and previewed from, and where sign-in talks to.
 */
export interface CspOrigins {
  /** Where presigned uploads go and previews come from (the materials bucket, or s3rver locally). */
  storage: readonly string[];
  /** Where the OIDC client fetches discovery, keys and tokens (Cognito, or the local provider). */
  signIn: readonly string[];
  /** The hall screens' push channel when it is not on this origin (API Gateway's WebSocket API, wss://…). */
  push?: readonly string[];
}

export function contentSecurityPolicy(origins: CspOrigins): string {
  const list = (...sources: readonly string[]) => [...new Set(sources)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // antd writes its component styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src ${list("'self'", 'data:', 'blob:', ...origins.storage)}`,
    `connect-src ${list("'self'", ...origins.storage, ...origins.signIn, ...(origins.push ?? []))}`,
    // PDF previews are framed from the store.
    `frame-src ${list("'self'", 'blob:', ...origins.storage)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    `form-action ${list("'self'", ...origins.signIn)}`,
  ].join('; ');
}
