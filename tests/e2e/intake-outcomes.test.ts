import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, collectResult, eventually, resultDocument, token, uploadScan } from '#tests/support/client';

interface CaseBody {
  caseNumber: string;
  state: string;
  promisedBy?: string;
  correction?: { problems: { code: string; name: string; problem: string }[]; resolvedAt?: string };
  deferred?: { materials: { code: string }[]; dueDate: string; commitment: string };
  decidedAtWindow?: boolean;
  materials: { code: string }[];
  history: { action: string; toState: string }[];
  code?: string;
  details?: { problems: { code: string; problem: string }[] };
}

const DEPT = `收件测试局-${randomUUID().slice(0, 4)}`;
const PROMISED = `IN-P-${randomUUID().slice(0, 6)}`;
const IMMEDIATE = `IN-I-${randomUUID().slice(0, 6)}`;
let clerk: string;
let approver: string;

beforeAll(async () => {
  const supervisor = await token('supervisor');
  clerk = await token('intake_clerk', { subject: 'clerk-outcomes' });
  approver = await token('approver', { department: DEPT });
  const base = { basicCode: '000110002000', department: DEPT, windowCategory: 'general' };
  for (const body of [
    {
      ...base,
      implementationCode: PROMISED,
      name: '失业保险金申领（收件测试）',
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 5,
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
        { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
      ],
    },
    {
      ...base,
      implementationCode: IMMEDIATE,
      name: '参保登记（即办测试）',
      itemType: 'immediate',
      statutoryDays: 1,
      promisedDays: 0,
      materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 0, form: 'either' }],
    },
  ]) {
    expect((await api('POST', '/items', { token: supervisor, body })).status).toBe(201);
  }
});

const applicant = { kind: 'person', name: '李四', idNumber: CITIZEN_ID };
const queued = async (caseNumber: string) => {
  const q = await api<{ cases: { caseNumber: string }[] }>('GET', '/queue?state=pending_acceptance&limit=100', { token: approver });
  return q.body.cases.some((c) => c.caseNumber === caseNumber) ? true : undefined;
};

describe('formal review at the window gives exactly one outcome', () => {
  it('incomplete: one correction notice listing everything, the data kept, then 补正 registers the case', async () => {
    const id = await uploadScan(clerk);
    const res = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode: PROMISED, applicant, materials: [{ code: 'ID', uploadId: id }], defects: [{ code: 'ID', reason: '身份证已过有效期' }] },
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('incomplete');
    expect(res.body.correction?.problems).toEqual([
      { code: 'ID', name: '居民身份证', problem: '身份证已过有效期' },
      { code: 'SEPARATION', name: '解除劳动关系证明', problem: '未提交该材料（必须提交）' },
    ]);
    const { caseNumber } = res.body;
    // Not forwarded: no workflow until the application is complete.
    await new Promise((r) => setTimeout(r, 500));
    expect(await queued(caseNumber)).toBeUndefined();

    // Coming back with only part of it: refused, the case stays as it was, no second notice.
    const partial = await api<CaseBody>('POST', `/cases/${caseNumber}/supplement`, { token: clerk, body: { materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] } });
    expect(partial.status).toBe(422);
    expect(partial.body.code).toBe('still_incomplete');
    expect(partial.body.details?.problems.map((p) => p.code)).toEqual(['SEPARATION']);
    const unchanged = await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: clerk });
    expect(unchanged.body.state).toBe('incomplete');
    expect(unchanged.body.history).toHaveLength(1);

    const done = await api<CaseBody>('POST', `/cases/${caseNumber}/supplement`, {
      token: clerk,
      body: { materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'SEPARATION', uploadId: await uploadScan(clerk) }] },
    });
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('registered');
    expect(done.body.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.body.materials.map((m) => m.code)).toEqual(['ID', 'SEPARATION']);
    expect(done.body.correction?.resolvedAt).toBeDefined();
    await eventually('forwarded after 补正', () => queued(caseNumber));
    const events = await eventually('events', async () => {
      const r = await api<{ events: { 'detail-type': string; detail: { toState: string } }[] }>('GET', `/local/events?caseNumber=${caseNumber}`);
      return r.body.events.length >= 3 ? r.body.events : undefined;
    });
    expect(events.slice(0, 3).map((e) => [e['detail-type'], e.detail.toState])).toEqual([
      ['CaseRegistered', 'incomplete'],
      ['CaseSupplemented', 'registered'],
      ['CaseForwarded', 'pending_acceptance'],
    ]);
  });

  it('容缺: registered with the deferred material, the commitment and a due date within the promised limit', async () => {
    const res = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: {
        itemCode: PROMISED,
        applicant,
        materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }],
        deferral: { materials: ['SEPARATION'], commitment: '本人承诺在承诺时限内补交解除劳动关系证明原件' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('registered');
    expect(res.body.deferred).toMatchObject({ materials: [{ code: 'SEPARATION' }], dueDate: res.body.promisedBy });
    await eventually('forwarded', () => queued(res.body.caseNumber));

    const refused = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode: PROMISED, applicant, materials: [{ code: 'SEPARATION', uploadId: await uploadScan(clerk) }], deferral: { materials: ['ID'], commitment: '承诺' } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('intake_invalid');
    expect(refused.body.details?.problems[0]?.problem).toContain('不允许容缺后补');
  });

  it('即办: an authorised clerk decides on the spot; the result goes straight to the output window', async () => {
    const body = { itemCode: IMMEDIATE, applicant, materials: [{ code: 'ID', uploadId: '' }], decideNow: { outcome: 'approve', opinion: '材料齐全，当场办结' } };
    const unauthorised = await api<CaseBody>('POST', '/cases', { token: clerk, body: { ...body, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] } });
    expect(unauthorised.status).toBe(422);
    expect(unauthorised.body.details?.problems).toEqual([{ code: 'decideNow', problem: '您的账号未获授权在窗口当场办结。' }]);

    const authorised = await token('intake_clerk', { subject: 'clerk-window-decider', windowDecision: true });
    const res = await api<CaseBody>('POST', '/cases', { token: authorised, body: { ...body, materials: [{ code: 'ID', uploadId: await uploadScan(authorised) }] } });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('approved');
    expect(res.body.decidedAtWindow).toBe(true);
    const output = await token('output_clerk');
    const handed = await collectResult(res.body.caseNumber, output, { document: resultDocument('approve') });
    expect(handed.status).toBe(200);
    const closed = await eventually('closed', async () => {
      const c = await api<CaseBody>('GET', `/cases/${res.body.caseNumber}`, { token: output });
      return c.body.state === 'closed' ? c.body : undefined;
    });
    expect(closed.history.map((h) => h.action)).toEqual(['register', 'open_step', 'result_ready', 'open_step', 'hand_over', 'close']);
  });

  it('帮办代办: a proxy applies with a scanned authorisation letter, recorded on the case and in its audit line', async () => {
    const letter = await uploadScan(clerk);
    const res = await api<CaseBody & { agent?: { kind: string; name: string; idNumberMasked: string; authorisation: { document?: { code: string } } } }>('POST', '/cases', {
      token: clerk,
      body: {
        itemCode: PROMISED,
        applicant,
        agent: { kind: 'proxy', name: '李小龙', idNumber: CITIZEN_ID, reason: 'elderly', authorisation: { uploadId: letter } },
        materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'SEPARATION', uploadId: await uploadScan(clerk) }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.agent).toMatchObject({ kind: 'proxy', name: '李**', idNumberMasked: '110***********002X', authorisation: { document: { code: 'AUTHORISATION' } } });
    expect(JSON.stringify(res.body)).not.toContain(CITIZEN_ID);

    const refused = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      body: { itemCode: PROMISED, applicant, agent: { kind: 'proxy', name: '李小龙', idNumber: CITIZEN_ID, reason: 'elderly', authorisation: {} } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details?.problems).toEqual([{ code: 'agent.authorisation', problem: '委托代办须提供授权委托书的扫描件。' }]);
  });
});
