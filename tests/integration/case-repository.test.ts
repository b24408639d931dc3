import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptCase } from '#domain/case/back-office';
import { decideCase } from '#domain/case/decision';
import { forwardCase, openStep } from '#domain/case/workflow-waits';
import { scanResult } from '#domain/case/output';
import { registerCase as registration } from '#domain/case/registration';
import type { Actor } from '#domain/case/actor';
import { chinaDay, DEFAULT_CALENDAR } from '#domain/calendar';
import { chinaDate, formatCaseNumber } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { storedCaseItems, useIsolatedTable } from '#tests/support/isolated-table';
import type { CaseMaterial } from '#domain/case/application';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#adapters/dynamodb';
import { tableName } from '#repositories/keys';

useIsolatedTable();

const clerk: Actor = { subject: 'clerk-it', name: '窗口', role: 'intake_clerk' };
const item = newItemVersion(
  ServiceItemInputSchema.parse({
    basicCode: 'B1',
    implementationCode: 'IT-ITEM',
    name: '集成测试事项',
    department: '集成局',
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
  }),
  undefined,
  'test',
  new Date(),
);

function builder(centre: string, date: string, extra: { promisedBy?: string; item?: typeof item } = {}) {
  return (seq: number) =>
    registration({
      caseNumber: formatCaseNumber('{centre}{date}{seq:4}', { centre, date, seq }),
      centre,
      item: extra.item ?? item,
      promisedBy: extra.promisedBy,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [],
      actor: clerk,
      at: new Date(),
    });
}

describe('case repository on DynamoDB Local', () => {
  it('numbers 50 concurrent registrations of one centre-day without duplicates or gaps', async () => {
    const centre = `C${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const results = await Promise.all(Array.from({ length: 50 }, () => cases.insertNumberedCase(centre, date, builder(centre, date))));
    const numbers = results.map((r) => (r.kind === 'created' ? r.record.caseNumber : 'replayed')).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `${centre}${date}${String(i + 1).padStart(4, '0')}`));
  });

  it('keeps one case per idempotency key, even when the retries race', async () => {
    const centre = `I${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const idem = { scope: 'clerk-it', key: randomUUID(), requestHash: 'h1' };
    const results = await Promise.all(Array.from({ length: 5 }, () => cases.insertNumberedCase(centre, date, builder(centre, date), idem)));
    const created = results.filter((r) => r.kind === 'created');
    expect(created).toHaveLength(1);
    const number = created[0]!.kind === 'created' ? created[0]!.record.caseNumber : '';
    expect(results.filter((r) => r.kind === 'replayed').every((r) => r.kind === 'replayed' && r.caseNumber === number)).toBe(true);
    await expect(cases.insertNumberedCase(centre, date, builder(centre, date), { ...idem, requestHash: 'other' })).rejects.toMatchObject({
      status: 409,
      code: 'idempotency_key_reused',
    });
  });

  it('saves a transition only against the version it was read at, with its audit line, or not at all', async () => {
    const centre = `T${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const created = await cases.insertNumberedCase(centre, date, builder(centre, date));
    if (created.kind !== 'created') throw new Error('not created');
    const registered = created.record;
    const forwarded = forwardCase(registered, 'token-1', new Date());
    await cases.saveTransition(registered, forwarded);
    // A second writer holding the old version loses and writes nothing.
    const stale = forwardCase(registered, 'token-2', new Date());
    await expect(cases.saveTransition(registered, stale)).rejects.toMatchObject({ status: 409, code: 'case_changed' });
    const approver: Actor = { subject: 'a', name: '审批', role: 'approver', department: '集成局' };
    const accepted = acceptCase(forwarded.record, DEFAULT_CALENDAR, approver, new Date());
    await cases.saveTransition(forwarded.record, accepted);
    await cases.saveTransition(accepted.record, decideCase(accepted.record, { outcome: 'approve', opinion: '准予' }, approver, new Date()));

    const stored = await cases.getCase(registered.caseNumber, true);
    expect(stored?.state).toBe('approved');
    expect(stored?.pendingTask).toBeUndefined();
    const history = await cases.getHistory(registered.caseNumber);
    expect(history.map((h) => [h.seq, h.action, h.toState])).toEqual([
      [1, 'register', 'registered'],
      [2, 'forward', 'pending_acceptance'],
      [3, 'accept', 'accepted'],
      [4, 'decide', 'approved'],
    ]);
  });

  it('lists a department queue by state, page by page', async () => {
    const centre = `Q${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    for (let i = 0; i < 5; i++) {
      const r = await cases.insertNumberedCase(centre, date, builder(centre, date));
      if (r.kind === 'created') await cases.saveTransition(r.record, forwardCase(r.record, `t${i}`, new Date()));
    }
    const first = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 3 });
    expect(first.cases).toHaveLength(3);
    expect(first.nextCursor).toBeDefined();
    const second = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 3, cursor: first.nextCursor });
    expect(second.cases).toHaveLength(2);
    const all = [...first.cases, ...second.cases].map((c) => c.caseNumber);
    expect(new Set(all).size).toBe(5);
    expect((await cases.listQueue(centre, '集成局', { state: 'registered', limit: 10 })).cases).toHaveLength(0);
  });

  it('puts the most urgent case first (by promised deadline) and filters a queue by item', async () => {
    const centre = `U${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const other = { ...item, implementationCode: 'IT-OTHER' };
    for (const [promisedBy, it] of [
      ['2026-12-20', item],
      ['2026-12-01', item],
      ['2026-12-10', other],
    ] as const) {
      const r = await cases.insertNumberedCase(centre, date, builder(centre, date, { promisedBy, item: it }));
      if (r.kind === 'created') await cases.saveTransition(r.record, forwardCase(r.record, 't', new Date()));
    }
    const all = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', limit: 10 });
    expect(all.cases.map((c) => c.promisedBy)).toEqual(['2026-12-01', '2026-12-10', '2026-12-20']);
    const filtered = await cases.listQueue(centre, '集成局', { state: 'pending_acceptance', itemCode: 'IT-OTHER', limit: 10 });
    expect(filtered.cases.map((c) => c.itemCode)).toEqual(['IT-OTHER']);
  });
});

describe('the lean case item (what every transition rewrites)', () => {
  const materials: CaseMaterial[] = [
    {
      code: 'M1',
      name: '营业执照',
      objectKey: 'materials/2026/up-1.pdf',
      sha256: 'a'.repeat(64),
      size: 183_204,
      contentType: 'application/pdf',
    },
    {
      code: 'M2',
      name: '法定代表人身份证明',
      objectKey: 'materials/2026/up-2.pdf',
      sha256: 'b'.repeat(64),
      size: 95_112,
      contentType: 'application/pdf',
    },
  ];
  const personalData = { v: 1 as const, key: 'k'.repeat(200), iv: 'i'.repeat(16), tag: 't'.repeat(24), data: 'd'.repeat(300) };

  const stored = storedCaseItems;

  it('keeps materials and sealed personal data out of the case item, writes them once, and reads the case whole', async () => {
    const centre = `L${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const build = (seq: number) => {
      const t = builder(centre, date)(seq);
      return { ...t, record: { ...t.record, materials, personalData } };
    };
    const created = await cases.insertNumberedCase(centre, date, build);
    if (created.kind !== 'created') throw new Error('not created');
    const number = created.record.caseNumber;

    let items = await stored(number);
    expect(items.get('CASE')).toBeDefined();
    expect(items.get('CASE')!.materials).toBeUndefined();
    expect(items.get('CASE')!.personalData).toBeUndefined();
    expect(items.get('CASE#FILE')!.materials).toEqual(materials);
    const fileWrittenAt = JSON.stringify(items.get('CASE#FILE'));

    // Read back whole, and moved on twice: the file item is not written again (the same bytes), the record keeps its materials.
    const read = await cases.getCase(number, true);
    expect(read).toEqual(created.record);
    const forwarded = forwardCase(read!, 'token-1', new Date());
    await cases.saveTransition(read!, forwarded);
    const again = await cases.getCase(number, true);
    const approver: Actor = { subject: 'a', name: '审批', role: 'approver', department: '集成局' };
    await cases.saveTransition(again!, acceptCase(again!, DEFAULT_CALENDAR, approver, new Date()));
    items = await stored(number);
    expect(JSON.stringify(items.get('CASE#FILE'))).toBe(fileWrittenAt);
    const accepted = await cases.getCase(number, true);
    expect(accepted).toMatchObject({ state: 'accepted', materials, personalData, version: 3 });
    // The queue lists it whole too.
    const queue = await cases.listQueue(centre, '集成局', { state: 'accepted', limit: 10 });
    expect(queue.cases).toEqual([accepted]);
    expect(await cases.getCases([number])).toEqual([accepted]);
    // Small enough that a transition costs one write unit (1 KB) per copy.
    expect(Buffer.byteLength(JSON.stringify(items.get('CASE')))).toBeLessThan(1024);
  });

  it('keeps what a step adds once (受理, 决定 and its result) in its own item: written by that step only, the case read whole, the head under 1 KB', async () => {
    const centre = `P${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const created = await cases.insertNumberedCase(centre, date, builder(centre, date));
    if (created.kind !== 'created') throw new Error('not created');
    const number = created.record.caseNumber;
    const approver: Actor = { subject: 'approver-p', name: '审批人员甲', role: 'approver', department: '集成局' };
    await cases.saveTransition(created.record, forwardCase(created.record, 'token-1', new Date()));
    const forwarded = await cases.getCase(number, true);
    await cases.saveTransition(forwarded!, acceptCase(forwarded!, DEFAULT_CALENDAR, approver, new Date()));
    const accepted = await cases.getCase(number, true);
    const acceptedItem = JSON.stringify((await stored(number)).get('CASE#ACCEPT'));
    expect(accepted?.acceptance?.acceptedBy).toEqual(approver);
    expect(JSON.parse(acceptedItem)).toMatchObject({ acceptance: accepted!.acceptance, assignee: accepted!.assignee });

    const result = {
      kind: 'licence' as const,
      number: '集许字〔2026〕第0001号',
      title: '集成测试许可证',
      issuer: '集成局',
      validFrom: '2026-01-01',
      validUntil: '2031-12-31',
    };
    await cases.saveTransition(
      accepted!,
      decideCase(accepted!, { outcome: 'approve', opinion: '经审查，符合条件，准予许可。', result }, approver, new Date()),
    );
    const items = await stored(number);
    // The decision step wrote its own item and left the acceptance item as it was.
    expect(JSON.stringify(items.get('CASE#ACCEPT'))).toBe(acceptedItem);
    expect(items.get('CASE#DECISION')).toMatchObject({ decision: { outcome: 'approve', opinion: '经审查，符合条件，准予许可。' }, result });
    const head = items.get('CASE')!;
    for (const field of ['acceptance', 'assignee', 'decision', 'result', 'submittedBy', 'applicant']) expect(head[field]).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(head))).toBeLessThan(1024);

    const decided = await cases.getCase(number, true);
    expect(decided).toMatchObject({
      state: 'approved',
      version: 4,
      acceptance: accepted!.acceptance,
      assignee: accepted!.assignee,
      decision: { outcome: 'approve', decidedBy: approver },
      result: { ...result, attachedBy: approver },
      submittedBy: clerk,
    });
    expect(await cases.getCases([number])).toEqual([decided]);
    expect((await cases.listQueue(centre, '集成局', { state: 'approved', limit: 10 })).cases).toEqual([decided]);

    // The steps after the decision (the output window's wait, the result scanned) leave the statistics line as the decision wrote it.
    const statsLine = JSON.stringify(items.get('STATS'));
    await cases.saveTransition(decided!, openStep(decided!, 'result_scan', 'token-2', new Date()));
    const waiting = await cases.getCase(number, true);
    const clerkOut: Actor = { subject: 'output-p', name: '出件窗口', role: 'output_clerk' };
    const scan = { objectKey: 'results/2026/p.pdf', sha256: 'c'.repeat(64), size: 52_000, contentType: 'application/pdf' };
    await cases.saveTransition(waiting!, scanResult(waiting!, { number: result.number, scan }, clerkOut, new Date()));
    const after = await stored(number);
    expect(after.get('CASE')).toMatchObject({ version: 6, state: 'result_ready' });
    expect(after.get('CASE#DECISION')).toMatchObject({ result: { number: result.number, scan: { sha256: scan.sha256 } } });
    expect(JSON.stringify(after.get('STATS'))).toBe(statsLine);
    const month = chinaDay(new Date(decided!.decision!.decidedAt)).slice(0, 7);
    expect((await cases.listCaseFacts(centre, [month])).map((f) => [f.caseNumber, f.decision?.outcome])).toEqual([[number, 'approve']]);
  });

  it('reads a case stored whole with its acceptance, and keeps it through the next transition', async () => {
    const centre = `Q${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const registered = builder(centre, date)(1).record;
    const approver: Actor = { subject: 'approver-q', name: '审批人员乙', role: 'approver', department: '集成局' };
    const forwarded = forwardCase(registered, 'token-1', new Date()).record;
    const record = acceptCase(forwarded, DEFAULT_CALENDAR, approver, new Date()).record;
    await documentClient().send(
      new PutCommand({ TableName: tableName(), Item: { pk: `CASE#${record.caseNumber}`, sk: 'CASE', entity: 'case', ...record } }),
    );
    const read = await cases.getCase(record.caseNumber, true);
    expect(read).toEqual(record);
    await cases.saveTransition(read!, decideCase(read!, { outcome: 'deny', opinion: '不符合条件，不予许可。' }, approver, new Date()));
    expect(await cases.getCase(record.caseNumber, true)).toMatchObject({
      state: 'denied',
      acceptance: record.acceptance,
      assignee: record.assignee,
      decision: { outcome: 'deny' },
    });
    expect((await stored(record.caseNumber)).get('CASE')!.acceptance).toBeUndefined();
  });

  it('keeps who registered a case stored with a file item that did not hold it yet, through the next transition', async () => {
    const centre = `R${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const record = { ...builder(centre, date)(1).record, materials, personalData, applicantKey: 'k'.repeat(64) };
    const { materials: m, personalData: p, applicant, ...head } = record;
    await documentClient().send(
      new PutCommand({ TableName: tableName(), Item: { pk: `CASE#${record.caseNumber}`, sk: 'CASE', entity: 'case', ...head } }),
    );
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          pk: `CASE#${record.caseNumber}`,
          sk: 'CASE#FILE',
          entity: 'case_file',
          caseNumber: record.caseNumber,
          materials: m,
          personalData: p,
          applicant,
        },
      }),
    );
    const read = await cases.getCase(record.caseNumber, true);
    expect(read).toEqual(record);
    await cases.saveTransition(read!, forwardCase(read!, 'token-1', new Date()));
    expect(await cases.getCase(record.caseNumber, true)).toMatchObject({
      state: 'pending_acceptance',
      submittedBy: clerk,
      applicantKey: 'k'.repeat(64),
      materials,
    });
  });

  it('reads a case stored whole before files were kept apart, and keeps its materials through the next transition', async () => {
    const centre = `O${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const record = { ...builder(centre, date)(1).record, materials, personalData };
    await documentClient().send(
      new PutCommand({ TableName: tableName(), Item: { pk: `CASE#${record.caseNumber}`, sk: 'CASE', entity: 'case', ...record } }),
    );
    const read = await cases.getCase(record.caseNumber, true);
    expect(read).toEqual(record);
    await cases.saveTransition(read!, forwardCase(read!, 'token-1', new Date()));
    expect(await cases.getCase(record.caseNumber, true)).toMatchObject({ state: 'pending_acceptance', materials, personalData });
    expect((await stored(record.caseNumber)).get('CASE')!.materials).toBeUndefined();
  });
});
