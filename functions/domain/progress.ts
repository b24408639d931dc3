import { createHmac, timingSafeEqual } from 'node:crypto';
import { deliveryOf } from './case/output';
import type { AuditEntry } from './case/transition';
import type { CaseRecord } from './case/records';
import type { CaseState } from './case/lifecycle';
import { notFound } from './errors';

/**
 * 办件进度查询: what an applicant may see of a case without signing in — the case number and the
 * query code from the intake receipt. The code is derived, not stored: an HMAC of the case number
 * under the case's applicant key, so a retried intake gives the same code.
 */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 8;

export function queryCodeFor(applicantKey: string, caseNumber: string): string {
  const mac = createHmac('sha256', applicantKey).update(`progress:${caseNumber}`).digest();
  return [...mac.subarray(0, QUERY_CODE_LENGTH)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** The public progress page (办件进度查询) with the case number and query code filled in: what the receipt's QR code opens. */
export function progressUrl(publicBaseUrl: string, caseNumber: string, queryCode: string): string {
  const url = new URL('progress', publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`);
  url.searchParams.set('case', caseNumber);
  url.searchParams.set('code', queryCode);
  return url.toString();
}

export function queryCodeMatches(record: CaseRecord, code: string): boolean {
  if (!record.applicantKey) return false;
  const expected = Buffer.from(queryCodeFor(record.applicantKey, record.caseNumber));
  const given = Buffer.from(code.trim().toUpperCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The case the number and code point at; one answer for "no such case" and "wrong code", telling a guesser nothing. */
export function assertQueryCode(record: CaseRecord | undefined, code: string): CaseRecord {
  if (!record || !queryCodeMatches(record, code)) {
    throw notFound('no_match', 'No case matches this case number and query code. Check both against the receipt (材料接收告知单).');
  }
  return record;
}

export const STATE_LABELS: Record<CaseState, string> = {
  incomplete: '待补正材料',
  registered: '已收件',
  pending_acceptance: '待受理',
  supplement_requested: '待补正（后台）',
  accepted: '已受理，审批中',
  special_procedure: '特别程序中',
  reported: '已上报上级机关',
  not_accepted: '不予受理',
  approved: '已办结（准予）',
  denied: '已办结（不予）',
  result_ready: '待领取',
  mailed: '已寄出',
  delivered: '已送达',
  closed: '已办结归档',
  withdrawn: '已撤回',
  terminated: '终止办理（容缺承诺未履行）',
};

const STEP_LABELS: Record<AuditEntry['action'], string> = {
  register: '收件登记',
  complete_intake: '补正材料齐全',
  forward: '转办至审批部门',
  open_step: '环节开始',
  accept: '受理',
  refuse: '不予受理',
  request_supplement: '要求补正',
  supplement: '补正材料提交',
  lapse: '逾期未补正，视为撤回',
  start_special_procedure: '特别程序开始',
  end_special_procedure: '特别程序结束',
  extend: '延长审批期限',
  change_deadline: '按公布的节假日安排调整办结期限',
  reassign: '改派承办人',
  co_opinion: '联办部门意见',
  report: '上报上级机关',
  decide: '审批决定',
  result_ready: '结果已到出件窗口',
  change_delivery: '变更送达方式',
  dispatch: '结果已寄出',
  hand_over: '送达',
  close: '办结归档',
  withdraw: '申请人撤回',
  stall: '流程异常，待恢复',
  restart_workflow: '流程已恢复',
  bring_deferred: '容缺材料补交',
  miss_deferral: '容缺材料逾期未补交',
  terminate: '终止办理',
  rate: '好差评',
};

/** No names, no identity numbers, no staff: states, dates, what is missing and where to collect. */
export function progressView(record: CaseRecord, history: AuditEntry[]) {
  return {
    caseNumber: record.caseNumber,
    itemName: record.itemName,
    department: record.department,
    applicant: record.applicant.name,
    state: record.state,
    stateLabel: STATE_LABELS[record.state],
    receivedAt: record.receivedAt,
    ...(record.promisedBy ? { promisedBy: record.promisedBy, ...(record.provisional ? { provisional: true } : {}) } : {}),
    ...(record.state === 'incomplete' && record.correction ? { missing: record.correction.problems.map((p) => ({ name: p.name, problem: p.problem })) } : {}),
    ...(record.state === 'supplement_requested' && record.supplementRequest
      ? { missing: record.supplementRequest.problems.map((p) => ({ name: p.name, problem: p.problem })), supplementDueDate: record.supplementRequest.dueDate }
      : {}),
    ...(record.deferred ? { deferred: { materials: record.deferred.materials.map((m) => m.name), dueDate: record.deferred.dueDate } } : {}),
    ...(record.resultReadyAt && record.state === 'result_ready' && deliveryOf(record).method === 'pickup' ? { readyForPickupSince: record.resultReadyAt } : {}),
    ...deliveryProgress(record),
    steps: history
      .filter((h) => h.result === 'ok' && h.action !== 'open_step' && h.action !== 'reassign')
      .map((h) => ({ at: h.at, step: STEP_LABELS[h.action], state: STATE_LABELS[h.toState] })),
  };
}

/** 出件 as the applicant follows it: the method, then the tracking number or who collected it (masked). */
function deliveryProgress(record: CaseRecord) {
  const method = deliveryOf(record).method;
  const h = record.handover;
  const d = record.dispatch;
  return {
    delivery: {
      method,
      ...(d ? { carrier: d.carrier, trackingNumber: d.trackingNumber, sentOn: d.sentOn } : {}),
      ...(h?.method === 'courier' ? { receivedOn: h.receivedOn } : {}),
      ...(h?.method === 'pickup' ? { collectedAt: h.handedOverAt, collectedBy: h.recipient.kind === 'applicant' ? '申请人本人' : `代领人${h.recipient.name}` } : {}),
    },
  };
}
