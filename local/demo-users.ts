import type { Role } from '#manifest';

/**
 * The people of the demo centre: the local sign-in page lists them per role, department and centre,
 * and each signs in with the same claims a Cognito user of that group would carry.
 */
export interface DemoUser {
  /** Account id (the token's `sub`). */
  subject: string;
  name: string;
  role: Role;
  /** 岗位, as the sign-in page shows it. */
  post: string;
  department?: string;
  centre?: string;
  windowDecision?: boolean;
}

export function demoUsers(centre: string): DemoUser[] {
  return [
    { subject: 'wang.chuangkou', name: '王窗口', role: 'intake_clerk', post: '收件窗口', centre },
    { subject: 'zhao.jiban', name: '赵即办', role: 'intake_clerk', post: '收件窗口（即办授权）', centre, windowDecision: true },
    { subject: 'li.shenpi', name: '李审批', role: 'approver', post: '后台审批（A岗）', department: '人社局', centre },
    { subject: 'zhou.bgang', name: '周B岗', role: 'approver', post: '后台审批（B岗）', department: '人社局', centre },
    { subject: 'chen.shenpi', name: '陈审批', role: 'approver', post: '后台审批', department: '市场监管局', centre },
    { subject: 'sun.lianban', name: '孙联办', role: 'approver', post: '后台审批（联办）', department: '税务局', centre },
    { subject: 'wu.minzheng', name: '吴民政', role: 'approver', post: '后台审批', department: '民政局', centre },
    { subject: 'liu.chujian', name: '刘出件', role: 'output_clerk', post: '出件窗口', centre },
    { subject: 'zhang.jiancha', name: '张监察', role: 'supervisor', post: '电子监察 / 中心管理', centre },
  ];
}
