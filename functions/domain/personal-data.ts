import type { CaseRecord } from './case';
import type { CourierAddress } from './case';
import { forbidden } from './errors';
import type { Principal } from './principal';

/**
 * Personal data of a case (个人信息): names, identity numbers and phones of the applicant and agent.
 * Stored only sealed (encrypted); everywhere else the case shows masked values. It is opened for
 * the people whose work needs it, and every opening is recorded.
 */
export interface PersonalData {
  applicant: { kind: 'person' | 'legal_person'; name: string; idNumber: string; phone?: string };
  agent?: { name: string; idNumber: string };
  /** 邮寄地址, when the result is to be mailed. */
  delivery?: { address: CourierAddress };
}

/** Encrypted data as stored: the encrypted data key, IV, GCM tag and ciphertext, base64. */
export interface Sealed {
  v: 1;
  key: string;
  iv: string;
  tag: string;
  data: string;
}

/**
 * Who may see the full identity: the department's approvers (legal review) and the output window
 * (identity check at hand-over), both of the case's own centre.
 */
export function assertMaySeePersonalData(principal: Principal, record: CaseRecord): void {
  const sameCentre = principal.centre === record.centre;
  if (principal.role === 'approver' && sameCentre && principal.department === record.department) return;
  if (principal.role === 'output_clerk' && sameCentre) return;
  throw forbidden(
    'personal_data_restricted',
    'Full names and identity numbers are shown only to the department’s approvers and the output window; everyone else sees them masked.',
    { caseNumber: record.caseNumber, role: principal.role },
  );
}
