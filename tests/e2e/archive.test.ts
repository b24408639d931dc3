import { createHash, randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_BUCKET } from '#local/system';
import { acceptCase, api, CITIZEN_ID, collectResult, decision, eventually, sha256, token, uploadScan } from '#tests/support/client';

const DEPT = `归档测试局-${randomUUID().slice(0, 4)}`;
const ITEM = `AR-${randomUUID().slice(0, 8)}`;

interface ArchiveBody {
  caseNumber: string;
  archived: { at: string; packageKey: string; manifestSha256: string };
  manifestSha256Matches: boolean;
  manifest: { caseNumber: string; department: string; finalState: string; retention: { code: string; retainUntil: string }; applicant: { idNumberMasked: string } };
  manifestUrl: string;
  objects: { role: string; ref: string; key: string; size: number; sha256: string; url: string }[];
  refusedChanges: unknown[];
  verification?: { status: string; checkedAt: string; properties: Record<string, { status: string; problems: string[] }> };
}

interface VerifyRun {
  checked: number;
  passed: number;
  failed: number;
  securityUnverified: number;
  failures: { caseNumber: string; failed: string[] }[];
}

let supervisor: string;
let clerk: string;
let approver: string;
let outputClerk: string;

/** Tampering goes around the system, straight to the local bucket, as someone with storage access would. */
const s3 = () => new S3Client({ endpoint: process.env.AWS_ENDPOINT_URL_S3, forcePathStyle: true, region: process.env.AWS_REGION });

const scan = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function state(caseNumber: string, wanted: string) {
  return eventually(`case ${wanted}`, async () => {
    const c = await api<{ state: string; archived?: unknown }>('GET', `/cases/${caseNumber}`, { token: supervisor });
    return c.body.state === wanted ? c.body : undefined;
  });
}

async function archiveOf(caseNumber: string) {
  return eventually(
    'archive package',
    async () => {
      const res = await api<ArchiveBody>('GET', `/archive/cases/${caseNumber}`, { token: supervisor });
      return res.status === 200 ? res.body : undefined;
    },
    20_000,
  );
}

const runSchedule = async <T>(name: string, detail: Record<string, unknown>) => {
  const res = await api<{ result: T }>('POST', `/local/schedules/${name}`, { body: detail });
  expect(res.status).toBe(200);
  return res.body.result;
};

beforeAll(async () => {
  [supervisor, clerk, approver, outputClerk] = await Promise.all([
    token('supervisor', { name: '档案室主任' }),
    token('intake_clerk'),
    token('approver', { department: DEPT }),
    token('output_clerk'),
  ]);
  const created = await api('POST', '/items', {
    token: supervisor,
    body: {
      basicCode: '000110003000',
      implementationCode: ITEM,
      name: '归档测试事项',
      department: DEPT,
      itemType: 'promised',
      statutoryDays: 20,
      promisedDays: 5,
      materials: [
        { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'paper' },
        { code: 'PHOTO', name: '电子照片', required: true, originals: 0, copies: 0, form: 'electronic' },
      ],
    },
  });
  expect(created.status).toBe(201);
});

async function registerCase(): Promise<string> {
  const [id, photo] = await Promise.all([uploadScan(clerk, scan(`id ${randomUUID()}`)), uploadScan(clerk, scan(`photo ${randomUUID()}`))]);
  const res = await api<{ caseNumber: string }>('POST', '/cases', {
    token: clerk,
    body: {
      itemCode: ITEM,
      applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID },
      materials: [
        { code: 'ID', uploadId: id },
        { code: 'PHOTO', uploadId: photo },
      ],
    },
  });
  expect(res.status).toBe(201);
  return res.body.caseNumber;
}

describe('归档: a case that ends becomes an archive package', () => {
  let caseNumber: string;
  let pkg: ArchiveBody;

  it('archives a closed case: materials, notices, case record and audit trail, each with its SHA-256', async () => {
    caseNumber = await registerCase();
    await state(caseNumber, 'pending_acceptance');
    expect((await api('GET', `/archive/cases/${caseNumber}`, { token: supervisor })).body).toMatchObject({ code: 'not_archived' });
    await acceptCase(caseNumber, approver);
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') })).status).toBe(200);
    const handedOver = await collectResult(caseNumber, outputClerk);
    expect(handedOver.status).toBe(200);

    pkg = await archiveOf(caseNumber);
    expect(pkg.manifestSha256Matches).toBe(true);
    expect(pkg.manifest).toMatchObject({ caseNumber, department: DEPT, finalState: 'closed', retention: { code: 'Y30' } });
    expect(JSON.stringify(pkg.manifest)).not.toContain(CITIZEN_ID);
    // Notices: 材料接收告知单, 受理通知书, 领取通知, 送达回证; the scanned result; the pickup's signature.
    expect(pkg.objects.map((o) => o.role)).toEqual(['material', 'material', 'notice', 'notice', 'notice', 'notice', 'result', 'delivery_proof', 'case_record', 'audit_trail']);
    expect(pkg.objects.every((o) => o.key.startsWith(`${pkg.archived.packageKey}/`))).toBe(true);

    // Every presigned URL hands out exactly the archived bytes.
    for (const o of pkg.objects) {
      const res = await fetch(o.url);
      expect(res.status, o.key).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(sha256(bytes), o.key).toBe(o.sha256);
    }
    const manifest = Buffer.from(await (await fetch(pkg.manifestUrl)).arrayBuffer());
    expect(sha256(manifest)).toBe(pkg.archived.manifestSha256);

    // The materials are the scans received at intake: same fingerprints as recorded on the case.
    const c = await api<{ materials: { code: string; sha256: string }[]; archived: ArchiveBody['archived'] }>('GET', `/cases/${caseNumber}`, { token: supervisor });
    expect(c.body.archived).toEqual(pkg.archived);
    expect(pkg.objects.filter((o) => o.role === 'material').map((o) => [o.ref, o.sha256])).toEqual(c.body.materials.map((m) => [m.code, m.sha256]));
  });

  it('is for supervisors only', async () => {
    expect((await api('GET', `/archive/cases/${caseNumber}`, { token: approver })).status).toBe(403);
    expect((await api('GET', `/archive/cases/${caseNumber}`, { token: clerk })).status).toBe(403);
    expect((await api('GET', '/archive/verifications', { token: outputClerk })).status).toBe(403);
  });

  it('verifies an untouched package; security is reported unverified locally, not passed', async () => {
    const run = await runSchedule<VerifyRun>('archive-verify', { caseNumber });
    expect(run).toMatchObject({ checked: 1, passed: 1, failed: 0, securityUnverified: 1 });
    const again = await api<ArchiveBody>('GET', `/archive/cases/${caseNumber}`, { token: supervisor });
    expect(again.body.verification?.status).toBe('passed');
    expect(again.body.verification?.properties.security?.status).toBe('unverified');
  });

  it("verifies a day's packages through the queue: split into slices per department and day, verified by the workers", async () => {
    const before = (await api<ArchiveBody>('GET', `/archive/cases/${caseNumber}`, { token: supervisor })).body.verification!.checkedAt;
    const day = new Date(Date.parse(pkg.archived.at) + 8 * 3_600_000).toISOString().slice(0, 10);
    const run = await runSchedule<VerifyRun & { slicesQueued: number }>('archive-verify', { from: day, to: day });
    // Nothing verified by the run itself: one slice per catalog department for that one day went on the queue.
    expect(run.checked).toBe(0);
    expect(run.slicesQueued).toBeGreaterThanOrEqual(1);
    const verified = await eventually(
      'verified by a queue worker',
      async () => {
        const v = (await api<ArchiveBody>('GET', `/archive/cases/${caseNumber}`, { token: supervisor })).body.verification;
        return v && v.checkedAt > before ? v : undefined;
      },
      60_000,
    );
    expect(verified.status).toBe('passed');
  });

  it('detects an object tampered with in the archive bucket, lists it and raises ArchiveVerificationFailed', async () => {
    const target = pkg.objects.find((o) => o.role === 'material')!;
    const client = s3();
    try {
      await client.send(new PutObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: target.key, Body: scan('forged'), ContentType: 'application/pdf' }));
    } finally {
      client.destroy();
    }

    const run = await runSchedule<VerifyRun>('archive-verify', { caseNumber });
    expect(run).toMatchObject({ checked: 1, passed: 0, failed: 1, failures: [{ caseNumber, failed: ['integrity'] }] });

    type Listed = { caseNumber: string; status: string; department: string; properties: Record<string, { status: string; problems: string[] }> };
    const listed = await api<{ verifications: Listed[] }>('GET', '/archive/verifications?status=failed&limit=100', { token: supervisor });
    expect(listed.status).toBe(200);
    const mine = listed.body.verifications.find((v) => v.caseNumber === caseNumber);
    expect(mine).toMatchObject({ status: 'failed', department: DEPT });
    expect(mine!.properties.integrity).toEqual({ status: 'fail', problems: [expect.stringContaining(`${target.key} (居民身份证) has SHA-256 ${sha256(scan('forged'))}`)] });
    expect(mine!.properties.authenticity!.status).toBe('pass');

    const events = await eventually('ArchiveVerificationFailed on the bus', async () => {
      const r = await api<{ events: { source: string; 'detail-type': string; detail: { failed: string[]; department: string } }[] }>('GET', `/local/events?caseNumber=${caseNumber}`);
      const found = r.body.events.filter((e) => e['detail-type'] === 'ArchiveVerificationFailed');
      return found.length ? found : undefined;
    });
    expect(events[0]).toMatchObject({ source: 'onewindow.supervision', detail: { failed: ['integrity'], department: DEPT } });

    // The same failure again is listed, not raised again.
    await runSchedule<VerifyRun>('archive-verify', { caseNumber });
    const after = await api<{ events: { 'detail-type': string }[] }>('GET', `/local/events?caseNumber=${caseNumber}`);
    expect(after.body.events.filter((e) => e['detail-type'] === 'ArchiveVerificationFailed')).toHaveLength(1);
  });

  it("lists the day's paper originals and electronic packages per department (一天一归档)", async () => {
    const day = new Date(Date.parse(pkg.archived.at) + 8 * 3_600_000).toISOString().slice(0, 10);
    const run = await runSchedule<{ day: string; departments: { department: string; key: string; cases: number; paperOriginals: number }[] }>('archive-daily', { day });
    expect(run.day).toBe(day);
    const mine = run.departments.find((d) => d.department === DEPT);
    expect(mine).toMatchObject({ cases: 1, paperOriginals: 1 });
    const client = s3();
    try {
      const out = await client.send(new GetObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: mine!.key }));
      const list = JSON.parse(await out.Body!.transformToString('utf-8')) as {
        department: string;
        paperOriginals: { caseNumber: string; code: string; originals: number }[];
        electronicFiles: { caseNumber: string; manifestSha256: string }[];
      };
      expect(list.department).toBe(DEPT);
      // ID is kept on paper (form paper, 1 original); the electronic photo is not.
      expect(list.paperOriginals).toEqual([expect.objectContaining({ caseNumber, code: 'ID', originals: 1 })]);
      expect(list.electronicFiles).toEqual([expect.objectContaining({ caseNumber, manifestSha256: pkg.archived.manifestSha256 })]);
    } finally {
      client.destroy();
    }
  });

  it('archives a withdrawn case too, kept 10 years, and it stays unchangeable', async () => {
    const withdrawnCase = await registerCase();
    await state(withdrawnCase, 'pending_acceptance');
    const withdrawn = await api('POST', `/cases/${withdrawnCase}/withdraw`, { token: clerk, body: { reason: '申请人书面撤回', applicantConfirmed: true } });
    expect(withdrawn.status).toBe(200);
    const archived = await archiveOf(withdrawnCase);
    expect(archived.manifest).toMatchObject({ finalState: 'withdrawn', retention: { code: 'Y10' } });
    // Its notices: the 材料接收告知单 and the 撤回申请确认书.
    expect(archived.objects.map((o) => o.role)).toEqual(['material', 'material', 'notice', 'notice', 'case_record', 'audit_trail']);

    // Archived: any attempt to change it is refused and recorded with its package.
    const late = await api('POST', `/cases/${withdrawnCase}/withdraw`, { token: clerk, body: { reason: '再次撤回', applicantConfirmed: true } });
    expect([late.status, late.body.code]).toEqual([409, 'archived']);
    const c = await api<{ state: string; version: number }>('GET', `/cases/${withdrawnCase}`, { token: supervisor });
    expect(c.body.state).toBe('withdrawn');
    const refused = (await archiveOf(withdrawnCase)).refusedChanges;
    expect(refused).toEqual([expect.objectContaining({ action: 'withdraw', attemptedState: 'withdrawn', actor: expect.objectContaining({ role: 'intake_clerk' }) })]);
    const digest = createHash('sha256').update(Buffer.from(await (await fetch(archived.manifestUrl)).arrayBuffer())).digest('hex');
    expect(digest).toBe(archived.archived.manifestSha256);
  });
});
