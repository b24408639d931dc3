import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAddendum, linesAfterArchive } from '#domain/archive-addendum';
import { archivedError, refusedChange } from '#domain/archived';
import type { CaseRecord } from '#domain/case/records';
import type { AuditEntry } from '#domain/case/transition';
import { departmentProfile } from '#domain/department';
import { CLERK, OUTPUT, registered, thrown } from './fixtures';

const ARCHIVED = { at: '2026-04-01T08:00:00.000Z', packageKey: 'packages/HZ202603020001/', manifestSha256: 'a'.repeat(64) };
/** A case archived at version 7: its lines 1–7 are in the package. */
const archivedCase = (): CaseRecord => ({ ...registered(), state: 'closed', version: 7, archived: ARCHIVED });

const line = (seq: number, action: AuditEntry['action'], actor = OUTPUT): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq,
  at: `2026-04-0${seq - 5}T02:00:00.000Z`,
  action,
  fromState: 'closed',
  toState: 'closed',
  result: 'ok',
  actor,
  department: '人社局',
  itemCode: '11330100MB0000001X0001',
  details: { level: 1 },
});
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('归档补充件: what happens after archiving goes into an addendum', () => {
  it('takes only the lines written after the archived version and not already in an earlier addendum', () => {
    const history = [line(6, 'hand_over'), line(7, 'close'), line(8, 'rate'), line(9, 'rate'), line(10, 'rate')];
    expect(linesAfterArchive(archivedCase(), history, []).map((l) => l.seq)).toEqual([8, 9, 10]);
    const earlier = [
      {
        packageKey: 'p/',
        manifestKey: 'p/manifest.json',
        manifestSha256: 'b'.repeat(64),
        at: ARCHIVED.at,
        seqs: [8, 10],
        actions: ['rate', 'rate'],
      },
    ];
    expect(linesAfterArchive(archivedCase(), history, earlier).map((l) => l.seq)).toEqual([9]);
  });

  it('packages the lines under the original package’s prefix, linked to it by its manifest hash', () => {
    const lines = [line(8, 'rate')];
    const built = buildAddendum(archivedCase(), lines, new Date('2026-04-03T09:15:30.250Z'));
    const prefix = 'packages/HZ202603020001/addenda/2026-04-03T09-15-30-250Z/';
    const trail = `${JSON.stringify(lines, null, 2)}\n`;
    expect(built.objects).toEqual([
      {
        key: `${prefix}audit-lines.json`,
        bytes: new TextEncoder().encode(trail),
        sha256: sha256(trail),
        size: Buffer.byteLength(trail),
        contentType: 'application/json',
        role: 'audit_trail',
      },
    ]);
    const manifest = {
      standard: 'GB/T 42727-2023',
      kind: 'addendum',
      caseNumber: 'HZ202603020001',
      itemCode: '11330100MB0000001X0001',
      itemName: '失业保险金申领',
      department: '人社局',
      supplements: { packageKey: 'packages/HZ202603020001/', manifestSha256: 'a'.repeat(64), archivedAt: '2026-04-01T08:00:00.000Z' },
      createdAt: '2026-04-03T09:15:30.250Z',
      contents: [{ seq: 8, action: 'rate', at: '2026-04-03T02:00:00.000Z', actor: { role: 'output_clerk', name: '赵*' } }],
      objects: [
        {
          key: `${prefix}audit-lines.json`,
          sha256: sha256(trail),
          size: Buffer.byteLength(trail),
          contentType: 'application/json',
          role: 'audit_trail',
        },
      ],
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    expect(new TextDecoder().decode(built.manifestBytes)).toBe(manifestText);
    expect(built.addendum).toEqual({
      packageKey: prefix,
      manifestKey: `${prefix}manifest.json`,
      manifestSha256: sha256(manifestText),
      at: '2026-04-03T09:15:30.250Z',
      seqs: [8],
      actions: ['rate'],
    });
  });

  it('refuses to build one for a case that is not archived', () => {
    expect(() => buildAddendum(registered(), [line(8, 'rate')], new Date())).toThrow(
      'Case HZ202603020001 is not archived; its lines belong in its own package',
    );
  });
});

describe('an archived case never changes', () => {
  it('records the refused change with the package it is kept in', () => {
    const attempt = { caseNumber: 'HZ202603020001', actor: CLERK, action: 'withdraw', toState: 'withdrawn' };
    expect(refusedChange(ARCHIVED, attempt, new Date('2026-05-01T00:00:00Z'))).toEqual({
      caseNumber: 'HZ202603020001',
      at: '2026-05-01T00:00:00.000Z',
      action: 'withdraw',
      attemptedState: 'withdrawn',
      actor: CLERK,
      packageKey: 'packages/HZ202603020001/',
    });
  });

  it('answers 409 archived, naming the day it was archived', () => {
    const e = thrown(() => {
      throw archivedError('HZ202603020001', ARCHIVED);
    });
    expect([e.status, e.code]).toEqual([409, 'archived']);
    expect(e.message).toBe(
      'Case HZ202603020001 was archived on 2026-04-01 (GB/T 42727); an archived case cannot be changed. The attempt was recorded.',
    );
    expect(e.details).toEqual({
      caseNumber: 'HZ202603020001',
      archivedAt: '2026-04-01T08:00:00.000Z',
      packageKey: 'packages/HZ202603020001/',
    });
  });
});

describe('a department as its papers name it', () => {
  const HRSS = { name: '人社局', fullName: '合作市人力资源和社会保障局', reviewBody: '合作市人民政府', court: '合作市人民法院' };
  it('is the catalog’s profile when there is one, else named by its short name with no review body', () => {
    const known = new Map([['人社局', HRSS]]);
    expect(departmentProfile('人社局', known)).toEqual(HRSS);
    expect(departmentProfile('民政局', known)).toEqual({ name: '民政局', fullName: '民政局' });
  });
});
