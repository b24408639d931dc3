import { WORKFLOW_ACTOR } from './case/actor';
import type { AuditEntry } from './case/transition';
import type { CaseAction } from './case/lifecycle';
import { executionName } from './workflow';

/** EventBridge detail-type of each transition: what county systems subscribe to. */
export const EVENT_DETAIL_TYPES: Record<CaseAction, string> = {
  register: 'CaseRegistered',
  complete_intake: 'CaseSupplemented',
  forward: 'CaseForwarded',
  open_step: 'CaseStepOpened',
  accept: 'CaseAccepted',
  refuse: 'CaseNotAccepted',
  request_supplement: 'CaseSupplementRequested',
  supplement: 'CaseSupplementReceived',
  lapse: 'CaseLapsed',
  start_special_procedure: 'CaseSpecialProcedureStarted',
  end_special_procedure: 'CaseSpecialProcedureEnded',
  extend: 'CaseExtended',
  change_deadline: 'CaseDeadlineChanged',
  reassign: 'CaseReassigned',
  co_opinion: 'CaseCoOpinionGiven',
  // The outbound request to the higher authority (上报): its systems subscribe to this one.
  report: 'CaseReportedToHigherAuthority',
  decide: 'CaseDecided',
  result_ready: 'CaseResultReady',
  change_delivery: 'CaseDeliveryMethodChanged',
  dispatch: 'CaseResultMailed',
  hand_over: 'CaseHandedOver',
  close: 'CaseClosed',
  withdraw: 'CaseWithdrawn',
  // Operators' news: a CloudWatch alarm watches CaseStalled.
  stall: 'CaseStalled',
  restart_workflow: 'CaseWorkflowRestarted',
  bring_deferred: 'CaseDeferredMaterialReceived',
  miss_deferral: 'CaseDeferralMissed',
  terminate: 'CaseTerminated',
  rate: 'CaseRated',
};

export function detailTypeOf(audit: AuditEntry): string {
  return audit.result === 'reverted' ? `${EVENT_DETAIL_TYPES[audit.action]}Reverted` : EVENT_DETAIL_TYPES[audit.action];
}

/** The event body: the audit line itself (who, role, when, action, result) — no personal data. */
export function eventDetail(audit: AuditEntry) {
  return {
    caseNumber: audit.caseNumber,
    seq: audit.seq,
    action: audit.action,
    fromState: audit.fromState,
    toState: audit.toState,
    result: audit.result,
    department: audit.department,
    itemCode: audit.itemCode,
    at: audit.at,
    actor: { role: audit.actor.role, subject: audit.actor.subject, department: audit.actor.department },
    // A moved deadline tells subscribers the old and the new day.
    ...(audit.action === 'change_deadline' ? { deadline: audit.details } : {}),
  };
}

/** The workflow opening a step (storing its task token) is audited, but is not news anyone subscribes to. */
export function isPublished(audit: AuditEntry): boolean {
  return audit.action !== 'open_step' && audit.details.retried !== true;
}

/** The execution to start, its name and input. */
export interface ExecutionStart {
  caseNumber: string;
  name: string;
  input: { caseNumber: string; decidedAtWindow?: boolean; run?: number };
}

/**
 * When a case's execution starts: once it leaves intake — registered complete, or decided on the
 * spot (即办, which skips the back office) — and when the reconciler restarts it (the next run,
 * named `caseNumber-run`). An application waiting for correction has none yet.
 */
export function executionStartFor(audit: AuditEntry): ExecutionStart | undefined {
  if (audit.result !== 'ok') return undefined;
  const { caseNumber } = audit;
  if (audit.action === 'restart_workflow' && typeof audit.details.run === 'number') {
    return { caseNumber, name: executionName(caseNumber, audit.details.run), input: { caseNumber, run: audit.details.run } };
  }
  if (audit.action !== 'register' && audit.action !== 'complete_intake') return undefined;
  if (audit.toState === 'registered') return { caseNumber, name: caseNumber, input: { caseNumber, decidedAtWindow: false } };
  if (audit.toState === 'approved' || audit.toState === 'denied') return { caseNumber, name: caseNumber, input: { caseNumber, decidedAtWindow: true } };
  return undefined;
}

/** A person's (or a county system's) step may have resumed the execution: its outbox is delivered. */
export function mayResumeWorkflow(audit: AuditEntry): boolean {
  return audit.result === 'ok' && audit.actor.subject !== WORKFLOW_ACTOR.subject;
}

/** A withdrawn case's execution is stopped (also when deemed withdrawn, or terminated for a missed 容缺 commitment): nothing is left waiting for it. */
export function executionStopFor(audit: AuditEntry): { caseNumber: string } | undefined {
  return (audit.action === 'withdraw' || audit.action === 'lapse' || audit.action === 'terminate') && audit.result === 'ok' ? { caseNumber: audit.caseNumber } : undefined;
}

/** A flagged audit line (e.g. a refusal without reasons) is also a supervision warning for the department and supervisors. */
export function supervisionFlagsOf(audit: AuditEntry): string[] {
  const flags = audit.details.flags;
  return audit.result === 'ok' && Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
}
