import type { AuditEntry } from './case/transition';
import type { CaseRecord } from './case/records';
import { sha256Hex } from './archive';

/**
 * 归档补充件 (addendum): what happens to a case after its file was archived — the applicant's rating
 * (好差评) above all — cannot enter the frozen package. It goes into an addendum package of its own,
 * linked to the original by the original's package key and manifest SHA-256, with its own manifest
 * and hash. Rules only: no AWS here.
 */
export interface ArchiveAddendum {
  packageKey: string;
  manifestKey: string;
  manifestSha256: string;
  at: string;
  /** The audit lines it carries (their seq), so a redelivered event adds nothing twice. */
  seqs: number[];
  actions: string[];
}

export interface AddendumPackage {
  addendum: ArchiveAddendum;
  objects: { key: string; bytes: Uint8Array; sha256: string; size: number; contentType: string; role: 'audit_trail' }[];
  manifestBytes: Uint8Array;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** The audit lines written after the case was archived (its version then), not yet in any addendum. */
export function linesAfterArchive(record: CaseRecord, history: readonly AuditEntry[], earlier: readonly ArchiveAddendum[]): AuditEntry[] {
  const done = new Set(earlier.flatMap((a) => a.seqs));
  return history.filter((line) => line.seq > record.version && !done.has(line.seq));
}

/** Builds the addendum package of `lines` for an archived case, under the original package's prefix. */
export function buildAddendum(record: CaseRecord, lines: readonly AuditEntry[], at: Date): AddendumPackage {
  const archived = record.archived;
  if (!archived) throw new Error(`Case ${record.caseNumber} is not archived; its lines belong in its own package`);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const packageKey = `packages/${record.caseNumber}/addenda/${stamp}/`;
  const trail = json(lines);
  const objects = [{ key: `${packageKey}audit-lines.json`, bytes: trail, sha256: sha256Hex(trail), size: trail.length, contentType: 'application/json', role: 'audit_trail' as const }];
  const manifest = {
    standard: 'GB/T 42727-2023',
    kind: 'addendum', // 补充件
    caseNumber: record.caseNumber,
    itemCode: record.itemCode,
    itemName: record.itemName,
    department: record.department,
    // The package this one supplements; the original stays as it was archived.
    supplements: { packageKey: archived.packageKey, manifestSha256: archived.manifestSha256, archivedAt: archived.at },
    createdAt: at.toISOString(),
    contents: lines.map((l) => ({ seq: l.seq, action: l.action, at: l.at, actor: { role: l.actor.role, name: l.actor.name } })),
    objects: objects.map(({ bytes: _b, ...o }) => o),
  };
  const manifestBytes = json(manifest);
  return {
    addendum: {
      packageKey,
      manifestKey: `${packageKey}manifest.json`,
      manifestSha256: sha256Hex(manifestBytes),
      at: at.toISOString(),
      seqs: lines.map((l) => l.seq),
      actions: lines.map((l) => l.action),
    },
    objects,
    manifestBytes,
  };
}
