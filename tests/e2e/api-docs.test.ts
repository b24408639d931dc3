import { describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';

/** Issue 13 §5: readable API docs at /docs, rendered in the browser from /openapi.json with no CDN. */
describe('the API docs page (/docs)', () => {
  it('is an HTML page that loads Scalar from this server and points it at /openapi.json', async () => {
    const page = await fetch(`${baseUrl()}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<title>OneWindow API (一窗通办接口)</title>');
    expect([...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1])).toEqual(['/docs/scalar.js', '/docs/init.js']);
    // The browser may fetch from this server only: no CDN, no fonts or telemetry from elsewhere.
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");

    const init = await (await fetch(`${baseUrl()}/docs/init.js`)).text();
    expect(init).toContain("Scalar.createApiReference('#api-reference'");
    expect(init).toContain('"url":"/openapi.json"');
    expect(init).toContain('"withDefaultFonts":false');
  });

  it('serves the Scalar bundle itself, compressed when the browser takes gzip', async () => {
    const plain = await fetch(`${baseUrl()}/docs/scalar.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await plain.text();
    expect(script.length).toBeGreaterThan(1_000_000);
    expect(script).toContain('createApiReference');
    const zipped = await fetch(`${baseUrl()}/docs/scalar.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(script.length / 2);
  });

  it('leaves other paths under /docs to the API (404 in its error shape)', async () => {
    const res = await fetch(`${baseUrl()}/docs/missing.js`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('no_route');
  });
});
