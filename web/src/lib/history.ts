import { AUDIT_STEP_LABELS } from '../../../functions/domain/step-labels';
import { formatDateTime, stateLabel } from './format';

/** Chinese names of the roles as the case history shows who acted. */
export const ROLE_NAMES: Record<string, string> = {
  intake_clerk: '收件窗口',
  approver: '后台审批',
  output_clerk: '出件窗口',
  supervisor: '监察',
  county_system: '县级系统',
  system: '系统',
  applicant: '申请人',
};

export interface HistoryLine {
  at: string;
  action: string;
  toState: string;
  result?: string;
  actor: { name: string; role: string; department?: string };
}

/** 办理环节 in Chinese (the applicant's progress page names them the same way); an unknown action as it is. */
export function stepLabel(action: string): string {
  return action in AUDIT_STEP_LABELS ? AUDIT_STEP_LABELS[action as keyof typeof AUDIT_STEP_LABELS] : action;
}

/**
 * Who acted, as a clerk reads it: 李审批（后台审批 · 人社局）; the system's own steps (the workflow,
 * the sweep) simply as 系统, not by an internal name.
 */
export function actorLabel(actor: HistoryLine['actor']): string {
  if (actor.role === 'system') return '系统';
  const role = ROLE_NAMES[actor.role] ?? actor.role;
  return `${actor.name}（${role}${actor.department ? ` · ${actor.department}` : ''}）`;
}

/** One line of the case history: 2026-12-07 11:05 · 李审批（后台审批 · 人社局）· 受理 → 办理中. */
export function historyText(line: HistoryLine): string {
  // A reverted line (a step undone by the workflow) stays in the history, marked.
  const failed = line.result === 'reverted' ? '（已撤销）' : '';
  return `${formatDateTime(line.at)} · ${actorLabel(line.actor)} · ${stepLabel(line.action)}${failed} → ${stateLabel(line.toState)}`;
}
