import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#adapters/dynamodb';
import { chinaDay } from '#domain/calendar';
import { keys, tableName } from '#repositories/keys';
import { acceptCase, api, baseUrl, CITIZEN_ID, collectResult, decision, eventually, sha256, token, uploadScan } from '#tests/support/client';

/**
 * Everything that happens to a case is on record (issue 10 §3), through the API: a withdrawal is
 * confirmed in writing, 联办 co-departments have a worklist and see only their own opinion before the
 * lead decides, and a 特别程序 shows its days and the deadline before and after.
 */
const RUN = randomUUID().slice(0, 6);
const LEAD = `记录牵头局-${RUN}`;
const CO_A = `记录联办甲-${RUN}`;
const CO_B = `记录联办乙-${RUN}`;
const PROMISED = `OR-P-${RUN}`;
const JOINT = `OR-J-${RUN}`;

let supervisor: string;
let clerk: string;
let lead: string;
let coA: string;
let coB: string;

interface CaseBody {
  caseNumber: string;
  state: string;
  promisedBy?: string;
  waitingFor?: string;
  coOpinions?: { department: string; outcome?: string; opinion?: string }[];
  pauses?: { startedOn?: string; endedOn?: string; pausedWorkingDays?: number; deadlineBefore?: string; deadlineAfter?: string }[];
  history: { seq: number; action: string; details: Record<string, unknown> }[];
}

const get = async (caseNumber: string, who = supervisor) => (await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: who })).body;

beforeAll(async () => {
  supervisor = await token('supervisor');
  clerk = await token('intake_clerk', { subject: 'clerk-on-record' });
  lead = await token('approver', { department: LEAD, subject: 'approver-lead-or' });
  coA = await token('approver', { department: CO_A, subject: 'approver-co-a-or' });
  coB = await token('approver', { department: CO_B, subject: 'approver-co-b-or' });
  const materials = [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }];
  for (const [code, itemType, extra] of [
    [PROMISED, 'promised', { statutoryDays: 20, promisedDays: 2 }],
    [JOINT, 'joint', { coDepartments: [CO_A, CO_B], statutoryDays: 45, promisedDays: 30 }],
  ] as const) {
    const created = await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B-OR', implementationCode: code, name: `记录测试事项 ${code}`, department: LEAD, itemType, materials, ...extra },
    });
    expect(created.status).toBe(201);
  }
});

async function apply(itemCode: string): Promise<string> {
  const res = await api<CaseBody>('POST', '/cases', {
    token: clerk,
    body: { itemCode, applicant: { kind: 'person', name: '周记录', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
  });
  expect(res.status).toBe(201);
  return res.body.caseNumber;
}

/** 受理 once the case reaches the back office (a fresh system's first execution can be slow on a busy machine). */
async function accepted(caseNumber: string, next = 'decision'): Promise<void> {
  await eventually(`case ${caseNumber} in review`, async () => ((await get(caseNumber)).waitingFor === 'acceptance' ? true : undefined), 50_000);
  await acceptCase(caseNumber, lead, next);
}

async function pdfText(caseNumber: string, kind: string): Promise<string> {
  const notice = await eventually(
    `${kind} notice of ${caseNumber}`,
    async () => {
      const res = await api<{ notices: { kind: string; href: string }[] }>('GET', `/cases/${caseNumber}/notices`, { token: clerk });
      return res.body.notices.find((n) => n.kind === kind);
    },
    20_000,
  );
  const res = await fetch(`${baseUrl()}${notice.href}`, { headers: { authorization: `Bearer ${clerk}` } });
  expect(res.status).toBe(200);
  const { text } = await extractText(new Uint8Array(await res.arrayBuffer()), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('撤回 is confirmed in writing', () => {
  it('a withdrawal issues the 撤回申请确认书 with the reason', async () => {
    const caseNumber = await apply(PROMISED);
    // Withdrawn while it waits in the back office: a withdrawal racing the workflow's forwarding is a 409 to retry.
    await eventually(`case ${caseNumber} in review`, async () => ((await get(caseNumber)).waitingFor === 'acceptance' ? true : undefined), 50_000);
    const withdrawn = await api<CaseBody>('POST', `/cases/${caseNumber}/withdraw`, { token: clerk, body: { reason: '申请人已在异地办理', applicantConfirmed: true } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    const text = await pdfText(caseNumber, 'withdrawal');
    expect(text).toContain('撤回申请确认书');
    expect(text).toContain(caseNumber);
    expect(text).toContain('现确认该申请已撤回');
    expect(text).toContain('撤回理由：申请人已在异地办理');
  });
});

describe('联办 co-departments', () => {
  it('each finds its task in its queue with the step deadline, and sees only its own opinion until the lead decides', async () => {
    const caseNumber = await apply(JOINT);
    await accepted(caseNumber, '');

    type Queue = { cases: (CaseBody & { coOpinionTask?: { department: string; since: string; limitDays: number; dueOn?: string } })[] };
    const task = (who: string) =>
      eventually(`${caseNumber} in a co-department's worklist`, async () => {
        const q = await api<Queue>('GET', '/queue?task=co_opinion', { token: who });
        expect(q.status).toBe(200);
        return q.body.cases.find((c) => c.caseNumber === caseNumber);
      }, 20_000);
    const [forA, forB] = [await task(coA), await task(coB)];
    expect(forA.coOpinionTask).toMatchObject({ department: CO_A, limitDays: 5 });
    expect(forB.coOpinionTask).toMatchObject({ department: CO_B, limitDays: 5 });
    expect(forA.coOpinionTask!.dueOn! > forA.coOpinionTask!.since.slice(0, 10)).toBe(true);
    // The lead's own queue of the state is not where co-departments look, and a supervisor names the department.
    const supervised = await api<Queue>('GET', `/queue?task=co_opinion&department=${encodeURIComponent(CO_A)}`, { token: supervisor });
    expect(supervised.body.cases.some((c) => c.caseNumber === caseNumber)).toBe(true);

    const given = await api<CaseBody>('POST', `/cases/${caseNumber}/co-opinion`, { token: coA, body: { outcome: 'approve', opinion: '消防条件符合要求' } });
    expect(given.status).toBe(200);
    // Its answer shows its own opinion only.
    expect(given.body.coOpinions?.map((o) => o.department)).toEqual([CO_A]);
    // Done: the task leaves A's worklist; B's stays.
    const afterA = await api<Queue>('GET', '/queue?task=co_opinion', { token: coA });
    expect(afterA.body.cases.some((c) => c.caseNumber === caseNumber)).toBe(false);
    expect((await task(coB)).caseNumber).toBe(caseNumber);

    // B sees the lead's file and its own task, not A's opinion — neither in the case nor in its history.
    const seenByB = await get(caseNumber, coB);
    expect(seenByB.coOpinions?.map((o) => o.department)).toEqual([CO_B]);
    expect(JSON.stringify(seenByB)).not.toContain('消防条件符合要求');
    expect(seenByB.history.some((h) => h.action === 'accept')).toBe(true);
    // The lead and the supervisor see both.
    expect((await get(caseNumber, lead)).coOpinions?.map((o) => o.department).sort()).toEqual([CO_A, CO_B].sort());
    expect(JSON.stringify(await get(caseNumber))).toContain('消防条件符合要求');

    expect((await api('POST', `/cases/${caseNumber}/co-opinion`, { token: coB, body: { outcome: 'approve', opinion: '环评符合要求' } })).status).toBe(200);
    await eventually('waiting for the decision', async () => ((await get(caseNumber)).waitingFor === 'decision' ? true : undefined), 20_000);
    const decided = await api('POST', `/cases/${caseNumber}/decision`, {
      token: lead,
      body: { outcome: 'approve', opinion: '各联办部门均同意，准予', result: { kind: 'licence', number: `证${RUN}`, title: '许可证', issuer: LEAD } },
    });
    expect(decided.status).toBe(200);
    // Once the lead decided, every opinion is on the file for everyone who may see it.
    expect(JSON.stringify(await get(caseNumber, coB))).toContain('消防条件符合要求');
  });
});

describe('特别程序 on record', () => {
  it('shows the days it started and ended, the working days paused and the deadline before and after', async () => {
    const caseNumber = await apply(PROMISED);
    await accepted(caseNumber);
    const before = await get(caseNumber);
    expect(before.promisedBy).toBeDefined();
    const today = chinaDay(new Date());
    const started = await api<CaseBody>('POST', `/cases/${caseNumber}/special-procedures`, {
      token: lead,
      body: { kind: 'site_survey', reason: '需现场勘验经营场所', expectedDays: 3 },
    });
    expect(started.status).toBe(200);
    expect(started.body.pauses).toEqual([expect.objectContaining({ startedOn: today, deadlineBefore: before.promisedBy })]);

    // As if the survey had begun on Monday 2026-11-30: at least the five working days of that week stood still.
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.case(caseNumber),
        UpdateExpression: 'SET pauses[0].startedAt = :at, pauses[0].startedOn = :on',
        ExpressionAttributeValues: { ':at': '2026-11-30T01:00:00.000Z', ':on': '2026-11-30' },
      }),
    );
    const ended = await api<CaseBody>('POST', `/cases/${caseNumber}/special-procedures/end`, { token: lead, body: { outcome: '勘验合格' } });
    expect(ended.status).toBe(200);
    const pause = ended.body.pauses![0]!;
    expect(pause).toMatchObject({ startedOn: '2026-11-30', endedOn: today, deadlineBefore: before.promisedBy });
    expect(pause.pausedWorkingDays).toBeGreaterThanOrEqual(5);
    expect(pause.deadlineAfter).toBe(ended.body.promisedBy);
    expect(ended.body.promisedBy! > before.promisedBy!).toBe(true);
    expect((await get(caseNumber)).history.at(-1)).toMatchObject({
      action: 'end_special_procedure',
      details: { endedOn: today, deadlineBefore: before.promisedBy, promisedBy: pause.deadlineAfter, pausedWorkingDays: pause.pausedWorkingDays },
    });
  });
});

describe('好差评 on record', () => {
  it('a rating of an archived case is a line of its history, with actor and channel, and reaches the archive as a linked addendum', async () => {
    const caseNumber = await apply(PROMISED);
    await accepted(caseNumber);
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: lead, body: decision('approve', '材料齐全，准予') })).status).toBe(200);
    const output = await token('output_clerk', { subject: 'output-on-record', name: '孙出件' });
    expect((await collectResult(caseNumber, output)).status).toBe(200);
    type Archived = { archived?: { packageKey: string; manifestSha256: string } };
    const archived = await eventually('archived', async () => (await api<CaseBody & Archived>('GET', `/cases/${caseNumber}`, { token: supervisor })).body.archived, 30_000);

    const rated = await api<{ level: number; channel: string; ratedBy: { subject: string; role: string } }>('POST', `/cases/${caseNumber}/rating`, {
      token: output,
      body: { level: 2, channel: 'window', comment: '窗口服务耐心' },
    });
    expect(rated.status).toBe(201);
    expect(rated.body.ratedBy).toMatchObject({ subject: 'output-on-record', role: 'output_clerk' });

    // In the case's history: who recorded it, through which channel, and what.
    const after = await api<CaseBody & Archived>('GET', `/cases/${caseNumber}`, { token: supervisor });
    const line = after.body.history.at(-1) as CaseBody['history'][number] & { actor: { subject: string; role: string }; fromState: string; toState: string };
    expect(line).toMatchObject({
      action: 'rate',
      fromState: 'closed',
      toState: 'closed',
      actor: { subject: 'output-on-record', role: 'output_clerk' },
      details: { level: 2, label: '满意', channel: 'window', comment: '窗口服务耐心' },
    });
    // The archived case itself did not change.
    expect(after.body.archived).toEqual(archived);

    // In the archive: an addendum package linked to the original, with its own manifest and hash.
    type Addendum = { packageKey: string; manifestSha256: string; actions: string[]; manifestUrl: string };
    const addendum = await eventually(
      'rating addendum',
      async () => (await api<{ addenda: Addendum[] }>('GET', `/archive/cases/${caseNumber}`, { token: supervisor })).body.addenda?.[0],
      30_000,
    );
    expect(addendum.actions).toEqual(['rate']);
    expect(addendum.packageKey.startsWith(`packages/${caseNumber}/addenda/`)).toBe(true);
    const manifestBytes = Buffer.from(await (await fetch(addendum.manifestUrl)).arrayBuffer());
    expect(sha256(manifestBytes)).toBe(addendum.manifestSha256);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as {
      kind: string;
      supplements: { packageKey: string; manifestSha256: string };
      contents: { action: string; actor: { role: string } }[];
      objects: { key: string; sha256: string }[];
    };
    expect(manifest.kind).toBe('addendum');
    expect(manifest.supplements).toMatchObject({ packageKey: archived.packageKey, manifestSha256: archived.manifestSha256 });
    expect(manifest.contents).toEqual([expect.objectContaining({ action: 'rate', actor: { role: 'output_clerk', name: '孙出件' } })]);
    const trail = (await api<{ addenda: (Addendum & { seqs: number[] })[] }>('GET', `/archive/cases/${caseNumber}`, { token: supervisor })).body.addenda[0]!;
    expect(trail.seqs).toEqual([line.seq]);

    // Rated once.
    expect((await api('POST', `/cases/${caseNumber}/rating`, { token: output, body: { level: 1 } })).status).toBe(409);
  });
});
