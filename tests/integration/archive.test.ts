import { createHash, randomUUID } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { archiveCase } from '#events/case-archiver';
import { chinaDay } from '#domain/calendar';
import { registerCase as registration, withdrawCase } from '#domain/case/registration';
import type { Actor } from '#domain/case/actor';
import type { CaseRecord } from '#domain/case/records';
import type { Transition } from '#domain/case/transition';
import { chinaDate, formatCaseNumber } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import { getVerification, listArchived, listRefusedChanges } from '#repositories/archive-repository';
import { markIssued, numberNotice } from '#repositories/notice-repository';
import { noticeId, noticeObjectKey } from '#domain/notices';
import * as cases from '#repositories/case-repository';
import { ARCHIVE_BUCKET, MATERIALS_BUCKET } from '#local/system';
import { useIsolatedTable } from '#tests/support/isolated-table';

useIsolatedTable();

const clerk: Actor = { subject: 'clerk-archive-it', name: '窗口', role: 'intake_clerk' };
const DEPT = '归档集成局';
const item = newItemVersion(
  ServiceItemInputSchema.parse({ basicCode: 'B1', implementationCode: 'IT-ARCHIVE', name: '归档集成事项', department: DEPT, itemType: 'promised', statutoryDays: 20, promisedDays: 10 }),
  undefined,
  'test',
  new Date(),
);
const s3 = new S3Client({ endpoint: process.env.AWS_ENDPOINT_URL_S3, forcePathStyle: true, region: process.env.AWS_REGION });
afterAll(() => s3.destroy());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A withdrawn case whose one material is stored as `stored`, recorded at intake as `recorded`. */
async function withdrawnCase(recorded: Buffer, stored: Buffer): Promise<CaseRecord> {
  const centre = `A${randomUUID().slice(0, 6).toUpperCase()}`;
  const date = chinaDate(new Date());
  const objectKey = `uploads/archive-it/${randomUUID()}.pdf`;
  await s3.send(new PutObjectCommand({ Bucket: MATERIALS_BUCKET, Key: objectKey, Body: stored, ContentType: 'application/pdf' }));
  const created = await cases.insertNumberedCase(centre, date, (seq) =>
    registration({
      caseNumber: formatCaseNumber('{centre}{date}{seq:4}', { centre, date, seq }),
      centre,
      item,
      applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
      channel: 'county_system',
      materials: [{ code: 'ID', name: '居民身份证', objectKey, sha256: sha(recorded), size: recorded.length, contentType: 'application/pdf' }],
      actor: clerk,
      at: new Date(),
    }),
  );
  if (created.kind !== 'created') throw new Error('not created');
  await issueNotice(created.record, 1, 'intake_receipt', '材料接收告知单', 'SJ');
  const withdrawal = withdrawCase(created.record, '撤回', clerk, new Date());
  await cases.saveTransition(created.record, withdrawal);
  // The withdrawal is confirmed by its own notice (撤回申请确认书), which the archive waits for.
  await issueNotice(withdrawal.record, withdrawal.audit.seq, 'withdrawal', '撤回申请确认书', 'CH');
  return withdrawal.record;
}

/** A notice as the notice renderer would have issued it (it reads the system's table, not this one). */
async function issueNotice(record: CaseRecord, auditSeq: number, kind: 'intake_receipt' | 'withdrawal', title: string, kindCode: string): Promise<void> {
  const id = noticeId(auditSeq, kind);
  const pdf = Buffer.from(`%PDF-1.4\n% ${kind} ${record.caseNumber}\n`);
  const objectKey = noticeObjectKey(record.caseNumber, id);
  await s3.send(new PutObjectCommand({ Bucket: MATERIALS_BUCKET, Key: objectKey, Body: pdf, ContentType: 'application/pdf' }));
  await numberNotice({ centre: record.centre, date: chinaDate(new Date()), kindCode }, record.caseNumber, id, (seq) => ({
    caseNumber: record.caseNumber,
    noticeId: id,
    kind,
    number: `${record.centre}-${kindCode}-${seq}`,
    title,
    auditSeq,
    issuedAt: record.receivedAt,
    status: 'numbered',
  }));
  await markIssued(record.caseNumber, id, { objectKey, sha256: sha(pdf), size: pdf.length, storedAt: new Date().toISOString() });
}

/** A change no rule would allow any more; the repository must refuse it on its own. */
function forgedChange(record: CaseRecord): Transition {
  const next = { ...record, state: 'registered' as const, version: record.version + 1 };
  return {
    record: next,
    audit: { caseNumber: record.caseNumber, seq: next.version, at: new Date().toISOString(), action: 'complete_intake', fromState: record.state, toState: 'registered', result: 'ok', actor: clerk, department: DEPT, itemCode: item.implementationCode, details: {} },
  };
}

describe('archiving against the local engines', () => {
  it('archives an ended case, lists it for its day, and refuses and records any later change', async () => {
    const scan = Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n`);
    const before = await withdrawnCase(scan, scan);
    const outcome = await archiveCase(before, new Date());
    // The material, the two notices, the case record, the audit trail and the manifest.
    expect(outcome).toMatchObject({ kind: 'archived', caseNumber: before.caseNumber, objects: 6 });

    const archived = (await cases.getCase(before.caseNumber, true))!.archived!;
    expect(archived.packageKey).toMatch(new RegExp(`^packages/${before.caseNumber}/\\d{8}T\\d{9}Z$`));
    const manifestSha = async () => {
      const out = await s3.send(new GetObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: `${archived.packageKey}/manifest.json` }));
      return sha(await out.Body!.transformToByteArray());
    };
    expect(await manifestSha()).toBe(archived.manifestSha256);
    const day = chinaDay(new Date(archived.at));
    expect((await listArchived(before.centre, DEPT, { from: day, to: day })).map((e) => e.caseNumber)).toEqual([before.caseNumber]);
    expect(await listArchived(before.centre, DEPT, { from: '2000-01-01', to: '2000-01-02' })).toEqual([]);

    // Holding the record read before it was archived (the archive does not move the version) …
    await expect(cases.saveTransition(before, forgedChange(before))).rejects.toMatchObject({ status: 409, code: 'archived' });
    // … or after.
    const now = (await cases.getCase(before.caseNumber, true))!;
    await expect(cases.saveTransition(now, forgedChange(now))).rejects.toMatchObject({ status: 409, code: 'archived', details: { packageKey: archived.packageKey } });

    const stored = await cases.getCase(before.caseNumber, true);
    expect(stored?.state).toBe('withdrawn');
    expect((await cases.getHistory(before.caseNumber)).map((h) => h.action)).toEqual(['register', 'withdraw']);
    const refused = await listRefusedChanges(before.caseNumber);
    expect(refused.map((r) => [r.action, r.attemptedState, r.actor.subject])).toEqual([
      ['complete_intake', 'registered', clerk.subject],
      ['complete_intake', 'registered', clerk.subject],
    ]);
    // Two deliveries racing: the loser's package goes under its own prefix, the recorded one stays intact.
    await expect(archiveCase(before, new Date(Date.now() + 1))).rejects.toMatchObject({ status: 409 });
    expect((await cases.getCase(before.caseNumber, true))!.archived).toEqual(archived);
    expect(await manifestSha()).toBe(archived.manifestSha256);
  });

  it('does not archive an object that fails its fixity check: the case is listed failed and supervisors are told', async () => {
    const recorded = Buffer.from('%PDF-1.4\n% the scan received\n');
    const record = await withdrawnCase(recorded, Buffer.from('%PDF-1.4\n% something else\n'));
    const outcome = await archiveCase(record, new Date());
    expect(outcome).toEqual({ kind: 'fixity_failed', caseNumber: record.caseNumber, problems: 1 });
    expect((await cases.getCase(record.caseNumber, true))?.archived).toBeUndefined();
    const listed = await getVerification(record.caseNumber);
    expect(listed).toMatchObject({ status: 'failed', department: DEPT, properties: { integrity: { status: 'fail' } } });
    expect(listed!.properties.integrity.problems[0]).toContain('does not match the SHA-256 recorded when it was stored');
    const written = await s3.send(new ListObjectsV2Command({ Bucket: ARCHIVE_BUCKET, Prefix: `packages/${record.caseNumber}/` }));
    expect(written.KeyCount ?? 0).toBe(0);
    const events = (await (await fetch(`${inject('systemUrl')}/local/events?caseNumber=${record.caseNumber}`)).json()) as { events: { 'detail-type': string }[] };
    expect(events.events.map((e) => e['detail-type'])).toContain('ArchiveFixityFailed');
  });
});
