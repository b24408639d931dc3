/** The case record (办件) and the parts the back office, the workflow and the output window add to it. */
import type { ItemType, LimitUnit } from '#domain/item';
import type { CourierAddress, Sealed } from '#domain/personal-data';
import type { Actor } from './actor';
import type { Agent, Applicant, CaseMaterial, Channel, Correction, Deferral, MaterialProblem } from './application';
import type { CaseState, WaitStep } from './lifecycle';

export interface Decision {
  outcome: 'approve' | 'deny'; // 准予 / 不予
  opinion: string; // 审批意见
  decidedAt: string;
  decidedBy: Actor;
}

/** 办理结果: the licence (许可证) or decision document (准予 / 不予许可决定书) the department issues. */
export interface ResultDocument {
  kind: 'licence' | 'decision_document';
  number: string; // 证照编号 / 文号
  title: string;
  issuer: string; // 发证机关 / 作出决定的机关
  validFrom?: string; // 有效期起, YYYY-MM-DD
  validUntil?: string; // 有效期止
}

/** A stored object with its fixity value (SHA-256), as scanned into the case. */
export interface StoredObject {
  objectKey: string;
  sha256: string;
  size: number;
  contentType: string;
}

export interface CaseResult extends ResultDocument {
  attachedAt: string;
  attachedBy: Actor;
  /** The output window's scan of the paper result (核验扫描). */
  scan?: StoredObject & { scannedAt: string; scannedBy: Actor };
}


/** The address as the case shows it: the same fields, the person, phone and street masked (see maskAddress). */
export type CourierAddressView = CourierAddress;

/** 送达方式 chosen at intake: pickup at the output window (窗口领取) or courier (邮寄送达). */
export type DeliveryChoice = { method: 'pickup' } | { method: 'courier'; address: CourierAddressView };

/** 邮寄: the result left the window with a carrier. */
export interface Dispatch {
  carrier: string;
  trackingNumber: string;
  sentOn: string;
  address: CourierAddressView;
  dispatchedAt: string;
  dispatchedBy: Actor;
}

/** Who collected the result at the window and how their identity was checked. */
export interface PickupRecipient {
  kind: 'applicant' | 'proxy';
  /** Masked like the applicant's. */
  name: string;
  idNumberMasked: string;
  /** applicant_key: the presented identity number matched the applicant's key; authorisation: a proxy's letter was scanned. */
  verifiedBy: 'applicant_key' | 'authorisation';
  authorisation?: StoredObject;
}

export type Handover =
  | { method: 'pickup'; recipient: PickupRecipient; signature: StoredObject; handedOverAt: string; handedOverBy: Actor }
  | { method: 'courier'; carrier: string; trackingNumber: string; sentOn: string; receivedOn: string; handedOverAt: string; handedOverBy: Actor };

export interface PendingTask {
  step: WaitStep;
  token: string;
  /** When the step began (待办 since): step-level limits count from here. */
  since: string;
}

/** 受理: the day the clock starts. `deemed`: not reviewed within 5 working days, so it counts from receipt (第32条). */
export interface Acceptance {
  acceptedOn: string;
  acceptedAt: string;
  deemed: boolean;
  acceptedBy: Actor;
}

/** 不予受理: the reason and its legal basis are told to the applicant with the right to review or sue. */
export interface Refusal {
  reason: string;
  legalBasis: string;
  refusedAt: string;
  refusedBy: Actor;
}

/** 补正 requested by the back office: every problem at once, and the day by which to bring it. */
export interface SupplementRequest {
  problems: MaterialProblem[];
  dueDate: string;
  requestedAt: string;
  requestedBy: Actor;
  suppliedAt?: string;
}

/** 特别程序 (行政许可法 第45条): time spent in them is not counted in the limit. */
export const SPECIAL_PROCEDURE_KINDS = {
  hearing: '听证',
  tender: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
  site_survey: '勘验',
} as const;
export type SpecialProcedureKind = keyof typeof SPECIAL_PROCEDURE_KINDS;

export interface Pause {
  kind: SpecialProcedureKind;
  reason: string;
  startedAt: string;
  startedBy: Actor;
  /** Working days the department expects it to take, told to the applicant. */
  expectedDays?: number;
  endedAt?: string;
  endedBy?: Actor;
  outcome?: string;
  /** Working days the clock stood still, fixed when the procedure ends. */
  pausedWorkingDays?: number;
  /** China-local days it started and ended (特别程序开始 / 结束日期). */
  startedOn?: string;
  endedOn?: string;
  /** The promised deadline when it started, and after it ended (moved by the paused working days). */
  deadlineBefore?: string;
  deadlineAfter?: string;
}

/** 延长审批: approved by the head of the body (本行政机关负责人), with the reason told to the applicant (第42条). */
export interface Extension {
  days: number;
  reason: string;
  approvedBy: string;
  recordedBy: Actor;
  at: string;
}

/** 承办人: the approver (A post) in charge; another approver of the department (B post) may act for them. */
export interface Assignee {
  subject: string;
  name: string;
  since: string;
  assignedBy: Actor;
}

/** 联办: one co-department's opinion; the lead department consolidates them in its decision. */
export interface CoOpinion {
  department: string;
  since: string;
  token?: string;
  outcome?: 'approve' | 'deny';
  opinion?: string;
  at?: string;
  by?: Actor;
}

/** 上报: the department's preliminary review (初审意见) sent with the file to the higher authority. */
export interface Report {
  authority: string;
  opinion: string;
  reportedAt: string;
  reportedBy: Actor;
}

export interface CaseRecord {
  caseNumber: string; // 办件编号
  centre: string;
  itemCode: string;
  itemVersion: number;
  itemName: string;
  itemType: ItemType;
  department: string;
  promisedDays: number; // 承诺时限, in limitUnit
  /** 时限单位: absent on cases of working-day items (the usual case). */
  limitUnit?: LimitUnit;
  applicant: Applicant;
  agent?: Agent;
  /** The full applicant (and agent) identity, encrypted: see domain/personal-data.ts. */
  personalData?: Sealed;
  /** HMAC of the applicant's identity number: the same applicant across cases, without the number. */
  applicantKey?: string;
  channel: Channel;
  materials: CaseMaterial[];
  state: CaseState;
  /** Incremented by every transition; the audit entry of a transition carries the new value. */
  version: number;
  receivedAt: string;
  submittedBy: Actor;
  /** Last day of the promised limit (承诺时限), China-local, counted on the working-day calendar. */
  promisedBy?: string;
  /** promisedBy was counted through a year whose official holiday schedule is not loaded (暂定, 以国务院公布的节假日安排为准). */
  provisional?: true;
  correction?: Correction;
  deferred?: Deferral;
  /** 即办件 decided at the window: the workflow skips the back office. */
  decidedAtWindow?: boolean;
  forwardedAt?: string;
  /** Forwarding time checked against the centre's limit; a late one is flagged for supervision. */
  forwarding?: ForwardingCheck;
  /** 联办件: the co-implementing departments (共同实施部门) that give opinions. */
  coDepartments?: string[];
  acceptance?: Acceptance;
  refusal?: Refusal;
  supplementRequest?: SupplementRequest;
  pauses?: Pause[];
  extension?: Extension;
  assignee?: Assignee;
  coOpinions?: CoOpinion[];
  report?: Report;
  decision?: Decision;
  /** 电子监察 findings on the case itself, e.g. a refusal without reasons. */
  flags?: string[];
  /** The result the approver attached (or the output window registered) and its scan. */
  result?: CaseResult;
  resultReadyAt?: string;
  /** 送达方式; absent on cases received before it was asked: pickup. */
  delivery?: DeliveryChoice;
  dispatch?: Dispatch;
  handover?: Handover;
  closedAt?: string;
  withdrawal?: { reason: string; withdrawnAt: string; recordedBy: Actor };
  /** 终止办理: why the case was ended without a decision (容缺承诺未履行). */
  termination?: { reason: string; terminatedAt: string; recordedBy: Actor };
  /** The task token the case's execution waits on; kept here, never put in a URL. */
  pendingTask?: PendingTask;
  /**
   * Outbox of a person's finished steps whose execution may not have heard yet: saved with the step,
   * delivered (SendTaskSuccess) from the table stream and again by the reconciler until the execution
   * opens its next wait. Never shown.
   */
  resumptions?: Resumption[];
  /** The workflow failed at a step: shown to supervisors until the case is back on track. */
  stalled?: Stall;
  /** Which execution carries the case: 1 (named by the case number) unless the reconciler restarted it. */
  workflowRun?: number;
  /** 已归档 (GB/T 42727): set once the case file is in the archive; from then on the record never changes. */
  archived?: { at: string; packageKey: string; manifestSha256: string };
}

export interface Resumption {
  token: string;
  /** JSON the execution is resumed with (what the person decided; the record stays the truth). */
  output: string;
  at: string;
}

export interface Stall {
  at: string;
  /** The error Step Functions caught (e.g. States.TaskFailed) and its cause. */
  error: string;
  cause: string;
  /** The execution run that stalled. */
  run: number;
}

export interface ForwardingCheck {
  minutes: number;
  limitMinutes: number;
  late: boolean;
}
