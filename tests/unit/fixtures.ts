/** Shared builders for the unit tests (not a test file). Check characters are computed here independently of the domain code. */
import { AppError } from '#domain/errors';
import { expect } from 'vitest';
import { registerCase } from '#domain/case/registration';
import type { Actor } from '#domain/case/actor';
import type { CaseMaterial } from '#domain/case/application';
import type { CaseRecord } from '#domain/case/records';
import { newItemVersion, ServiceItemInputSchema, type ServiceItem } from '#domain/item';
import type { Principal } from '#domain/principal';

/** GB 11643 check char: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 → X. */
export function gbCitizenCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}
export const citizenId = (first17: string) => first17 + gbCitizenCheck(first17);

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 check char: weights 3^i mod 31, check = 31 - sum mod 31 (31 → 0). */
export function gbCreditCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}
export const creditCode = (first17: string) => first17 + gbCreditCheck(first17);

export const T0 = new Date('2026-03-02T01:30:00Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export const itemInput = (overrides: Record<string, unknown> = {}) =>
  ServiceItemInputSchema.parse({
    basicCode: '000123456000',
    implementationCode: '11330100MB0000001X0001',
    name: '失业保险金申领',
    department: '人社局',
    itemType: 'promised',
    statutoryDays: 20,
    promisedDays: 5,
    materials: [
      { code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' },
      { code: 'SEPARATION', name: '解除劳动关系证明', required: true, originals: 1, copies: 0, form: 'paper' },
      { code: 'BANK', name: '本人银行卡', required: false, originals: 0, copies: 1, form: 'paper' },
    ],
    ...overrides,
  });

export const item = (overrides: Record<string, unknown> = {}): ServiceItem =>
  newItemVersion(itemInput(overrides), undefined, 'supervisor-1', T0);

export const CLERK: Actor = { subject: 'clerk-1', name: '王*', role: 'intake_clerk' };
export const APPROVER: Actor = { subject: 'appr-1', name: '李*', role: 'approver', department: '人社局' };
export const OUTPUT: Actor = { subject: 'out-1', name: '赵*', role: 'output_clerk' };

export const material = (code: string): CaseMaterial => ({
  code,
  name: code,
  objectKey: `uploads/${code}.pdf`,
  sha256: 'a'.repeat(64),
  size: 1234,
  contentType: 'application/pdf',
});

export function registered(overrides: { actor?: Actor; centre?: string; caseNumber?: string } = {}): CaseRecord {
  return registerCase({
    caseNumber: overrides.caseNumber ?? 'HZ202603020001',
    centre: overrides.centre ?? 'HZ',
    item: item(),
    applicant: { kind: 'person', name: '张*', idNumberMasked: '110***********002X' },
    channel: 'window',
    materials: [material('ID'), material('SEPARATION')],
    actor: overrides.actor ?? CLERK,
    at: T0,
  }).record;
}

export const principal = (p: Partial<Principal> & Pick<Principal, 'role'>): Principal => ({
  subject: 'someone',
  name: 'Someone',
  ...p,
});

/** The AppError a rule throws, failing the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}
