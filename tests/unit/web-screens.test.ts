import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../web/src/lib/format';
import { actorLabel, historyText, stepLabel } from '../../web/src/lib/history';
import { problemsToSupply, supplementBody } from '../../web/src/lib/supplement';
import { backlogSeries, barRows, lightCounts, percentOf, problemsByLine, ticketStanding } from '../../web/src/lib/supervision';

describe('case history in Chinese (办理过程)', () => {
  it('names each step as the applicant’s progress page does', () => {
    expect(stepLabel('request_supplement')).toBe('要求补正');
    expect(stepLabel('supplement')).toBe('补正材料提交');
    expect(stepLabel('forward')).toBe('转办至审批部门');
    expect(stepLabel('co_opinion')).toBe('联办部门意见');
    // An action this build does not know yet still shows, as it is.
    expect(stepLabel('future_action')).toBe('future_action');
  });

  it('shows the workflow as 系统 and staff by name, post and department', () => {
    expect(actorLabel({ name: 'OneWindow case workflow', role: 'system' })).toBe('系统');
    expect(actorLabel({ name: '李审批', role: 'approver', department: '人社局' })).toBe('李审批（后台审批 · 人社局）');
    expect(actorLabel({ name: '王窗口', role: 'intake_clerk' })).toBe('王窗口（收件窗口）');
  });

  it('writes one line per step in China time, a reverted step marked', () => {
    const line = {
      at: '2026-12-07T03:05:00Z',
      action: 'forward',
      toState: 'pending_acceptance',
      result: 'ok',
      actor: { name: 'OneWindow case workflow', role: 'system' },
    };
    expect(historyText(line)).toBe('2026-12-07 11:05 · 系统 · 转办至审批部门 → 待受理');
    expect(historyText({ ...line, result: 'reverted' })).toBe('2026-12-07 11:05 · 系统 · 转办至审批部门（已撤销） → 待受理');
  });
});

describe('deadlines on a year whose holidays are not yet published', () => {
  it('marks a provisional promised date, and shows a placeholder without one', () => {
    expect(deadlineText('2027-01-20', true)).toBe('2027-01-20（暂按法定节假日计算）');
    expect(deadlineText('2026-12-20', false)).toBe('2026-12-20');
    expect(deadlineText('2026-12-20', undefined)).toBe('2026-12-20');
    expect(deadlineText(undefined, true, '受理后计算')).toBe('受理后计算');
  });
});

describe('补正 at the window', () => {
  const problems = [
    { code: 'SEPARATION', name: '解除或终止劳动关系证明', problem: '未加盖公章' },
    { code: 'SEPARATION', name: '解除或终止劳动关系证明', problem: '日期不清' },
    { code: 'BANK', name: '本人银行卡', problem: '卡号不清' },
  ];

  it('asks for the back office’s notice while the case waits for it, and for the window’s own list when incomplete', () => {
    const asked = problemsToSupply({ state: 'supplement_requested', supplementRequest: { problems, dueDate: '2026-12-17' } });
    expect(asked).toEqual({ problems, dueDate: '2026-12-17', source: 'back_office' });
    expect(problemsToSupply({ state: 'incomplete', correction: { problems } })?.source).toBe('window');
    // Supplied already, or a case in another state: nothing to bring.
    expect(
      problemsToSupply({
        state: 'supplement_requested',
        supplementRequest: { problems, dueDate: '2026-12-17', suppliedAt: '2026-12-08T01:00:00Z' },
      }),
    ).toBeUndefined();
    expect(problemsToSupply({ state: 'accepted', supplementRequest: { problems, dueDate: '2026-12-17' } })).toBeUndefined();
    expect(problemsToSupply({ state: 'incomplete', correction: { problems, resolvedAt: '2026-12-08T01:00:00Z' } })).toBeUndefined();
  });

  it('sends each listed material once with its new scan, or names what is still to scan', () => {
    expect(supplementBody(problems, { SEPARATION: 'u-1' })).toEqual({ missing: ['本人银行卡尚未扫描'] });
    expect(supplementBody(problems, {})).toEqual({ missing: ['解除或终止劳动关系证明尚未扫描', '本人银行卡尚未扫描'] });
    expect(supplementBody(problems, { SEPARATION: 'u-1', BANK: 'u-2' })).toEqual({
      materials: [
        { code: 'SEPARATION', uploadId: 'u-1' },
        { code: 'BANK', uploadId: 'u-2' },
      ],
      defects: [],
    });
  });
});

describe('the supervisor’s figures (监察看板, 工单, 目录导入)', () => {
  it('stacks the backlog per department in Chinese states, the busiest department first', () => {
    const { departments, series } = backlogSeries([
      { department: '人社局', state: 'pending_acceptance', count: 1 },
      { department: '市场监管局', state: 'accepted', count: 3 },
      { department: '人社局', state: 'accepted', count: 1 },
    ]);
    expect(departments).toEqual(['市场监管局', '人社局']);
    expect(series).toEqual([
      { name: '待受理', data: [0, 1] },
      { name: '办理中', data: [3, 1] },
    ]);
  });

  it('gives the charts’ rows bottom-up (the first department drawn on top) and names each bar by its department', () => {
    const rows = barRows(
      ['市场监管局', '人社局', '民政局'],
      [
        { name: '待受理', data: [0, 1, 4] },
        { name: '按时办结率', data: [100, null, 50] },
      ],
      (v) => (v === null ? '—' : String(v)),
    );
    expect(rows.labels).toEqual(['民政局', '人社局', '市场监管局']);
    expect(rows.series.map((s) => s.data)).toEqual([
      [4, 1, 0],
      [50, null, 100],
    ]);
    // Chartist reports the bottom row as 0: 民政局.
    expect(rows.title(0, 0)).toBe('民政局 · 待受理：4');
    expect(rows.title(2, 1)).toBe('市场监管局 · 按时办结率：100');
    expect(rows.title(1, 1)).toBe('人社局 · 按时办结率：—');
  });

  it('counts the lights: yellow and red from the warnings, green the rest of the backlog', () => {
    expect(lightCounts(10, [{ level: 'yellow' }, { level: 'red' }, { level: 'red' }])).toEqual({ green: 7, yellow: 1, red: 2 });
    // Warnings can outnumber a narrowed backlog: green never goes below zero.
    expect(lightCounts(1, [{ level: 'red' }, { level: 'red' }])).toEqual({ green: 0, yellow: 0, red: 2 });
    expect(percentOf(0.875)).toBe(88);
    expect(percentOf(null)).toBeNull();
  });

  it('tells a ticket’s standing: due day, overdue, closed', () => {
    expect(ticketStanding({ status: 'open', dueBy: '2026-12-10' })).toEqual({ text: '办理中，2026-12-10 前答复', tone: 'processing' });
    expect(ticketStanding({ status: 'open', dueBy: '2026-12-01', daysOverdue: 3 })).toEqual({ text: '超期 3 个工作日', tone: 'error' });
    expect(ticketStanding({ status: 'resolved', daysOverdue: 0 })).toEqual({ text: '已办结', tone: 'success' });
    expect(ticketStanding({ status: 'resolved', daysOverdue: 2 }).text).toBe('已办结（超期 2 个工作日）');
  });

  it('groups an import’s refusal by line, in line order, with the field of each problem', () => {
    const details = {
      errors: [
        { line: 3, implementationCode: 'RS-9', field: 'promisedDays', reason: 'must be ≤ statutoryDays' },
        { line: 1, reason: 'The required column "department" is missing.' },
        { line: 3, implementationCode: 'RS-9', reason: 'Unknown basicCode' },
      ],
    };
    expect(problemsByLine(details)).toEqual([
      { line: 1, problems: ['The required column "department" is missing.'] },
      { line: 3, implementationCode: 'RS-9', problems: ['promisedDays：must be ≤ statutoryDays', 'Unknown basicCode'] },
    ]);
    expect(problemsByLine(undefined)).toEqual([]);
    expect(problemsByLine({ problems: ['x'] })).toEqual([]);
  });
});
