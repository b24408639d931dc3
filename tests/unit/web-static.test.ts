import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webServer } from '#local/web-static';

const dist = mkdtempSync(join(tmpdir(), 'onewindow-web-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>一窗通办</title>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** A page request as a browser sends it, and what the server answered. */
function open(host: string, path: string) {
  const serve = webServer({ authority: 'http://localhost:3300', clientId: 'onewindow-local', apiBase: '' }, dist);
  const answer: { status?: number; headers?: Record<string, string> } = {};
  const req = { method: 'GET', headers: { host, accept: 'text/html,application/xhtml+xml' } } as unknown as IncomingMessage;
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      answer.headers = headers;
    },
    end() {},
  } as unknown as ServerResponse;
  const handled = serve(req, res, new URL(`http://${host}${path}`), false);
  return { handled, ...answer };
}

describe('the workbench pages of the local server', () => {
  it('sends a page opened at 127.0.0.1 to the sign-in origin (localhost), keeping the path and query', () => {
    const answer = open('127.0.0.1:3300', '/progress?caseNumber=HZ202612080001&code=ABCD');
    expect(answer.status).toBe(302);
    expect(answer.headers?.location).toBe('http://localhost:3300/progress?caseNumber=HZ202612080001&code=ABCD');
  });

  it('serves the page itself at the sign-in origin', () => {
    const answer = open('localhost:3300', '/intake');
    expect(answer.status).toBe(200);
    expect(answer.headers?.['content-type']).toMatch(/text\/html/);
  });
});
