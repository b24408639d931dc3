import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { acceptCase } from '#domain/case/back-office';
import type { Actor } from '#domain/case/actor';
import { decideCase } from '#domain/case/decision';
import { scanResult } from '#domain/case/output';
import { registerCase } from '#domain/case/registration';
import { forwardCase, openStep } from '#domain/case/workflow-waits';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import { chinaDate, formatCaseNumber } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { handler as auditWriter } from '#streams/audit-writer';
import { storedCaseItems, useIsolatedTable } from '#tests/support/isolated-table';

useIsolatedTable('onewindow-audit-on-head');

const clerk: Actor = { subject: 'clerk-h', name: '窗口', role: 'intake_clerk' };
const approver: Actor = { subject: 'approver-h', name: '审批', role: 'approver', department: '头项局' };
const outputClerk: Actor = { subject: 'output-h', name: '出件', role: 'output_clerk' };
const item = newItemVersion(
  ServiceItemInputSchema.parse({
    basicCode: 'B1',
    implementationCode: 'IT-HEAD',
    name: '审计行测试事项',
    department: '头项局',
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
  }),
  undefined,
  'test',
  new Date(),
);

const stored = storedCaseItems;

/** The stream record of the head as stored now, as the event source mapping hands it over. */
const headRecord = (head: Record<string, unknown>, sequence: string): DynamoDBRecord => ({
  eventName: 'MODIFY',
  dynamodb: {
    SequenceNumber: sequence,
    NewImage: marshall(head, { removeUndefinedValues: true }) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
  },
});

const RESULT = { kind: 'licence' as const, number: '头许字〔2026〕第0001号', title: '测试许可证', issuer: '头项局' };

/** A decided case, read back (so its next transition is saved as a service would). */
async function decidedCase() {
  const centre = `H${randomUUID().slice(0, 6).toUpperCase()}`;
  const date = chinaDate(new Date());
  const created = await cases.insertNumberedCase(centre, date, (seq) =>
    registerCase({
      caseNumber: formatCaseNumber('{centre}{date}{seq:4}', { centre, date, seq }),
      centre,
      item,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'window',
      materials: [],
      actor: clerk,
      at: new Date(),
    }),
  );
  if (created.kind !== 'created') throw new Error('not created');
  const number = created.record.caseNumber;
  await cases.saveTransition(created.record, forwardCase(created.record, 'token-1', new Date()));
  const forwarded = (await cases.getCase(number, true))!;
  await cases.saveTransition(forwarded, acceptCase(forwarded, DEFAULT_CALENDAR, approver, new Date()));
  const accepted = (await cases.getCase(number, true))!;
  await cases.saveTransition(accepted, decideCase(accepted, { outcome: 'approve', opinion: '准予', result: RESULT }, approver, new Date()));
  return (await cases.getCase(number, true))!;
}

describe('a wait opened by the workflow: its audit line rides on the case head, written out from the stream', () => {
  it('saves the head alone, shows the line in the history at once, and the writer writes it out once', async () => {
    const decided = await decidedCase();
    const number = decided.caseNumber;
    const opened = openStep(decided, 'result_scan', 'token-2', new Date());
    await cases.saveTransition(decided, opened);

    const items = await stored(number);
    // Not in the trail yet: on the head, without what the head says itself.
    expect(items.get('AUDIT#000005')).toBeUndefined();
    const head = items.get('CASE')!;
    expect(head.pendingAudit).toEqual([
      {
        seq: 5,
        at: opened.audit.at,
        action: 'open_step',
        fromState: 'approved',
        toState: 'approved',
        result: 'ok',
        actor: opened.audit.actor,
        details: { step: 'result_scan' },
      },
    ]);
    expect(Buffer.byteLength(JSON.stringify(head))).toBeLessThan(1024);
    // The case read back has no trace of it; the history and the time of the last change have it.
    const waiting = (await cases.getCase(number, true))!;
    expect(waiting).not.toHaveProperty('pendingAudit');
    expect(waiting).toMatchObject({ version: 5, pendingTask: { step: 'result_scan', token: 'token-2' } });
    expect((await cases.getHistory(number)).map((h) => [h.seq, h.action])).toEqual([
      [1, 'register'],
      [2, 'forward'],
      [3, 'accept'],
      [4, 'decide'],
      [5, 'open_step'],
    ]);
    expect((await cases.getHistory(number)).at(-1)).toEqual(opened.audit);
    expect(await cases.lastChangedAt(waiting)).toBe(opened.audit.at);

    // The writer, twice (the stream delivers at least once): one line, the very line saved.
    for (const attempt of ['1', '2'])
      expect(await auditWriter({ Records: [headRecord(head, attempt)] })).toEqual({ batchItemFailures: [] });
    const written = (await stored(number)).get('AUDIT#000005');
    expect(written).toMatchObject({ entity: 'audit', ...opened.audit });
    expect((await cases.getHistory(number)).filter((h) => h.seq === 5)).toEqual([opened.audit]);

    // The next transition finds it written out: the head carries nothing more.
    const scan = { objectKey: 'results/h.pdf', sha256: 'c'.repeat(64), size: 5_000, contentType: 'application/pdf' };
    await cases.saveTransition(waiting, scanResult(waiting, { number: RESULT.number, scan }, outputClerk, new Date()));
    const after = await stored(number);
    expect(after.get('CASE')).toMatchObject({ version: 6, state: 'result_ready' });
    expect(after.get('CASE')!.pendingAudit).toBeUndefined();
    expect(after.get('AUDIT#000006')).toMatchObject({ action: 'result_ready' });
  });

  it('keeps a line not yet written out on the head through the next transitions, so the history never has a gap', async () => {
    const decided = await decidedCase();
    const number = decided.caseNumber;
    const opened = openStep(decided, 'result_scan', 'token-2', new Date());
    await cases.saveTransition(decided, opened);
    const waiting = (await cases.getCase(number, true))!;
    // The result is scanned before the writer got to line 5.
    const scan = { objectKey: 'results/h2.pdf', sha256: 'd'.repeat(64), size: 5_000, contentType: 'application/pdf' };
    const scanned = scanResult(waiting, { number: RESULT.number, scan }, outputClerk, new Date());
    await cases.saveTransition(waiting, scanned);
    const ready = (await cases.getCase(number, true))!;
    const readyOpened = openStep(ready, 'result_ready', 'token-3', new Date());
    await cases.saveTransition(ready, readyOpened);

    const items = await stored(number);
    expect(items.get('AUDIT#000005')).toBeUndefined();
    expect(items.get('AUDIT#000006')).toMatchObject({ action: 'result_ready' });
    expect((items.get('CASE')!.pendingAudit as { seq: number }[]).map((l) => l.seq)).toEqual([5, 7]);
    expect((await cases.getHistory(number)).map((h) => [h.seq, h.action])).toEqual([
      [1, 'register'],
      [2, 'forward'],
      [3, 'accept'],
      [4, 'decide'],
      [5, 'open_step'],
      [6, 'result_ready'],
      [7, 'open_step'],
    ]);

    expect(await auditWriter({ Records: [headRecord(items.get('CASE')!, '1')] })).toEqual({ batchItemFailures: [] });
    const after = await stored(number);
    expect(after.get('AUDIT#000005')).toMatchObject(opened.audit);
    expect(after.get('AUDIT#000007')).toMatchObject(readyOpened.audit);
  });

  it('refuses a wait saved against a version that moved on, writing nothing', async () => {
    const decided = await decidedCase();
    await cases.saveTransition(decided, openStep(decided, 'result_scan', 'token-2', new Date()));
    await expect(cases.saveTransition(decided, openStep(decided, 'result_scan', 'token-x', new Date()))).rejects.toMatchObject({
      status: 409,
      code: 'case_changed',
    });
    const head = (await stored(decided.caseNumber)).get('CASE')!;
    expect(head).toMatchObject({ version: 5, pendingTask: { token: 'token-2' } });
    expect((head.pendingAudit as { seq: number }[]).map((l) => l.seq)).toEqual([5]);
  });
});
