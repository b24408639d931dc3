import { randomUUID } from 'node:crypto';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDay, DEFAULT_CALENDAR } from '#domain/calendar';
import { acceptCase, api, CITIZEN_ID, eventually, token, uploadScan, waitingFor, decision, collectResult, resultDocument } from '#tests/support/client';

interface CaseBody {
  caseNumber: string;
  state: string;
  waitingFor?: string;
  promisedBy?: string;
  acceptance?: { acceptedOn: string; deemed: boolean };
  pauses?: { kind: string; pausedWorkingDays?: number }[];
  extension?: { days: number; approvedBy: string };
  assignee?: { subject: string; name: string };
  coOpinions?: { department: string; outcome?: string }[];
  history: { action: string; fromState: string | null; toState: string; actor: { role: string; subject: string }; details: Record<string, unknown> }[];
  [key: string]: unknown;
}

const RUN = randomUUID().slice(0, 6);
const LEAD = `后台测试局-${RUN}`;
const CO_A = `联办甲局-${RUN}`;
const CO_B = `联办乙局-${RUN}`;
const AUTHORITY = `city-bureau-${RUN}`;
const ITEMS = { promised: `BO-P-${RUN}`, reported: `BO-R-${RUN}`, joint: `BO-J-${RUN}`, immediate: `BO-I-${RUN}` };

let supervisor: string;
let clerk: string;
let approver: string;
let backup: string;
let coA: string;
let coB: string;
let outputClerk: string;

async function createItem(code: string, itemType: string, extra: Record<string, unknown> = {}) {
  const created = await api('POST', '/items', {
    token: supervisor,
    body: {
      basicCode: '000120003000',
      implementationCode: code,
      name: `后台测试事项（${itemType}）`,
      department: LEAD,
      itemType,
      statutoryDays: 20,
      promisedDays: 10,
      materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
      ...extra,
    },
  });
  expect(created.status).toBe(201);
}

async function apply(itemCode: string): Promise<string> {
  const registered = await api<CaseBody>('POST', '/cases', {
    token: clerk,
    body: { itemCode, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
  });
  expect(registered.status).toBe(201);
  return registered.body.caseNumber;
}

const get = async (caseNumber: string, who = supervisor) => (await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: who })).body;

async function inState(caseNumber: string, state: string): Promise<CaseBody> {
  return eventually(`case ${caseNumber} ${state}`, async () => {
    const c = await get(caseNumber);
    return c.state === state ? c : undefined;
  });
}

async function handOverAndClose(caseNumber: string): Promise<CaseBody> {
  // A result nobody attached (不予受理, the higher authority's, 即办) is registered with the scan.
  const handed = await collectResult(caseNumber, outputClerk, { document: resultDocument('deny', `BO-${caseNumber}`) });
  expect(handed.status).toBe(200);
  return inState(caseNumber, 'closed');
}

async function noticeKinds(caseNumber: string, kinds: string[]): Promise<string[]> {
  return eventually(
    `notices ${kinds.join(', ')}`,
    async () => {
      const res = await api<{ notices: { kind: string }[] }>('GET', `/cases/${caseNumber}/notices`, { token: supervisor });
      const have = res.body.notices.map((n) => n.kind);
      return kinds.every((k) => have.includes(k)) ? have : undefined;
    },
    20_000,
  );
}

const actions = (c: CaseBody) => c.history.filter((h) => h.action !== 'open_step').map((h) => h.action);

beforeAll(async () => {
  [supervisor, clerk, approver, backup, coA, coB, outputClerk] = await Promise.all([
    token('supervisor', { name: '李主任' }),
    token('intake_clerk', { name: '王窗口' }),
    token('approver', { department: LEAD, name: '赵审批', subject: `a-post-${RUN}` }),
    token('approver', { department: LEAD, name: '钱审批', subject: `b-post-${RUN}` }),
    token('approver', { department: CO_A, name: '孙联办' }),
    token('approver', { department: CO_B, name: '李联办' }),
    token('output_clerk', { name: '周出件' }),
  ]);
  await createItem(ITEMS.promised, 'promised');
  await createItem(ITEMS.reported, 'reported');
  await createItem(ITEMS.joint, 'joint', { coDepartments: [CO_A, CO_B], statutoryDays: 45, promisedDays: 30 });
  await createItem(ITEMS.immediate, 'immediate', { statutoryDays: 0, promisedDays: 0 });
});

describe('承诺件 through the back office', () => {
  it('受理 starts the clock; 特别程序 pauses it; 延长审批 adds days; the B post decides for the A post; the result is handed over', async () => {
    const caseNumber = await apply(ITEMS.promised);
    await acceptCase(caseNumber, approver);
    const today = chinaDay(new Date());
    const accepted = await get(caseNumber);
    expect(accepted.state).toBe('accepted');
    expect(accepted.acceptance).toMatchObject({ acceptedOn: today, deemed: false });
    expect(accepted.promisedBy).toBe(addWorkingDays(DEFAULT_CALENDAR, today, 10));
    expect(accepted.assignee?.subject).toBe(`a-post-${RUN}`);

    // A decision cannot be taken during a special procedure; the clock stands still meanwhile.
    const started = await api<CaseBody>('POST', `/cases/${caseNumber}/special-procedures`, {
      token: approver,
      body: { kind: 'site_survey', reason: '需现场勘验经营场所', expectedDays: 3 },
    });
    expect(started.status).toBe(200);
    expect(started.body.state).toBe('special_procedure');
    const blocked = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect([blocked.status, blocked.body.code]).toEqual([409, 'invalid_state']);
    const ended = await api<CaseBody>('POST', `/cases/${caseNumber}/special-procedures/end`, { token: approver, body: { outcome: '现场勘验合格' } });
    expect(ended.body.state).toBe('accepted');
    expect(ended.body.pauses?.[0]).toMatchObject({ kind: 'site_survey', pausedWorkingDays: 0 });

    const extended = await api<CaseBody>('POST', `/cases/${caseNumber}/extension`, {
      token: approver,
      body: { days: 5, reason: '涉及多部门核查', approvedBy: '局长 吴某' },
    });
    expect(extended.status).toBe(200);
    expect(extended.body.promisedBy).toBe(addWorkingDays(DEFAULT_CALENDAR, today, 15));
    const twice = await api('POST', `/cases/${caseNumber}/extension`, { token: approver, body: { days: 1, reason: '再延', approvedBy: '局长' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_extended']);

    // AB岗: the B post decides while the A post is away; the audit line says for whom.
    const decided = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: backup, body: decision('approve', '经审查符合条件，准予许可。') });
    expect(decided.status).toBe(200);
    expect(decided.body.state).toBe('approved');
    const closed = await handOverAndClose(caseNumber);
    expect(actions(closed)).toEqual([
      'register',
      'forward',
      'accept',
      'start_special_procedure',
      'end_special_procedure',
      'extend',
      'decide',
      'result_ready',
      'hand_over',
      'close',
    ]);
    expect(closed.history.find((h) => h.action === 'decide')!.details.actingFor).toMatchObject({ subject: `a-post-${RUN}` });
    expect(await noticeKinds(caseNumber, ['intake_receipt', 'acceptance', 'special_procedure', 'extension'])).not.toContain('not_accepted');
  });

  it('不予受理 ends the review with its notice, which the output window hands over', async () => {
    const caseNumber = await apply(ITEMS.promised);
    await waitingFor(caseNumber, 'acceptance', approver);
    const bare = await api('POST', `/cases/${caseNumber}/review`, { token: approver, body: { outcome: 'refuse', reason: '不符合' } });
    expect(bare.status).toBe(400);
    const refused = await api<CaseBody>('POST', `/cases/${caseNumber}/review`, {
      token: approver,
      body: { outcome: 'refuse', reason: '申请事项依法不需要取得行政许可', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（一）项' },
    });
    expect(refused.status).toBe(200);
    expect(refused.body.state).toBe('not_accepted');
    const closed = await handOverAndClose(caseNumber);
    expect(actions(closed)).toEqual(['register', 'forward', 'refuse', 'result_ready', 'hand_over', 'close']);
    await noticeKinds(caseNumber, ['not_accepted']);
    // Late: the review already happened.
    const late = await api('POST', `/cases/${caseNumber}/review`, { token: approver, body: { outcome: 'accept' } });
    expect(late.status).toBe(409);
  });

  it('补正 waits for the applicant, who brings everything asked; the case returns to review and is denied', async () => {
    const caseNumber = await apply(ITEMS.promised);
    await waitingFor(caseNumber, 'acceptance', approver);
    const tomorrow = addWorkingDays(DEFAULT_CALENDAR, chinaDay(new Date()), 3);
    const requested = await api<CaseBody>('POST', `/cases/${caseNumber}/review`, {
      token: approver,
      body: { outcome: 'request_supplement', problems: [{ code: 'ID', name: '居民身份证', problem: '身份证已过有效期，请提供有效证件' }], dueDate: tomorrow },
    });
    expect(requested.status).toBe(200);
    expect(requested.body.state).toBe('supplement_requested');
    await noticeKinds(caseNumber, ['supplement_request']);
    await waitingFor(caseNumber, 'supplement', clerk);

    // Nothing brought: refused, the case still waits.
    const empty = await api('POST', `/cases/${caseNumber}/supplement`, { token: clerk, body: { materials: [] } });
    expect([empty.status, empty.body.code]).toEqual([422, 'still_incomplete']);
    const supplied = await api<CaseBody>('POST', `/cases/${caseNumber}/supplement`, {
      token: clerk,
      body: { materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
    });
    expect(supplied.status).toBe(200);
    expect(supplied.body.state).toBe('pending_acceptance');

    // One correction round only: the second review must accept or refuse.
    await waitingFor(caseNumber, 'acceptance', approver);
    const again = await api('POST', `/cases/${caseNumber}/review`, {
      token: approver,
      body: { outcome: 'request_supplement', problems: [{ code: 'ID', name: '居民身份证', problem: '再补' }], dueDate: tomorrow },
    });
    expect([again.status, again.body.code]).toEqual([409, 'supplement_already_requested']);
    await acceptCase(caseNumber, approver);
    const denied = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '经营场所不符合安全条件，不予许可。') });
    expect(denied.body.state).toBe('denied');
    const closed = await handOverAndClose(caseNumber);
    expect(actions(closed)).toEqual(['register', 'forward', 'request_supplement', 'supplement', 'accept', 'decide', 'result_ready', 'hand_over', 'close']);
  });
});

describe('上报件', () => {
  it('goes to the higher authority as an event and comes back with its decision on the bus; no one else may decide', async () => {
    const caseNumber = await apply(ITEMS.reported);
    await acceptCase(caseNumber, approver, 'report');
    const direct = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect([direct.status, direct.body.code]).toEqual([409, 'needs_higher_authority']);
    const reported = await api<CaseBody>('POST', `/cases/${caseNumber}/report`, { token: approver, body: { authority: AUTHORITY, opinion: '初审符合条件，报请审批。' } });
    expect(reported.status).toBe(200);
    expect(reported.body.state).toBe('reported');

    const outbound = await eventually('the report on the bus', async () => {
      const res = await api<{ events: { 'detail-type': string; detail: { caseNumber: string } }[] }>('GET', `/local/events?caseNumber=${caseNumber}`);
      return res.body.events.find((e) => e['detail-type'] === 'CaseReportedToHigherAuthority');
    });
    expect(outbound.detail.caseNumber).toBe(caseNumber);
    await waitingFor(caseNumber, 'higher_authority', supervisor);

    // Another system may not decide it.
    const stranger = await token('county_system', { subject: `other-${RUN}` });
    expect((await api('POST', `/cases/${caseNumber}/higher-authority-decision`, { token: stranger, body: { outcome: 'approve', opinion: '同意' } })).status).toBe(403);

    const bus = new EventBridgeClient({});
    const put = await bus.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: process.env.EVENT_BUS_NAME,
            Source: `county.${AUTHORITY}`,
            DetailType: 'HigherAuthorityDecision',
            Detail: JSON.stringify({ caseNumber, outcome: 'approve', opinion: '经市局审查，准予许可。' }),
          },
        ],
      }),
    );
    expect(put.FailedEntryCount).toBe(0);
    const closed = await handOverAndClose(caseNumber);
    expect(actions(closed)).toEqual(['register', 'forward', 'accept', 'report', 'decide', 'result_ready', 'hand_over', 'close']);
    expect(closed.history.find((h) => h.action === 'decide')!.actor).toMatchObject({ role: 'county_system', subject: AUTHORITY });
  });

  it('a decision through the API by the authority it was reported to; a repeated one is refused', async () => {
    const caseNumber = await apply(ITEMS.reported);
    await acceptCase(caseNumber, approver, 'report');
    await api('POST', `/cases/${caseNumber}/report`, { token: approver, body: { authority: AUTHORITY, opinion: '初审意见：不符合条件。' } });
    await waitingFor(caseNumber, 'higher_authority', supervisor);
    const authority = await token('county_system', { subject: AUTHORITY });
    const decided = await api<CaseBody>('POST', `/cases/${caseNumber}/higher-authority-decision`, { token: authority, body: { outcome: 'deny', opinion: '不符合规划要求，不予许可。' } });
    expect(decided.status).toBe(200);
    expect(decided.body.state).toBe('denied');
    const again = await api('POST', `/cases/${caseNumber}/higher-authority-decision`, { token: authority, body: { outcome: 'approve', opinion: '改为准予' } });
    expect(again.status).toBe(409);
    await handOverAndClose(caseNumber);
  });
});

describe('联办件', () => {
  it('every co-department gives its opinion side by side; one 不予 makes the lead deny', async () => {
    const caseNumber = await apply(ITEMS.joint);
    await acceptCase(caseNumber, approver, '');
    const opening = await eventually('both co-departments asked', async () => {
      const c = await get(caseNumber);
      return c.coOpinions?.length === 2 ? c : undefined;
    });
    expect(opening.coOpinions!.map((o) => o.department).sort()).toEqual([CO_A, CO_B].sort());
    expect(JSON.stringify(opening)).not.toMatch(/token/i);

    // The lead may not decide before the opinions are in.
    const early = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect([early.status, early.body.code]).toEqual([409, 'joint_outcome']);
    // A co-department sees the case and gives its opinion, but may not decide it.
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: coA, body: decision('approve', '准予') })).status).toBe(403);
    const [a, b] = await Promise.all([
      api('POST', `/cases/${caseNumber}/co-opinion`, { token: coA, body: { outcome: 'approve', opinion: '消防条件符合' } }),
      api('POST', `/cases/${caseNumber}/co-opinion`, { token: coB, body: { outcome: 'deny', opinion: '环评未通过' } }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const twice = await api('POST', `/cases/${caseNumber}/co-opinion`, { token: coA, body: { outcome: 'deny', opinion: '改' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_given']);

    await waitingFor(caseNumber, 'decision', approver);
    const approve = await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect([approve.status, approve.body.code]).toEqual([409, 'joint_outcome']);
    const deny = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '环保部门意见不予通过，综合不予许可。') });
    expect(deny.body.state).toBe('denied');
    const closed = await handOverAndClose(caseNumber);
    expect(actions(closed)).toEqual(['register', 'forward', 'accept', 'co_opinion', 'co_opinion', 'decide', 'result_ready', 'hand_over', 'close']);
  });

  it('all co-departments agree: the lead approves', async () => {
    const caseNumber = await apply(ITEMS.joint);
    await acceptCase(caseNumber, approver, '');
    for (const co of [coA, coB]) {
      await eventually('co-department waits', async () => ((await get(caseNumber)).coOpinions?.length === 2 ? true : undefined));
      await eventually('opinion taken', async () => {
        const r = await api('POST', `/cases/${caseNumber}/co-opinion`, { token: co, body: { outcome: 'approve', opinion: '同意' } });
        return r.status === 200 ? true : undefined;
      });
    }
    await waitingFor(caseNumber, 'decision', approver);
    const approved = await api<CaseBody>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '各部门均同意，准予。') });
    expect(approved.body.state).toBe('approved');
    await handOverAndClose(caseNumber);
  });
});

describe('即办件', () => {
  it('decided at the window: no back-office wait, straight to the output window', async () => {
    const window = await token('intake_clerk', { name: '即办窗口', windowDecision: true });
    const registered = await api<CaseBody>('POST', '/cases', {
      token: window,
      body: {
        itemCode: ITEMS.immediate,
        applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
        materials: [{ code: 'ID', uploadId: await uploadScan(window) }],
        decideNow: { outcome: 'approve', opinion: '当场办结' },
      },
    });
    expect(registered.status).toBe(201);
    const closed = await handOverAndClose(registered.body.caseNumber);
    expect(actions(closed)).toEqual(['register', 'result_ready', 'hand_over', 'close']);
  });
});

describe('撤回 at any point before 办结', () => {
  it('in a special procedure: the execution is stopped and nothing waits', async () => {
    const caseNumber = await apply(ITEMS.promised);
    await acceptCase(caseNumber, approver);
    await api('POST', `/cases/${caseNumber}/special-procedures`, { token: approver, body: { kind: 'expert_review', reason: '需专家评审' } });
    const withdrawn = await api<CaseBody>('POST', `/cases/${caseNumber}/withdraw`, { token: clerk, body: { reason: '申请人书面撤回', applicantConfirmed: true } });
    expect(withdrawn.body.state).toBe('withdrawn');
    const sfn = new SFNClient({});
    const executionArn = `${process.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
    await eventually('execution stopped', async () => ((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status === 'ABORTED' ? true : undefined));
  });
});
