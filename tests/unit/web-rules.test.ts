import { describe, expect, it } from 'vitest';
import { parseDays } from '../../web/src/lib/calendar-input';
import { byDeadline, formatDateTime, lightOf, stateLabel } from '../../web/src/lib/format';
import { identityProblem } from '../../web/src/lib/identity-rules';
import { expectedOutcome, formProblems, intakeBody, type ChecklistMaterial } from '../../web/src/lib/intake-form';
import { ratingProblem } from '../../web/src/lib/rating';
import { sessionFromClaims } from '../../web/src/lib/session';

// 失业保险金申领's checklist, as the seed catalog has it.
const CHECKLIST: ChecklistMaterial[] = [
  { code: 'ID', name: '居民身份证', required: true, deferrable: false },
  { code: 'SEPARATION', name: '解除或终止劳动关系证明', required: true, deferrable: true },
  { code: 'BANK', name: '本人银行卡', required: false, deferrable: false },
];

describe('intake form rules (收件窗口)', () => {
  it('expects a complete application only when every required material is scanned', () => {
    expect(
      expectedOutcome(CHECKLIST, { ID: { status: 'scanned', uploadId: 'u1' }, SEPARATION: { status: 'scanned', uploadId: 'u2' } }),
    ).toBe('complete');
    expect(expectedOutcome(CHECKLIST, { ID: { status: 'scanned', uploadId: 'u1' } })).toBe('incomplete');
    expect(expectedOutcome(CHECKLIST, { ID: { status: 'scanned', uploadId: 'u1' }, SEPARATION: { status: 'deferred' } })).toBe('deferred');
    // A defective optional material still needs correcting: the applicant brought it wrong.
    expect(
      expectedOutcome(CHECKLIST, {
        ID: { status: 'scanned', uploadId: 'u1' },
        SEPARATION: { status: 'scanned', uploadId: 'u2' },
        BANK: { status: 'defective', defectReason: '复印件不清' },
      }),
    ).toBe('incomplete');
  });

  it('lists what the clerk must still do: scans, reasons, the 容缺 commitment', () => {
    expect(
      formProblems(CHECKLIST, { ID: { status: 'scanned' }, SEPARATION: { status: 'deferred' }, BANK: { status: 'defective' } }, ''),
    ).toEqual(['居民身份证尚未扫描上传', '请写明本人银行卡的问题', '容缺受理需填写申请人承诺内容']);
    expect(formProblems(CHECKLIST, { ID: { status: 'deferred' } }, '承诺补交')).toEqual(['居民身份证不允许容缺']);
  });

  it('builds the POST /cases body: scans, defects and the deferral, identity number upper-cased', () => {
    const body = intakeBody(
      'RS-0001',
      { kind: 'person', name: ' 张三 ', idNumber: '11010519491231002x', phone: '' },
      CHECKLIST,
      {
        ID: { status: 'scanned', uploadId: 'u1' },
        SEPARATION: { status: 'deferred' },
        BANK: { status: 'defective', defectReason: ' 卡号不清 ' },
      },
      ' 本人承诺五日内补交 ',
    );
    expect(body).toEqual({
      itemCode: 'RS-0001',
      applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: undefined },
      channel: 'window',
      delivery: { method: 'pickup' },
      materials: [{ code: 'ID', uploadId: 'u1' }],
      defects: [{ code: 'BANK', reason: '卡号不清' }],
      deferral: { materials: ['SEPARATION'], commitment: '本人承诺五日内补交' },
    });
  });
});

describe('identity numbers checked as the clerk types', () => {
  it('accepts a valid citizen ID and names what is wrong with a bad one', () => {
    expect(identityProblem('person', '11010519491231002X')).toBeUndefined();
    expect(identityProblem('person', '11010519491231002x')).toBeUndefined();
    expect(identityProblem('person', '110105194912310021')).toBe('身份证号码校验位或出生日期不正确，请核对证件');
    expect(identityProblem('person', '1101051949')).toBe('应为 18 位，当前 10 位');
    expect(identityProblem('person', '')).toBe('请输入身份证号码');
  });

  it('checks the unified social credit code of a legal person', () => {
    expect(identityProblem('legal_person', '91350100M000100Y43')).toBeUndefined();
    expect(identityProblem('legal_person', '91350100M000100Y44')).toBe('统一社会信用代码校验位不正确，请核对营业执照');
  });
});

describe('display rules', () => {
  it('shows times in China time', () => {
    expect(formatDateTime('2026-12-07T03:05:00.000Z')).toBe('2026-12-07 11:05');
    expect(formatDateTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
    expect(formatDateTime(undefined)).toBe('—');
  });

  it('names states in Chinese', () => {
    expect(stateLabel('pending_acceptance')).toBe('待受理');
    expect(stateLabel('result_ready')).toBe('待领取');
  });

  it('orders a queue by promised date, unaccepted cases after, oldest first', () => {
    const cases = [
      { caseNumber: 'c', receivedAt: '2026-12-01T01:00:00Z' },
      { caseNumber: 'a', promisedBy: '2026-12-10', receivedAt: '2026-12-03T01:00:00Z' },
      { caseNumber: 'd', receivedAt: '2026-11-30T01:00:00Z' },
      { caseNumber: 'b', promisedBy: '2026-12-12', receivedAt: '2026-12-01T01:00:00Z' },
    ];
    expect(cases.sort(byDeadline).map((c) => c.caseNumber)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('lights a case by the supervision warning, green when in time, none before 受理', () => {
    expect(lightOf('2026-12-10', 'red')).toBe('red');
    expect(lightOf('2026-12-10', undefined)).toBe('green');
    expect(lightOf(undefined, undefined)).toBeUndefined();
  });
});

describe('who is signed in', () => {
  it('reads the role, department and window decision from the ID token claims', () => {
    expect(
      sessionFromClaims({
        sub: 'li',
        name: '李审批',
        'cognito:groups': ['approver'],
        'custom:department': '人社局',
        'custom:centre': 'HZ',
      }),
    ).toEqual({
      subject: 'li',
      name: '李审批',
      role: 'approver',
      department: '人社局',
      centre: 'HZ',
      mayDecideAtWindow: false,
    });
    expect(sessionFromClaims({ sub: 'z', 'cognito:groups': '[intake_clerk]', 'custom:window_decision': 'true' })?.mayDecideAtWindow).toBe(
      true,
    );
    expect(sessionFromClaims({ sub: 'x', 'cognito:groups': ['applicant'] })).toBeUndefined();
  });
});

describe('好差评 and the calendar form', () => {
  it('needs a comment for a bad rating only', () => {
    expect(ratingProblem(1, '')).toBeUndefined();
    expect(ratingProblem(4, ' ')).toBe('差评请写明原因，我们将督促整改');
    expect(ratingProblem(undefined, '')).toBe('请选择评价等级');
  });

  it('reads pasted dates, sorted and unique, and names those that are not days of the year', () => {
    expect(parseDays('2027-01-01，2027-2-6 2027/02/05\n2027-01-01', 2027)).toEqual({
      days: ['2027-01-01', '2027-02-05', '2027-02-06'],
      problems: [],
    });
    expect(parseDays('2027-02-30, 2026-10-01, 春节', 2027).problems).toEqual([
      '“2027-02-30”不是日期（格式：2027-01-01）',
      '2026-10-01 不在 2027 年',
      '“春节”不是日期（格式：2027-01-01）',
    ]);
  });
});
