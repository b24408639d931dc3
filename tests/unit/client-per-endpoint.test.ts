import { afterEach, describe, expect, it } from 'vitest';
import { clientPerEndpoint } from '#adapters/client-per-endpoint';

const VARIABLE = 'AWS_ENDPOINT_URL_TEST_ENGINE';

afterEach(() => {
  delete process.env[VARIABLE];
});

describe('an SDK client kept per endpoint', () => {
  it('is made once while the endpoint stays, and again for the next local system on other ports', () => {
    const made: (string | undefined)[] = [];
    const client = clientPerEndpoint(VARIABLE, (endpoint) => {
      made.push(endpoint);
      return { endpoint };
    });
    process.env[VARIABLE] = 'http://127.0.0.1:4001';
    const first = client();
    expect(client()).toBe(first);
    process.env[VARIABLE] = 'http://127.0.0.1:4002';
    expect(client()).toEqual({ endpoint: 'http://127.0.0.1:4002' });
    expect(made).toEqual(['http://127.0.0.1:4001', 'http://127.0.0.1:4002']);
  });

  it('keeps the one client when no endpoint is set (in AWS)', () => {
    let count = 0;
    const client = clientPerEndpoint(VARIABLE, () => ++count);
    expect([client(), client(), client()]).toEqual([1, 1, 1]);
  });
});
