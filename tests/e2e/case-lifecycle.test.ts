import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptCase, api, baseUrl, CITIZEN_ID, collectResult, eventually, token, uploadScan, decision } from '#tests/support/client';

interface CaseBody {
  caseNumber: string;
  state: string;
  history: { seq: number; action: string; fromState: string | null; toState: string; actor: { role: string; subject: string } }[];
  [key: string]: unknown;
}

const DEPT = 'E2E人社局';
const ITEM = `E2E-${randomUUID().slice(0, 8)}`;
let supervisor: string;
let clerk: string;
let approver: string;
let otherApprover: string;
let outputClerk: string;

async function createItem(overrides: Record<string, unknown> = {}) {
  return api('POST', '/items', {
    token: supervisor,
    body: {
      basicCode: '000110002000',
      implementationCode: ITEM,
      name: '失业保险金申领（端到端）',
      department: DEPT,
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 5,
      materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
      ...overrides,
    },
  });
}

async function register(uploadId: string, headers: Record<string, string> = {}) {
  return api<CaseBody>('POST', '/cases', {
    token: clerk,
    headers,
    body: { itemCode: ITEM, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId }] },
  });
}

async function inQueue(caseNumber: string, who = approver) {
  const queue = await api<{ cases: { caseNumber: string }[] }>('GET', '/queue?state=pending_acceptance&limit=100', { token: who });
  return queue.body.cases.some((c) => c.caseNumber === caseNumber) ? true : undefined;
}

beforeAll(async () => {
  [supervisor, clerk, approver, otherApprover, outputClerk] = await Promise.all([
    token('supervisor', { name: '李主任' }),
    token('intake_clerk', { name: '王窗口', subject: 'clerk-e2e' }),
    token('approver', { department: DEPT, name: '赵审批' }),
    token('approver', { department: '民政局', name: '钱审批' }),
    token('output_clerk', { name: '孙出件' }),
  ]);
  const created = await createItem();
  expect(created.status).toBe(201);
});

describe('one case end to end through the real state machine', () => {
  it('goes from intake to closed, with its execution, queue, audit trail and events', async () => {
    const uploadId = await uploadScan(clerk);
    const registered = await register(uploadId, { 'idempotency-key': randomUUID() });
    expect(registered.status).toBe(201);
    const { caseNumber } = registered.body;
    expect(caseNumber).toMatch(/^HZ\d{8}\d{4}$/);
    expect(registered.body.state).toBe('registered');
    expect(registered.body).not.toHaveProperty('pendingTask');
    expect(JSON.stringify(registered.body)).not.toContain(CITIZEN_ID);

    // The execution is named by the case number, so operators find it in the console.
    const sfn = new SFNClient({});
    const executionArn = `${process.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
    const execution = await eventually('execution', async () => {
      try {
        return await sfn.send(new DescribeExecutionCommand({ executionArn }));
      } catch {
        return undefined;
      }
    });
    expect(execution.status).toBe('RUNNING');
    expect(execution.name).toBe(caseNumber);

    await eventually('case in the department queue', () => inQueue(caseNumber));
    // Forwarding time is recorded and checked against the limit for promised items (15 minutes).
    const forwarded = await api<{ forwarding: { minutes: number; limitMinutes: number; late: boolean } }>('GET', `/cases/${caseNumber}`, { token: approver });
    expect(forwarded.body.forwarding).toMatchObject({ limitMinutes: 15, late: false });
    expect(await inQueue(caseNumber, otherApprover)).toBeUndefined();

    // Another department's approver can neither see nor decide the case.
    expect((await api('GET', `/cases/${caseNumber}`, { token: otherApprover })).status).toBe(403);
    const foreign = await api('POST', `/cases/${caseNumber}/decision`, { token: otherApprover, body: decision('approve', '越权') });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('other_department');

    await acceptCase(caseNumber, approver);
    const decided = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, {
      token: approver,
      body: decision('approve', '材料齐全，符合条件，准予。'),
    });
    expect(decided.status).toBe(200);
    expect(decided.body.state).toBe('approved');

    const handedOver = await collectResult(caseNumber, outputClerk);
    expect(handedOver.status).toBe(200);

    const closed = await eventually('case closed', async () => {
      const c = await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: supervisor });
      return c.body.state === 'closed' ? c.body : undefined;
    });
    expect(closed.history.map((h) => [h.action, h.fromState, h.toState, h.actor.role])).toEqual([
      ['register', null, 'registered', 'intake_clerk'],
      ['forward', 'registered', 'pending_acceptance', 'system'],
      ['accept', 'pending_acceptance', 'accepted', 'approver'],
      ['open_step', 'accepted', 'accepted', 'system'],
      ['decide', 'accepted', 'approved', 'approver'],
      ['open_step', 'approved', 'approved', 'system'],
      ['result_ready', 'approved', 'result_ready', 'output_clerk'],
      ['open_step', 'result_ready', 'result_ready', 'system'],
      ['hand_over', 'result_ready', 'delivered', 'output_clerk'],
      ['close', 'delivered', 'closed', 'system'],
    ]);
    expect(closed.history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const finished = await eventually('execution succeeded', async () => {
      const e = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return e.status === 'SUCCEEDED' ? e : undefined;
    });
    expect(JSON.parse(finished.output!)).toMatchObject({ caseNumber, decision: { outcome: 'approve' } });

    const events = await eventually('all seven events on the bus', async () => {
      const res = await api<{ events: { 'detail-type': string; source: string; detail: { caseNumber: string } }[] }>(
        'GET',
        `/local/events?caseNumber=${caseNumber}`,
      );
      return res.body.events.length >= 7 ? res.body.events : undefined;
    });
    expect(events.map((e) => e['detail-type'])).toEqual([
      'CaseRegistered',
      'CaseForwarded',
      'CaseAccepted',
      'CaseDecided',
      'CaseResultReady',
      'CaseHandedOver',
      'CaseClosed',
    ]);
    expect(events.every((e) => e.source === 'onewindow.cases')).toBe(true);
  });

  it('returns the same case for a retried intake with the same Idempotency-Key, and refuses the key for another application', async () => {
    const key = randomUUID();
    const uploadId = await uploadScan(clerk);
    const first = await register(uploadId, { 'idempotency-key': key });
    const again = await register(uploadId, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.caseNumber).toBe(first.body.caseNumber);
    const other = await uploadScan(clerk);
    const reused = await register(other, { 'idempotency-key': key });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('lets only one of two approvers clicking at once decide; the other gets 409 and nothing changes twice', async () => {
    const registered = await register(await uploadScan(clerk));
    const { caseNumber } = registered.body;
    await eventually('queued', () => inQueue(caseNumber));
    await acceptCase(caseNumber, approver);
    const second = await token('approver', { department: DEPT, name: '周审批', subject: 'approver-b' });
    const [a, b] = await Promise.all([
      api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') }),
      api('POST', `/cases/${caseNumber}/decision`, { token: second, body: decision('deny', '不予') }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const c = await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: approver });
    expect(c.body.history.filter((h) => h.action === 'decide')).toHaveLength(1);
    const late = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '再改') });
    expect(late.status).toBe(409);
  });

  it('refuses a scan whose bytes do not match its fingerprint, and the case cannot use it', async () => {
    const bytes = Buffer.from('%PDF-1.4 genuine');
    const started = await api<{ uploadId: string; uploadUrl: string }>('POST', '/uploads', {
      token: clerk,
      body: { fileName: 'id.pdf', contentType: 'application/pdf', sha256: 'a'.repeat(64), size: bytes.length },
    });
    await fetch(started.body.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: bytes });
    const done = await api('POST', `/uploads/${started.body.uploadId}/complete`, { token: clerk });
    expect(done.status).toBe(422);
    expect(done.body.code).toBe('material_rejected');
    expect(String(done.body.message)).toContain('SHA-256');
    const refused = await register(started.body.uploadId);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('intake_invalid');
  });

  it('refuses a negative-list item at intake and names the department window', async () => {
    const res = await api('POST', '/cases', {
      token: clerk,
      body: { itemCode: 'GA-0001', applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID } },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('negative_list_item');
    expect(String(res.body.message)).toContain('出入境专窗');
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  async function queueSize() {
    const q = await api<{ cases: unknown[] }>('GET', '/queue?state=pending_acceptance&limit=100', { token: approver });
    return q.body.cases.length;
  }

  it.each([
    ['malformed JSON', { rawBody: '{"itemCode": ', headers: { 'content-type': 'application/json' } }, 400, 'invalid_json'],
    ['an unknown field', { body: { itemCode: 'X', applicant: { kind: 'person', name: 'a', idNumber: CITIZEN_ID }, colour: 'red' } }, 400, 'invalid_body'],
    ['a wrong type', { body: { itemCode: 42, applicant: { kind: 'person', name: 'a', idNumber: CITIZEN_ID } } }, 400, 'invalid_body'],
    ['a non-JSON body', { rawBody: 'itemCode=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported_media_type'],
    ['an oversize body', { body: { itemCode: 'x'.repeat(300 * 1024) } }, 413, 'body_too_large'],
    ['an invalid citizen ID', { body: { itemCode: ITEM, applicant: { kind: 'person', name: '张三', idNumber: '110105194912310021' } } }, 422, 'invalid_id_number'],
  ])('%s', async (_name, request, status, code) => {
    const before = await queueSize();
    const res = await api('POST', '/cases', { token: clerk, ...request });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code, message: expect.any(String), details: expect.any(Object) });
    await new Promise((r) => setTimeout(r, 200));
    expect(await queueSize()).toBe(before);
  });

  it('needs a bearer token, a valid one, and the right role', async () => {
    const none = await api('GET', `/items/${ITEM}`);
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthorized');
    const forged = await api('GET', `/items/${ITEM}`, { token: `${clerk.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(401);
    const wrongRole = await api('POST', '/cases', { token: approver, body: {} });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.code).toBe('role_not_allowed');
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    expect((await api('GET', '/nothing-here')).status).toBe(404);
    expect((await api('DELETE', '/items')).status).toBe(405);
  });
});

describe('API contract', () => {
  it('serves OpenAPI 3.1 without a token, listing every route', async () => {
    const res = await fetch(`${baseUrl()}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/cases', '/cases/{caseNumber}/decision', '/uploads', '/queue', '/items']));
  });
});
