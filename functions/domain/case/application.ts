/** What the applicant brings to the window: who applies, the materials, a correction (补正) and a deferral (容缺). */
import type { Actor } from './actor';

export type Channel = 'window' | 'online' | 'county_system';

export interface Applicant {
  kind: 'person' | 'legal_person'; // 自然人 / 法人
  /** Masked for display (maskName); the full name is never stored in the case for issue scope. */
  name: string;
  /** Masked identity number (maskIdNumber). */
  idNumberMasked: string;
  phone?: string;
}

/** 帮办代办: who applies for the applicant, why, and on what authority. */
export interface Agent {
  /** proxy: a person the applicant authorised (授权委托书); centre_helper: the centre's own 帮办员. */
  kind: 'proxy' | 'centre_helper';
  /** Masked like the applicant's. */
  name: string;
  idNumberMasked: string;
  reason: 'elderly' | 'disabled' | 'pregnant' | 'ill' | 'other';
  /** The scanned authorisation letter (proxy), or the recorded consent (centre helper). */
  authorisation: { document?: CaseMaterial; note?: string };
}

export interface CaseMaterial {
  code: string;
  name: string;
  objectKey: string;
  sha256: string;
  size: number;
  contentType: string;
  /** 材料复用: not brought again; linked from the case that checked it against its original. */
  reusedFrom?: { caseNumber: string; verifiedAt: string };
}

/** A missing or defective material, with the reason the applicant is told. */
export interface MaterialProblem {
  code: string;
  name: string;
  problem: string;
}

/** 一次性补正: everything missing or defective, told once. */
export interface Correction {
  requestedAt: string;
  problems: MaterialProblem[];
  resolvedAt?: string;
}

/** A deferred material: its own due day, and when it was brought (the scan joins the case's materials). */
export interface DeferredMaterial {
  code: string;
  name: string;
  /** China-local day; cases received before per-material days had only the deferral's. */
  dueDate?: string;
  broughtAt?: string;
  broughtBy?: Actor;
  /** Brought after its due day. */
  late?: boolean;
}

/** 容缺承诺未履行: a due day passed with the material outstanding; kept so supervisors can set a credit flag. */
export interface MissedCommitment {
  recordedAt: string;
  materials: { code: string; name: string; dueDate: string }[];
}

/** What the county's rule does when a 容缺 due day passes: end the case (终止办理), or let it wait. */
export const DEFERRAL_LAPSE_RULES = ['terminate', 'wait'] as const;
export type DeferralLapseRule = (typeof DEFERRAL_LAPSE_RULES)[number];

/** 容缺受理: secondary materials brought later under the applicant's written commitment. */
export interface Deferral {
  materials: DeferredMaterial[];
  /** The item's rule when the commitment was signed; `wait` when absent. */
  onLapse?: DeferralLapseRule;
  missed?: MissedCommitment;
  /** China-local day, no later than the promised limit. */
  dueDate: string;
  /** 承诺书: what the applicant committed to, as signed. */
  commitment: string;
}
