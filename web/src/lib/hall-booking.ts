import { identityProblem } from './identity-rules';

/** 手机号码: 11 digits starting 13–19 (the numbers the SMS outbox can reach). */
export function mobileProblem(raw: string): string | undefined {
  const value = raw.trim().replace(/[\s-]/g, '');
  if (!value) return '请输入手机号码';
  if (!/^\d+$/.test(value)) return '手机号码只能包含数字';
  if (value.length !== 11) return `手机号码应为 11 位，当前 ${value.length} 位`;
  if (!/^1[3-9]/.test(value)) return '手机号码应以 13–19 开头';
  return undefined;
}

export interface BookingDraft {
  category?: string;
  slot?: string;
  name: string;
  idNumber: string;
  mobile: string;
}

/** Everything the applicant must still fill in before the booking can be sent, in form order. */
export function bookingProblems(draft: BookingDraft): string[] {
  const problems: string[] = [];
  if (!draft.category) problems.push('请选择办理业务');
  if (!draft.slot) problems.push('请选择预约时段');
  if (!draft.name.trim()) problems.push('请输入姓名');
  const id = identityProblem('person', draft.idNumber);
  if (id) problems.push(id);
  const mobile = mobileProblem(draft.mobile);
  if (mobile) problems.push(mobile);
  return problems;
}

/** A slot's line on the phone: 09:00–09:30 · 剩余 3 个 (or 已约满); times as HH:MM or ISO. */
export function slotLabel(slot: { start: string; end: string; left: number }): string {
  const time = (value: string) => /(\d{2}:\d{2})/.exec(value)?.[1] ?? value;
  return `${time(slot.start)}–${time(slot.end)} · ${slot.left > 0 ? `剩余 ${slot.left} 个` : '已约满'}`;
}

/** The slot's start as the booking body takes it: HH:MM. */
export function slotTime(start: string): string {
  return /(\d{2}:\d{2})/.exec(start)?.[1] ?? start;
}

/** A booking code as typed at the kiosk: upper case, no spaces or dashes. */
export function normaliseBookingCode(raw: string): string {
  return raw.trim().toUpperCase().replace(/[\s-]/g, '');
}
