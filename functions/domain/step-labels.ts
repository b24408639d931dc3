/**
 * Chinese names of the audit actions (办理环节), one map for the applicant's progress page and the
 * staff's case history in the workbench. Plain data, no imports: the browser bundle reads it too.
 */
export const AUDIT_STEP_LABELS = {
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
} as const;

export type AuditStepAction = keyof typeof AUDIT_STEP_LABELS;
