import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#adapters/dynamodb';
import { chinaDay } from '#domain/calendar';
import { keys, tableName } from '#repositories/keys';
import { acceptCase, api, baseUrl, decision, eventually, token, uploadScan } from '#tests/support/client';

/**
 * 容缺 followed up (issue 10 §2), through the API: the deferred material has its due day, is brought
 * at a window with a receipt, blocks 准予 while outstanding, and once its due day passes raises a
 * warning, is recorded against the applicant, and — where the item's rule says so — ends the case.
 */
const DEPT = `容缺跟踪局-${randomUUID().slice(0, 4)}`;
const WAITING_ITEM = `RQ-W-${randomUUID().slice(0, 6)}`;
const TERMINATING_ITEM = `RQ-T-${randomUUID().slice(0, 6)}`;
// Applicants of their own (valid GB 11643 numbers), so no other test's credit flag refuses 容缺 here.
const ON_TIME_ID = '623001198506120319';
const LATE_ID = '62300119850612052X';
const TERMINATED_ID = '623001198506120730';

let supervisor: string;
let clerk: string;
let approver: string;

const checklist = [
  { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
  { code: 'PLAN', name: '项目经营计划书', required: true, originals: 1, copies: 0, form: 'paper', deferrable: true },
];

beforeAll(async () => {
  supervisor = await token('supervisor');
  clerk = await token('intake_clerk', { subject: 'clerk-deferral', name: '刘窗口' });
  approver = await token('approver', { department: DEPT, subject: 'approver-deferral', name: '钱审批' });
  for (const [code, deferralLapse] of [
    [WAITING_ITEM, undefined],
    [TERMINATING_ITEM, 'terminate'],
  ] as const) {
    const created = await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: 'B-RQ',
        implementationCode: code,
        name: deferralLapse ? '容缺终止测试事项' : '容缺等待测试事项',
        department: DEPT,
        itemType: 'promised',
        statutoryDays: 20,
        promisedDays: 3,
        materials: checklist,
        ...(deferralLapse ? { deferralLapse } : {}),
      },
    });
    expect(created.status).toBe(201);
  }
});

interface DeferredCase {
  caseNumber: string;
  state: string;
  flags?: string[];
  materials: { code: string; sha256: string }[];
  deferred: {
    dueDate: string;
    onLapse?: string;
    materials: { code: string; name: string; dueDate?: string; broughtAt?: string; broughtBy?: { name: string }; late?: boolean }[];
    missed?: { recordedAt: string; materials: { code: string; dueDate: string }[] };
  };
  termination?: { reason: string };
  archived?: { packageKey: string };
  waitingFor?: string;
  history: { action: string; actor: { role: string }; details: Record<string, unknown> }[];
}

const getCase = async (caseNumber: string) => (await api<DeferredCase>('GET', `/cases/${caseNumber}`, { token: supervisor })).body;

/** Registers an application with the plan deferred until `dueDate` (today: the latest day it may be brought is today). */
async function registerDeferred(itemCode: string, idNumber: string): Promise<DeferredCase> {
  const res = await api<DeferredCase>('POST', '/cases', {
    token: clerk,
    body: {
      itemCode,
      applicant: { kind: 'person', name: '马容缺', idNumber },
      materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }],
      deferral: { materials: ['PLAN'], commitment: '本人承诺于期限内补交项目经营计划书原件', dueDate: chinaDay(new Date()) },
    },
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Moves a case's due day into the past, as if it had been registered weeks ago (the sweep reads today's date). */
async function dueDayPassed(caseNumber: string): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.case(caseNumber),
      UpdateExpression: 'SET #deferred.dueDate = :d, #deferred.materials[0].dueDate = :d',
      ExpressionAttributeNames: { '#deferred': 'deferred' },
      ExpressionAttributeValues: { ':d': '2026-11-02' },
    }),
  );
}

/** 受理 once the case reaches the back office (the first execution of a fresh system can take a while on a busy machine). */
async function accepted(caseNumber: string): Promise<void> {
  await eventually(`case ${caseNumber} in review`, async () => ((await getCase(caseNumber)).waitingFor === 'acceptance' ? true : undefined), 50_000);
  await acceptCase(caseNumber, approver);
}

async function sweep(): Promise<{ deferralsMissed: number; terminated: number }> {
  const res = await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { deferralsMissed: number; terminated: number } }).result;
}

async function noticeKinds(caseNumber: string, expected: string): Promise<string[]> {
  return eventually(
    `notice ${expected} of ${caseNumber}`,
    async () => {
      const res = await api<{ notices: { kind: string }[] }>('GET', `/cases/${caseNumber}/notices`, { token: clerk });
      const kinds = res.body.notices.map((n) => n.kind);
      return kinds.includes(expected) ? kinds : undefined;
    },
    20_000,
  );
}

describe('容缺 followed up', () => {
  it('a deferred material brought in time is checked like any scan, gets its receipt, and unblocks approval', async () => {
    const registered = await registerDeferred(WAITING_ITEM, ON_TIME_ID);
    expect(registered.deferred.materials).toEqual([{ code: 'PLAN', name: '项目经营计划书', dueDate: chinaDay(new Date()) }]);
    expect(registered.deferred.onLapse).toBe('wait');
    const { caseNumber } = registered;
    await accepted(caseNumber);

    // Outstanding: 准予 is refused with the material named; nothing changes.
    const blocked = await api<{ code: string; message: string; details: { materials: { code: string }[] } }>('POST', `/cases/${caseNumber}/decision`, {
      token: approver,
      body: decision('approve', '材料齐全，准予'),
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('deferred_material_outstanding');
    expect(blocked.body.message).toContain('「项目经营计划书」');
    expect(blocked.body.message).toContain('尚未补交');
    expect(blocked.body.details.materials.map((m) => m.code)).toEqual(['PLAN']);
    expect((await getCase(caseNumber)).state).toBe('accepted');

    // Checked like any material: a material not owed, and a scan someone else uploaded, are refused together.
    const otherClerk = await token('intake_clerk', { subject: 'clerk-deferral-2' });
    const wrong = await api<{ code: string; details: { problems: { code: string; problem: string }[] } }>('POST', `/cases/${caseNumber}/deferred-materials`, {
      token: clerk,
      body: { materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }, { code: 'PLAN', uploadId: await uploadScan(otherClerk) }] },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.details.problems.map((p) => p.code)).toEqual(['ID', 'PLAN']);
    expect(wrong.body.details.problems[1]!.problem).toContain('由他人上传');
    expect((await getCase(caseNumber)).deferred.materials[0]!.broughtAt).toBeUndefined();

    // Brought at another window, in time.
    const brought = await api<DeferredCase>('POST', `/cases/${caseNumber}/deferred-materials`, {
      token: otherClerk,
      body: { materials: [{ code: 'PLAN', uploadId: await uploadScan(otherClerk) }] },
    });
    expect(brought.status).toBe(200);
    expect(brought.body.state).toBe('accepted');
    expect(brought.body.deferred.materials[0]).toMatchObject({ code: 'PLAN', broughtBy: { name: expect.any(String) } });
    expect(brought.body.deferred.materials[0]!.late).toBeUndefined();
    expect(brought.body.materials.map((m) => m.code)).toEqual(['ID', 'PLAN']);
    expect(await noticeKinds(caseNumber, 'deferred_receipt')).toContain('deferred_receipt');

    // A second time: nothing is owed any more.
    const again = await api<{ code: string }>('POST', `/cases/${caseNumber}/deferred-materials`, {
      token: clerk,
      body: { materials: [{ code: 'PLAN', uploadId: await uploadScan(clerk) }] },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('no_deferred_material');

    const approved = await api<{ state: string }>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '材料齐全，准予') });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
  });

  it('a deferred material not brought by its due day raises a warning, is recorded against the applicant, and keeps blocking approval', async () => {
    const { caseNumber } = await registerDeferred(WAITING_ITEM, LATE_ID);
    await accepted(caseNumber);
    await dueDayPassed(caseNumber);

    const swept = await sweep();
    expect(swept.deferralsMissed).toBeGreaterThanOrEqual(1);
    const missed = await getCase(caseNumber);
    // The item's rule is to wait: the case stays in the back office, flagged.
    expect(missed.state).toBe('accepted');
    expect(missed.flags).toContain('deferral_overdue');
    expect(missed.deferred.missed?.materials).toEqual([{ code: 'PLAN', name: '项目经营计划书', dueDate: '2026-11-02' }]);
    expect(missed.history.at(-1)).toMatchObject({ action: 'miss_deferral', actor: { role: 'system' } });

    // The warning, for supervisors and for the department's approvers.
    for (const who of [supervisor, approver]) {
      const warnings = await api<{ warnings: { caseNumber: string; deferralsOverdue?: { code: string; dueDate: string }[] }[] }>(
        'GET',
        `/supervision/warnings${who === supervisor ? `?department=${encodeURIComponent(DEPT)}` : ''}`,
        { token: who },
      );
      expect(warnings.status).toBe(200);
      expect(warnings.body.warnings.find((w) => w.caseNumber === caseNumber)?.deferralsOverdue).toEqual([{ code: 'PLAN', name: '项目经营计划书', dueDate: '2026-11-02' }]);
    }
    // Recorded once: the next sweep does not record it again.
    await sweep();
    expect((await getCase(caseNumber)).history.filter((h) => h.action === 'miss_deferral')).toHaveLength(1);

    // Supervisors find the missed commitment on the applicant's record, to decide on a credit flag.
    const lookup = await api<{ missedCommitments: { caseNumber: string; materials: { code: string }[] }[]; creditFlag?: unknown }>('POST', '/applicants/lookup', {
      token: supervisor,
      body: { kind: 'person', idNumber: LATE_ID },
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body.missedCommitments.find((m) => m.caseNumber === caseNumber)?.materials.map((m) => m.code)).toEqual(['PLAN']);

    const blocked = await api<{ code: string; message: string }>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain('项目经营计划书');

    // Brought late: kept and marked late; then the case can be approved.
    const brought = await api<DeferredCase>('POST', `/cases/${caseNumber}/deferred-materials`, { token: clerk, body: { materials: [{ code: 'PLAN', uploadId: await uploadScan(clerk) }] } });
    expect(brought.status).toBe(200);
    expect(brought.body.deferred.materials[0]!.late).toBe(true);
    const approved = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '材料已补齐，准予') });
    expect(approved.status).toBe(200);
  });

  it("where the item's rule says so, a missed commitment ends the case (终止办理) with a notice and stops its workflow", async () => {
    const registered = await registerDeferred(TERMINATING_ITEM, TERMINATED_ID);
    expect(registered.deferred.onLapse).toBe('terminate');
    const { caseNumber } = registered;
    await accepted(caseNumber);
    await dueDayPassed(caseNumber);

    const swept = await sweep();
    expect(swept.terminated).toBeGreaterThanOrEqual(1);
    const ended = await getCase(caseNumber);
    expect(ended.state).toBe('terminated');
    expect(ended.termination?.reason).toContain('容缺承诺未履行');
    expect(ended.termination?.reason).toContain('项目经营计划书');
    expect(ended.history.slice(-2).map((h) => h.action)).toEqual(['miss_deferral', 'terminate']);
    expect(await noticeKinds(caseNumber, 'termination')).toContain('termination');

    const executionArn = `${process.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
    await eventually('execution stopped', async () => ((await new SFNClient({}).send(new DescribeExecutionCommand({ executionArn }))).status === 'ABORTED' ? true : undefined));
    // An ended case takes nothing more, and it is archived like a withdrawn one.
    const late = await api('POST', `/cases/${caseNumber}/deferred-materials`, { token: clerk, body: { materials: [{ code: 'PLAN', uploadId: await uploadScan(clerk) }] } });
    expect(late.status).toBe(409);
    await eventually('archived', async () => ((await getCase(caseNumber)).archived ? true : undefined), 30_000);
  });
});
