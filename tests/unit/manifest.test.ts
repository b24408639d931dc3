import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '#manifest';

const httpFunctions = FUNCTIONS.filter((f) => f.kind === 'http');

describe('the manifest and the handlers that serve it', () => {
  it.each(httpFunctions.map((f) => [f.name, f] as const))('%s serves exactly the routes the manifest gives it', async (_name, fn) => {
    const file = pathToFileURL(resolve('functions', `${fn.entry}.ts`)).href;
    const module = (await import(/* @vite-ignore */ file)) as { handler?: { routes?: string[] } };
    expect(module.handler?.routes, `functions/${fn.entry}.ts exports no httpHandler`).toBeDefined();
    const listed = (fn.routes ?? []).map((r) => `${r.method} ${r.path}`).sort();
    expect(listed.length).toBeGreaterThan(0);
    expect([...(module.handler?.routes ?? [])].sort()).toEqual(listed);
  });

  it('lists every route once, under one function', () => {
    const keys = httpFunctions.flatMap((f) => (f.routes ?? []).map((r) => `${r.method} ${r.path}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(FUNCTIONS.filter((f) => f.kind !== 'http' && f.routes?.length)).toEqual([]);
  });
});
