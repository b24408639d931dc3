import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import './zod-locale';
import type { AuditEntry } from './case/transition';
import type { CaseMaterial } from './case/application';
import type { CaseRecord } from './case/records';
import type { CaseState } from './case/lifecycle';
import { chinaDay } from './days';
import { conflict } from './errors';
import type { ItemType, MaterialSpec } from './item';
import type { NoticeRecord } from './notices';
import { noticeId, noticesFor } from './notices';
import { sniffContentType } from './upload';

/**
 * 办件归档 per GB/T 42727-2023 (政务服务事项电子文件归档规范): when a case ends, its file becomes an
 * archive package — every object copied under one prefix of the archive bucket, and a manifest with
 * the package's metadata and each object's SHA-256. Archived records never change (Object Lock,
 * COMPLIANCE mode, in AWS; the repositories refuse writes). Rules only: no AWS here.
 */

/** States in which a case has ended and is archived. Strings, so later end states need only be listed. */
export const ENDED_STATES: readonly string[] = ['closed', 'withdrawn', 'terminated'] satisfies CaseState[];

export function hasEnded(record: Pick<CaseRecord, 'state'>): boolean {
  return ENDED_STATES.includes(record.state);
}

/** What each archived object is to the case file. */
export const ARCHIVE_ROLES = [
  'material', // 申请材料
  'notice', // 文书
  'result', // 办结结果 (scan of the decision document / licence)
  'delivery_proof', // 送达回证
  'case_record', // 办件信息 (JSON)
  'audit_trail', // 办理过程记录 (JSON)
] as const;
export type ArchiveRole = (typeof ARCHIVE_ROLES)[number];

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

// --- retention (保管期限) ----------------------------------------------------------------------

export interface Retention {
  /** Y10 定期10年 · Y30 定期30年 */
  code: 'Y10' | 'Y30';
  label: '定期10年' | '定期30年';
  years: number;
  /** ISO instant until which every object of the package is locked (Object Lock COMPLIANCE). */
  retainUntil: string;
}

/**
 * 保管期限 by item class: a permit decided in the back office (承诺件, 上报件, 联办件) is kept 30 years,
 * as licensing files are; 即办件 and cases that ended without a decision (撤回) 10 years.
 */
export const RETENTION_BY_ITEM_TYPE: Record<ItemType, Retention['code']> = {
  immediate: 'Y10',
  promised: 'Y30',
  reported: 'Y30',
  joint: 'Y30',
};
const RETENTION_PERIODS = { Y10: { label: '定期10年', years: 10 }, Y30: { label: '定期30年', years: 30 } } as const;

export function retentionFor(record: Pick<CaseRecord, 'itemType' | 'decision'>, archivedAt: Date): Retention {
  const code = record.decision ? (RETENTION_BY_ITEM_TYPE[record.itemType] ?? 'Y30') : 'Y10';
  const { label, years } = RETENTION_PERIODS[code];
  const until = new Date(archivedAt);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return { code, label, years, retainUntil: until.toISOString() };
}

// --- what goes into the package ---------------------------------------------------------------

/** An object of the case kept in the materials bucket, with the SHA-256 recorded when it was stored. */
export interface ArchiveSource {
  role: Extract<ArchiveRole, 'material' | 'notice' | 'result' | 'delivery_proof'>;
  /** Short id inside the package: material code, notice id, `result`, `signature`, `pickup_authorisation`. */
  ref: string;
  title: string;
  sourceKey: string;
  sha256: string;
  size: number;
  contentType: string;
}

const materialSource = (m: CaseMaterial, ref: string, title: string): ArchiveSource => ({
  role: 'material',
  ref,
  title,
  sourceKey: m.objectKey,
  sha256: m.sha256.toLowerCase(),
  size: m.size,
  contentType: m.contentType,
});

/**
 * Every stored object of the case file: materials (and a proxy's authorisation letter), issued
 * notices (the 送达回证 among them), the result scan and the pickup's signature and letter. Each carries the SHA-256 recorded
 * when it was stored, which the copy is checked against.
 */
export function archiveSources(record: CaseRecord, notices: readonly NoticeRecord[]): ArchiveSource[] {
  const sources: ArchiveSource[] = record.materials.map((m) => materialSource(m, m.code, m.name));
  const letter = record.agent?.authorisation.document;
  if (letter) sources.push(materialSource(letter, 'AGENT_AUTHORISATION', '授权委托书'));
  for (const n of [...notices].sort((a, b) => a.noticeId.localeCompare(b.noticeId))) {
    if (n.status !== 'issued' || !n.objectKey || !n.sha256) continue;
    sources.push({
      role: 'notice',
      ref: n.noticeId,
      title: `${n.title} ${n.number}`,
      sourceKey: n.objectKey,
      sha256: n.sha256,
      size: n.size ?? -1,
      contentType: 'application/pdf',
    });
  }
  const scan = record.result?.scan;
  if (scan)
    sources.push({
      role: 'result',
      ref: 'result',
      title: '办结结果',
      sourceKey: scan.objectKey,
      sha256: scan.sha256.toLowerCase(),
      size: scan.size,
      contentType: scan.contentType,
    });
  // The 送达回证 itself is a notice (above); the pickup's own proofs are the signature and a proxy's letter.
  if (record.handover?.method === 'pickup') {
    const { signature, recipient } = record.handover;
    sources.push({
      role: 'delivery_proof',
      ref: 'signature',
      title: '领取人签名',
      sourceKey: signature.objectKey,
      sha256: signature.sha256.toLowerCase(),
      size: signature.size,
      contentType: signature.contentType,
    });
    const letter = recipient.authorisation;
    if (letter) {
      sources.push({
        role: 'delivery_proof',
        ref: 'pickup_authorisation',
        title: '领取授权委托书',
        sourceKey: letter.objectKey,
        sha256: letter.sha256.toLowerCase(),
        size: letter.size,
        contentType: letter.contentType,
      });
    }
  }
  return sources;
}

/**
 * Notices the case's audit trail calls for that are not issued yet (the renderer runs beside the
 * workflow): archiving waits for them rather than leave a document out of the file.
 */
export function noticesPending(record: CaseRecord, history: readonly AuditEntry[], notices: readonly NoticeRecord[]): string[] {
  const issued = new Set(notices.filter((n) => n.status === 'issued').map((n) => n.noticeId));
  return history.flatMap((audit) => noticesFor(audit, record).map((kind) => noticeId(audit.seq, kind))).filter((id) => !issued.has(id));
}

export interface SourceReading {
  sourceKey: string;
  /** undefined: no such object in storage. */
  bytes?: Uint8Array;
}

export interface FixityProblem {
  ref: string;
  role: ArchiveRole;
  sourceKey: string;
  problem: 'missing' | 'sha256_mismatch' | 'size_mismatch';
  expected?: string;
  actual?: string;
}

/** Checks each object read for the copy against the SHA-256 (and size) recorded when it was stored. */
export function checkSourceFixity(sources: readonly ArchiveSource[], readings: readonly SourceReading[]): FixityProblem[] {
  const byKey = new Map(readings.map((r) => [r.sourceKey, r]));
  const problems: FixityProblem[] = [];
  for (const s of sources) {
    const bytes = byKey.get(s.sourceKey)?.bytes;
    const at = { ref: s.ref, role: s.role, sourceKey: s.sourceKey };
    if (!bytes) problems.push({ ...at, problem: 'missing' });
    else if (sha256Hex(bytes) !== s.sha256)
      problems.push({ ...at, problem: 'sha256_mismatch', expected: s.sha256, actual: sha256Hex(bytes) });
    else if (s.size >= 0 && bytes.length !== s.size)
      problems.push({ ...at, problem: 'size_mismatch', expected: String(s.size), actual: String(bytes.length) });
  }
  return problems;
}

// --- layout and manifest ----------------------------------------------------------------------

/**
 * The package's prefix in the archive bucket: per case, and per archiving attempt, so two racing
 * deliveries never overwrite each other's objects; the case records the one that won.
 */
export function packageKeyOf(caseNumber: string, at: Date): string {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(caseNumber)) throw new Error(`Not a case number: ${caseNumber}`);
  return `packages/${caseNumber}/${at.toISOString().replace(/[-:.]/g, '')}`;
}

export const manifestKeyOf = (packageKey: string): string => `${packageKey}/manifest.json`;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'application/json': 'json',
};

function objectKeyOf(packageKey: string, index: number, role: ArchiveRole, ref: string, contentType: string): string {
  const safe = ref.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60) || 'object';
  return `${packageKey}/objects/${String(index + 1).padStart(3, '0')}-${role}-${safe}.${EXTENSIONS[contentType] ?? 'bin'}`;
}

const ArchiveObjectSchema = z.object({
  role: z.enum(ARCHIVE_ROLES),
  ref: z.string(),
  title: z.string(),
  key: z.string(),
  size: z.int().check(z.minimum(0)),
  contentType: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Where the object was kept before archiving (materials bucket), for the record. */
  sourceKey: z.optional(z.string()),
});
export type ArchiveObject = z.infer<typeof ArchiveObjectSchema>;

export const MANIFEST_FORMAT = 'onewindow-archive-package/1';

const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  standard: z.literal('GB/T 42727-2023'),
  packageKey: z.string(),
  archivedAt: z.string(),
  centre: z.string(),
  /** 事项名称 / 事项编码 (实施编码) and the catalog version the case was received under. */
  item: z.object({ name: z.string(), code: z.string(), version: z.int(), type: z.string() }),
  caseNumber: z.string(), // 办件编号
  department: z.string(), // 实施主体
  /** Masked, as the case shows it: no full name or identity number in the archive metadata. */
  applicant: z.object({ kind: z.string(), name: z.string(), idNumberMasked: z.string() }),
  finalState: z.string(),
  outcome: z.optional(z.enum(['approve', 'deny'])),
  dates: z.object({ received: z.string(), decided: z.optional(z.string()), closed: z.string() }),
  retention: z.object({ code: z.enum(['Y10', 'Y30']), label: z.string(), years: z.int(), retainUntil: z.string() }),
  objects: z.array(ArchiveObjectSchema),
});
export type ArchiveManifest = z.infer<typeof ManifestSchema>;

/** The bytes of one object to write into the package, and its manifest line. */
export interface PackagedObject {
  object: ArchiveObject;
  bytes: Uint8Array;
}

export interface ArchivePackage {
  packageKey: string;
  manifestKey: string;
  manifest: ArchiveManifest;
  manifestBytes: Uint8Array;
  manifestSha256: string;
  objects: PackagedObject[];
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** The day a case ended: closed, or withdrawn (or, for an end state added later, the archiving time). */
function endedAt(record: CaseRecord, fallback: Date): string {
  return record.closedAt ?? record.withdrawal?.withdrawnAt ?? record.termination?.terminatedAt ?? fallback.toISOString();
}

/**
 * Builds the package of an ended case: its stored objects (already fixity-checked, in `sources`
 * order), the case record as any permitted caller sees it (no sealed personal data, no task token)
 * and its audit trail, each with its SHA-256, under one prefix, and the manifest describing them.
 */
export function buildArchivePackage(input: {
  record: CaseRecord;
  caseView: object;
  history: readonly AuditEntry[];
  sources: readonly { source: ArchiveSource; bytes: Uint8Array }[];
  at: Date;
}): ArchivePackage {
  const { record, at } = input;
  if (!hasEnded(record))
    throw conflict('not_ended', `Case ${record.caseNumber} is ${record.state}; only an ended case is archived.`, {
      caseNumber: record.caseNumber,
    });
  const packageKey = packageKeyOf(record.caseNumber, at);
  const parts: { role: ArchiveRole; ref: string; title: string; contentType: string; bytes: Uint8Array; sourceKey?: string }[] = [
    ...input.sources.map(({ source, bytes }) => ({
      role: source.role,
      ref: source.ref,
      title: source.title,
      contentType: source.contentType,
      bytes,
      sourceKey: source.sourceKey,
    })),
    { role: 'case_record', ref: 'case', title: '办件信息', contentType: 'application/json', bytes: json(input.caseView) },
    { role: 'audit_trail', ref: 'audit', title: '办理过程记录', contentType: 'application/json', bytes: json(input.history) },
  ];
  const objects = parts.map((p, i) => ({
    bytes: p.bytes,
    object: {
      role: p.role,
      ref: p.ref,
      title: p.title,
      key: objectKeyOf(packageKey, i, p.role, p.ref, p.contentType),
      size: p.bytes.length,
      contentType: p.contentType,
      sha256: sha256Hex(p.bytes),
      ...(p.sourceKey ? { sourceKey: p.sourceKey } : {}),
    },
  }));
  const manifest: ArchiveManifest = {
    format: MANIFEST_FORMAT,
    standard: 'GB/T 42727-2023',
    packageKey,
    archivedAt: at.toISOString(),
    centre: record.centre,
    item: { name: record.itemName, code: record.itemCode, version: record.itemVersion, type: record.itemType },
    caseNumber: record.caseNumber,
    department: record.department,
    applicant: { kind: record.applicant.kind, name: record.applicant.name, idNumberMasked: record.applicant.idNumberMasked },
    finalState: record.state,
    ...(record.decision ? { outcome: record.decision.outcome } : {}),
    dates: { received: record.receivedAt, ...(record.decision ? { decided: record.decision.decidedAt } : {}), closed: endedAt(record, at) },
    retention: retentionFor(record, at),
    objects: objects.map((o) => o.object),
  };
  const manifestBytes = json(manifest);
  return { packageKey, manifestKey: manifestKeyOf(packageKey), manifest, manifestBytes, manifestSha256: sha256Hex(manifestBytes), objects };
}

export type ManifestParse = { ok: true; manifest: ArchiveManifest } | { ok: false; problem: string };

export function parseManifest(bytes: Uint8Array): ManifestParse {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, problem: `The manifest is not readable JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      problem: `The manifest does not have the package format (${first?.path.join('.') || 'root'}: ${first?.message ?? 'invalid'})`,
    };
  }
  return { ok: true, manifest: parsed.data };
}

// --- immutability: see ./archived (kept small, for the case repository every function loads) ---
export { archivedError, refusedChange, type RefusedChange } from './archived';

// --- the day's list (一天一归档) ----------------------------------------------------------------

/** A paper original (纸质原件) the archive room receives with the day's files. */
export interface PaperOriginal {
  code: string;
  name: string;
  originals: number;
  copies: number;
}

/**
 * The case's materials whose checklist line asks for paper or for originals: the sheets that go to
 * the archive room. A proxy's signed authorisation letter is always one.
 */
export function paperOriginals(
  record: Pick<CaseRecord, 'materials' | 'agent'>,
  checklist: readonly MaterialSpec[] | undefined,
): PaperOriginal[] {
  const specs = new Map((checklist ?? []).map((s) => [s.code, s]));
  const found: PaperOriginal[] = [];
  for (const m of record.materials) {
    const spec = specs.get(m.code);
    // Reused materials (材料复用) were checked against their originals on an earlier case; no paper now.
    if (!spec || m.reusedFrom || (spec.form !== 'paper' && spec.originals === 0)) continue;
    found.push({ code: m.code, name: spec.name, originals: spec.originals, copies: spec.copies });
  }
  if (record.agent?.authorisation.document) found.push({ code: 'AGENT_AUTHORISATION', name: '授权委托书', originals: 1, copies: 0 });
  return found;
}

/** What the archive listing keeps of each archived case: enough for the day's list without re-reading the package. */
export interface ArchiveEntry {
  caseNumber: string;
  centre: string;
  department: string;
  itemCode: string;
  itemName: string;
  /** China-local day of archiving (YYYY-MM-DD): the day it is listed for the archive room. */
  day: string;
  archivedAt: string;
  packageKey: string;
  manifestSha256: string;
  objects: number;
  bytes: number;
  retention: { code: Retention['code']; label: string; retainUntil: string };
  paperOriginals: PaperOriginal[];
  /** 补充件: packages of what happened after archiving (a rating), each linked to this one (domain/archive-addendum.ts). */
  addenda?: { packageKey: string; manifestKey: string; manifestSha256: string; at: string; seqs: number[]; actions: string[] }[];
}

export function archiveEntry(pkg: ArchivePackage, record: CaseRecord, checklist: readonly MaterialSpec[] | undefined): ArchiveEntry {
  const { manifest } = pkg;
  return {
    caseNumber: record.caseNumber,
    centre: record.centre,
    department: record.department,
    itemCode: record.itemCode,
    itemName: record.itemName,
    day: chinaDay(new Date(manifest.archivedAt)),
    archivedAt: manifest.archivedAt,
    packageKey: pkg.packageKey,
    manifestSha256: pkg.manifestSha256,
    objects: manifest.objects.length + 1,
    bytes: manifest.objects.reduce((sum, o) => sum + o.size, pkg.manifestBytes.length),
    retention: { code: manifest.retention.code, label: manifest.retention.label, retainUntil: manifest.retention.retainUntil },
    paperOriginals: paperOriginals(record, checklist),
  };
}

export const DAILY_FORMAT = 'onewindow-daily-archive/1';

export interface DailyManifest {
  format: typeof DAILY_FORMAT;
  centre: string;
  department: string;
  day: string;
  generatedAt: string;
  /** 纸质原件: what the archive room should have received today, per case. */
  paperOriginals: (PaperOriginal & { caseNumber: string })[];
  /** 电子文件: the packages archived today. */
  electronicFiles: Pick<
    ArchiveEntry,
    'caseNumber' | 'itemCode' | 'itemName' | 'packageKey' | 'manifestSha256' | 'objects' | 'bytes' | 'retention'
  >[];
  totals: { cases: number; paperSheets: number; objects: number; bytes: number };
}

/** The day a daily run lists when none is named: yesterday, China time, the last complete day. */
export function previousChinaDay(now: Date): string {
  return chinaDay(new Date(now.getTime() - 86_400_000));
}

export function dailyManifestKey(centre: string, day: string, department: string): string {
  return `daily/${centre}/${day}/${department.replace(/[/\\]/g, '_')}.json`;
}

/** The day's archive list of one department (一天一归档): paper originals and electronic packages. */
export function dailyManifest(centre: string, department: string, day: string, entries: readonly ArchiveEntry[], at: Date): DailyManifest {
  const mine = entries
    .filter((e) => e.centre === centre && e.department === department && e.day === day)
    .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
  const paper = mine.flatMap((e) => e.paperOriginals.map((p) => ({ caseNumber: e.caseNumber, ...p })));
  return {
    format: DAILY_FORMAT,
    centre,
    department,
    day,
    generatedAt: at.toISOString(),
    paperOriginals: paper,
    electronicFiles: mine.map(({ caseNumber, itemCode, itemName, packageKey, manifestSha256, objects, bytes, retention }) => ({
      caseNumber,
      itemCode,
      itemName,
      packageKey,
      manifestSha256,
      objects,
      bytes,
      retention,
    })),
    totals: {
      cases: mine.length,
      paperSheets: paper.reduce((sum, p) => sum + p.originals + p.copies, 0),
      objects: mine.reduce((sum, e) => sum + e.objects, 0),
      bytes: mine.reduce((sum, e) => sum + e.bytes, 0),
    },
  };
}

// --- verification: 真实性, 完整性, 可用性, 安全性 ------------------------------------------------------

export type PropertyStatus = 'pass' | 'fail' | 'unverified';

export interface PropertyResult {
  status: PropertyStatus;
  problems: string[];
}

export const PROPERTIES = ['authenticity', 'integrity', 'usability', 'security'] as const;
export type Property = (typeof PROPERTIES)[number];

/** Object Lock as storage reports it for one object; undefined fields: not reported. */
export interface LockReading {
  mode?: string;
  retainUntil?: string;
}

export interface ObjectRead {
  key: string;
  /** undefined: the object is not there (or not readable). */
  bytes?: Uint8Array;
  lock?: LockReading;
}

export interface PackageReading {
  caseNumber: string;
  /** The package read: the one the case records, else the one its archive entry lists. */
  packageKey: string;
  /** What the case record says was archived. */
  recorded?: NonNullable<CaseRecord['archived']>;
  /** Metadata the manifest must agree with. */
  expected: Pick<CaseRecord, 'centre' | 'department' | 'itemCode'>;
  manifest: ObjectRead;
  /** Each object the manifest lists, read back (empty when the manifest is unusable). */
  objects: readonly ObjectRead[];
}

export interface VerificationResult {
  caseNumber: string;
  packageKey: string;
  checkedAt: string;
  status: 'passed' | 'failed';
  properties: Record<Property, PropertyResult>;
}

/** Whether the bytes can be opened as what the manifest says they are. */
function usable(contentType: string, bytes: Uint8Array): boolean {
  if (contentType === 'application/json') {
    try {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      return true;
    } catch {
      return false;
    }
  }
  return sniffContentType(bytes.subarray(0, 16)) === contentType;
}

const result = (problems: string[], unverified?: string): PropertyResult =>
  problems.length
    ? { status: 'fail', problems }
    : unverified
      ? { status: 'unverified', problems: [unverified] }
      : { status: 'pass', problems: [] };

/**
 * Judges one package from what was read back:
 * - 真实性 authenticity: the manifest is the one recorded on the case (SHA-256), and names that case;
 * - 完整性 integrity: every listed object is there with its size and SHA-256, the case record and audit trail included;
 * - 可用性 usability: the manifest parses, and each object opens as its content type;
 * - 安全性 security: each object is under Object Lock COMPLIANCE until the retention date. Storage that
 *   reports no lock at all (the local s3rver) leaves it `unverified`, never `pass`.
 */
export function verifyPackage(reading: PackageReading, at: Date): VerificationResult {
  const { recorded, manifest: read, packageKey } = reading;
  const authenticity: string[] = [];
  const integrity: string[] = [];
  const usability: string[] = [];
  const security: string[] = [];

  const parsed: ManifestParse = read.bytes ? parseManifest(read.bytes) : { ok: false, problem: `The manifest ${read.key} is missing.` };
  if (!recorded) authenticity.push(`Case ${reading.caseNumber} has no archive record to check the package against.`);
  if (!read.bytes) {
    authenticity.push(`The manifest ${read.key} is missing.`);
    integrity.push(`The manifest ${read.key} is missing, so the package's objects cannot be accounted for.`);
  } else if (recorded && sha256Hex(read.bytes) !== recorded.manifestSha256) {
    authenticity.push(
      `The manifest's SHA-256 ${sha256Hex(read.bytes)} is not the ${recorded.manifestSha256} recorded when the case was archived.`,
    );
  }
  if (!parsed.ok) usability.push(parsed.problem);

  const locks: { key: string; lock?: LockReading }[] = [{ key: read.key, lock: read.lock }];
  if (parsed.ok) {
    const m = parsed.manifest;
    const mismatched = (
      [
        ['caseNumber', m.caseNumber, reading.caseNumber],
        ['packageKey', m.packageKey, packageKey],
        ['centre', m.centre, reading.expected.centre],
        ['department', m.department, reading.expected.department],
        ['item.code', m.item.code, reading.expected.itemCode],
      ] as const
    ).filter(([, got, want]) => got !== want);
    for (const [field, got, want] of mismatched) authenticity.push(`The manifest's ${field} is "${got}", the case's is "${want}".`);

    for (const role of ['case_record', 'audit_trail'] as const) {
      if (!m.objects.some((o) => o.role === role)) integrity.push(`The manifest lists no ${role}.`);
    }
    const seen = new Set<string>();
    const reads = new Map(reading.objects.map((o) => [o.key, o]));
    for (const o of m.objects) {
      if (seen.has(o.key)) integrity.push(`${o.key} is listed twice.`);
      seen.add(o.key);
      if (!o.key.startsWith(`${packageKey}/`)) integrity.push(`${o.key} lies outside the package ${packageKey}.`);
      const got = reads.get(o.key);
      locks.push({ key: o.key, lock: got?.lock });
      if (!got?.bytes) {
        integrity.push(`${o.key} (${o.title}) is missing.`);
        continue;
      }
      const actual = sha256Hex(got.bytes);
      if (actual !== o.sha256) integrity.push(`${o.key} (${o.title}) has SHA-256 ${actual}, not the archived ${o.sha256}: it was changed.`);
      else if (got.bytes.length !== o.size) integrity.push(`${o.key} (${o.title}) is ${got.bytes.length} bytes, not ${o.size}.`);
      if (!usable(o.contentType, got.bytes)) usability.push(`${o.key} (${o.title}) does not open as ${o.contentType}.`);
    }
  }

  const retainUntil = parsed.ok ? parsed.manifest.retention.retainUntil : undefined;
  const reported = locks.filter((l) => l.lock?.mode || l.lock?.retainUntil);
  let unverified: string | undefined;
  if (reported.length === 0) {
    unverified =
      'The storage reports no Object Lock retention for any object of the package (the local s3rver does not implement Object Lock), so it could not be checked.';
  } else {
    for (const { key, lock } of locks) {
      if (!lock?.mode && !lock?.retainUntil) security.push(`${key} has no Object Lock retention.`);
      else if (lock.mode !== 'COMPLIANCE') security.push(`${key} is locked in ${lock.mode ?? 'no'} mode, not COMPLIANCE.`);
      else if (!lock.retainUntil || (retainUntil && Date.parse(lock.retainUntil) < Date.parse(retainUntil))) {
        security.push(`${key} is retained until ${lock.retainUntil ?? 'an unknown date'}, before the package's ${retainUntil}.`);
      }
    }
  }

  const properties: Record<Property, PropertyResult> = {
    authenticity: result(authenticity),
    integrity: result(integrity),
    usability: result(usability),
    security: result(security, unverified),
  };
  return {
    caseNumber: reading.caseNumber,
    packageKey,
    checkedAt: at.toISOString(),
    status: PROPERTIES.some((p) => properties[p].status === 'fail') ? 'failed' : 'passed',
    properties,
  };
}

const FIXITY_TEXT: Record<FixityProblem['problem'], string> = {
  missing: 'is missing from storage',
  sha256_mismatch: 'does not match the SHA-256 recorded when it was stored',
  size_mismatch: 'does not have the size recorded when it was stored',
};

/**
 * The result listed for a case that could not be archived because objects failed their fixity check
 * at copy time: integrity fails with each object named; nothing else could be judged.
 */
export function fixityFailure(caseNumber: string, problems: readonly FixityProblem[], at: Date): VerificationResult {
  const notArchived: PropertyResult = {
    status: 'unverified',
    problems: ['The case was not archived: its objects failed the fixity check.'],
  };
  return {
    caseNumber,
    packageKey: packageKeyOf(caseNumber, at),
    checkedAt: at.toISOString(),
    status: 'failed',
    properties: {
      authenticity: notArchived,
      integrity: {
        status: 'fail',
        problems: problems.map(
          (p) => `${p.sourceKey} (${p.role} ${p.ref}) ${FIXITY_TEXT[p.problem]}${p.actual ? `: ${p.actual}, recorded ${p.expected}` : ''}.`,
        ),
      },
      usability: notArchived,
      security: notArchived,
    },
  };
}

/** The properties that failed, e.g. for the supervision event. */
export const failedProperties = (r: VerificationResult): Property[] => PROPERTIES.filter((p) => r.properties[p].status === 'fail');

/** A failure is news (an event for supervisors) unless the previous check failed the same way. */
export function isNewFailure(previous: VerificationResult | undefined, current: VerificationResult): boolean {
  if (current.status !== 'failed') return false;
  if (previous?.status !== 'failed') return true;
  const problems = (r: VerificationResult) => JSON.stringify(PROPERTIES.map((p) => r.properties[p].problems));
  return problems(previous) !== problems(current);
}
