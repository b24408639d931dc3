import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '#domain/case/records';
import type { AuditEntry } from '#domain/case/transition';
import { collectionText, notificationId, notificationText, queuedNotification, smsDay, smsNumber } from '#domain/notification';
import { OUTPUT, registered } from './fixtures';

const CENTRE = '合作市政务服务中心';
const ADDRESS = { recipient: '张*', phone: '139****9000', province: '甘肃省', city: '合作市', district: '当周街道', street: '人民路8****' };
const ready = (patch: Partial<CaseRecord> = {}): CaseRecord => ({ ...registered(), state: 'result_ready', ...patch });
const line = (seq: number): AuditEntry => ({
  caseNumber: 'HZ202603020001',
  seq,
  at: '2026-03-03T02:00:00.000Z',
  action: 'result_ready',
  fromState: 'approved',
  toState: 'result_ready',
  result: 'ok',
  actor: OUTPUT,
  department: '人社局',
  itemCode: '11330100MB0000001X0001',
  details: {},
});

describe('领取通知 by SMS, word for word', () => {
  it('tells a pickup applicant where and with what to collect the result', () => {
    expect(notificationText('result_ready', ready(), CENTRE)).toBe(
      '【合作市政务服务中心】张*您好，您申请的“失业保险金申领”（办件编号HZ202603020001）已办结，' +
        '请申请人本人携带有效身份证件，或由代领人携带申请人签署的授权委托书及代领人本人身份证件，于工作日到合作市政务服务中心统一出件窗口领取。',
    );
  });

  it('tells a courier applicant the address it goes to, with or without province and district', () => {
    const courier = ready({ delivery: { method: 'courier', address: ADDRESS } });
    expect(collectionText(courier, CENTRE)).toBe(
      '办理结果将以邮寄方式送达您指定的地址（甘肃省合作市当周街道人民路8****），寄出后另行告知运单号。',
    );
    const bare = ready({
      delivery: { method: 'courier', address: { recipient: '张*', phone: '139****9000', city: '合作市', street: '人民路8****' } },
    });
    expect(collectionText(bare, CENTRE)).toBe('办理结果将以邮寄方式送达您指定的地址（合作市人民路8****），寄出后另行告知运单号。');
  });

  it('tells that the result was mailed: on which day, by which carrier, under which number', () => {
    const mailed = ready({
      state: 'mailed',
      dispatch: {
        carrier: 'EMS',
        trackingNumber: 'EMS123456',
        sentOn: '2026-12-04',
        address: ADDRESS,
        dispatchedAt: '2026-12-04T02:00:00.000Z',
        dispatchedBy: OUTPUT,
      },
    });
    expect(notificationText('mailed', mailed, CENTRE)).toBe(
      '【合作市政务服务中心】张*您好，您申请的“失业保险金申领”（办件编号HZ202603020001）办理结果已于2026年12月4日由EMS寄出，运单号EMS123456，请注意查收。',
    );
    expect(smsDay('2026-01-09')).toBe('2026年1月9日');
  });

  it('queues one message per audit line, named by the line so a redelivery sends nothing twice', () => {
    expect(notificationId(7, 'result_ready')).toBe('000007-result_ready');
    expect(notificationId(123456, 'mailed')).toBe('123456-mailed');
    expect(queuedNotification(line(7), 'result_ready', ready(), CENTRE)).toEqual({
      caseNumber: 'HZ202603020001',
      notificationId: '000007-result_ready',
      centre: 'HZ',
      kind: 'result_ready',
      channel: 'sms',
      text: notificationText('result_ready', ready(), CENTRE),
      auditSeq: 7,
      queuedAt: '2026-03-03T02:00:00.000Z',
      status: 'queued',
    });
  });

  it('writes a mainland mobile number in E.164 and leaves any other number as dialled', () => {
    expect(smsNumber('138-0013-8000')).toBe('+8613800138000');
    expect(smsNumber('13800138000')).toBe('+8613800138000');
    expect(smsNumber('0941 8212345')).toBe('09418212345');
    expect(smsNumber('238001380001')).toBe('238001380001');
  });
});
