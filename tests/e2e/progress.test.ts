import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, token } from '#tests/support/client';

describe('办件进度查询 without signing in', () => {
  it('answers the case number with its query code, tells a guesser nothing, and is throttled', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const itemCode = `PQ-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: 'B',
        implementationCode: itemCode,
        name: '进度查询测试事项',
        department: '进度局',
        itemType: 'promised',
        statutoryDays: 10,
        promisedDays: 5,
        materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 0, form: 'either' }],
      },
    });
    const created = await api<{ caseNumber: string; queryCode: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { kind: 'person', name: '陈十一', idNumber: CITIZEN_ID } },
    });
    expect(created.status).toBe(201);
    expect(created.body.queryCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);

    const seen = await api<{ stateLabel: string; applicant: string; missing: { name: string }[] }>('POST', '/public/progress', {
      body: { caseNumber: created.body.caseNumber, queryCode: created.body.queryCode.toLowerCase() },
    });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ stateLabel: '待补正材料', applicant: '陈**', missing: [{ name: '居民身份证' }] });
    expect(JSON.stringify(seen.body)).not.toContain(CITIZEN_ID);

    const wrong = await api<{ code: string }>('POST', '/public/progress', { body: { caseNumber: created.body.caseNumber, queryCode: 'ZZZZZZZZ' } });
    const unknown = await api<{ code: string }>('POST', '/public/progress', { body: { caseNumber: 'HZ000000000000', queryCode: created.body.queryCode } });
    expect([wrong.status, wrong.body.code]).toEqual([404, 'no_match']);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'no_match']);

    // Guessing stays slow: the route's burst is small.
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => api('POST', '/public/progress', { body: { caseNumber: created.body.caseNumber, queryCode: 'ZZZZZZZZ' } })),
    );
    expect(burst.some((r) => r.status === 429)).toBe(true);
  });
});
