/**
 * 领取通知 by SMS: the applicant is told when the result is ready at the output window, or that it
 * was mailed. Each message is an outbox record (queued, then sent or not) kept with the case; the
 * text names no one in full — the masked name, the case number and the item only.
 */
import type { AuditEntry } from './case/transition';
import type { CaseAction } from './case/lifecycle';
import type { CaseRecord } from './case/records';
import { deliveryOf } from './case/output';
import { parseDay } from './days';

/**
 * Days in an SMS as Chinese readers write them: 2026年12月4日 (ICU's zh-CN long date). The formatter is made
 * at the first message: loading ICU's zh-CN data takes milliseconds that a function sending none (most
 * stream records, the OpenAPI document) should not pay when it starts.
 */
let smsDayFormat: Intl.DateTimeFormat | undefined;
export function smsDay(day: string): string {
  smsDayFormat ??= new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' });
  return smsDayFormat.format(parseDay(day));
}

export const NOTIFICATION_KINDS = ['result_ready', 'mailed'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The audit lines that send a message, and which. */
const TRIGGERS: Partial<Record<CaseAction, NotificationKind>> = { result_ready: 'result_ready', dispatch: 'mailed' };

export interface Notification {
  caseNumber: string;
  notificationId: string;
  centre: string;
  kind: NotificationKind;
  channel: 'sms';
  text: string;
  /** The audit line that queued it. */
  auditSeq: number;
  queuedAt: string;
  /** queued → sent; no_phone: the applicant left no mobile number, so only the paper notice tells them. */
  status: 'queued' | 'sent' | 'no_phone';
  /** Masked mobile number it went to. */
  to?: string;
  sentAt?: string;
  /** The SMS provider's message id (Amazon SNS; the local stand-in's locally). */
  messageId?: string;
}

export type NotificationCase = Pick<CaseRecord, 'caseNumber' | 'centre' | 'itemName' | 'applicant' | 'delivery' | 'dispatch' | 'state'>;

/** Whether an audit line could queue a message, judged from the line alone. */
export function notificationKindOf(audit: AuditEntry): NotificationKind | undefined {
  return audit.result === 'ok' ? TRIGGERS[audit.action] : undefined;
}

/** Where and how the applicant gets the result: the sentence shared by the SMS and the 领取通知. */
export function collectionText(record: Pick<CaseRecord, 'delivery'>, centreName: string): string {
  const delivery = deliveryOf(record);
  if (delivery.method === 'courier') {
    const a = delivery.address;
    return `办理结果将以邮寄方式送达您指定的地址（${a.province ?? ''}${a.city}${a.district ?? ''}${a.street}），寄出后另行告知运单号。`;
  }
  return `请申请人本人携带有效身份证件，或由代领人携带申请人签署的授权委托书及代领人本人身份证件，于工作日到${centreName}统一出件窗口领取。`;
}

/** The message text for one notification. */
export function notificationText(kind: NotificationKind, record: NotificationCase, centreName: string): string {
  const head = `【${centreName}】${record.applicant.name}您好，您申请的“${record.itemName}”（办件编号${record.caseNumber}）`;
  if (kind === 'mailed') {
    const d = record.dispatch!;
    return `${head}办理结果已于${smsDay(d.sentOn)}由${d.carrier}寄出，运单号${d.trackingNumber}，请注意查收。`;
  }
  return `${head}已办结，${collectionText(record, centreName)}`;
}

/** The id of the message an audit line queues: a redelivered line names the same one, so it is sent once. */
export function notificationId(auditSeq: number, kind: NotificationKind): string {
  return `${String(auditSeq).padStart(6, '0')}-${kind}`;
}

export function queuedNotification(audit: AuditEntry, kind: NotificationKind, record: NotificationCase, centreName: string): Notification {
  return {
    caseNumber: record.caseNumber,
    notificationId: notificationId(audit.seq, kind),
    centre: record.centre,
    kind,
    channel: 'sms',
    text: notificationText(kind, record, centreName),
    auditSeq: audit.seq,
    queuedAt: audit.at,
    status: 'queued',
  };
}

/** E.164 for SMS: a mainland mobile number (11 digits, starting 1) gets +86. */
export function smsNumber(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  return /^1\d{10}$/.test(digits) ? `+86${digits}` : digits;
}
