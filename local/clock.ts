/**
 * Simulated time for the local system (`npm start -- --clock 2026-09-24T09:00+08:00`, `POST /local/clock`).
 * Everything in this process reads the time through `Date` (handlers' `now`, the sweep, the workflow's
 * timestamps, the token issuer), so the clock replaces the global `Date` with one that runs at real
 * speed from a moved origin: simulated = real + offset. Timers keep real durations. It exists only on this
 * machine: nothing of it is in the manifest or the CDK app.
 *
 * Written here rather than taken from @sinonjs/fake-timers: that clock stands still unless ticked, and
 * the whole local system must keep running while only the origin of its time moves.
 */
import { addWorkingDays, chinaDay } from '#domain/calendar';
import type { WorkingCalendar } from '#domain/calendar';

const NativeDate = Date;
let offsetMs = 0;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  // A constructor that builds real Dates (so instanceof, prototypes and subclasses behave), with "now" moved.
  const ClockDate = function (this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new NativeDate(NativeDate.now() + offsetMs).toString();
    return Reflect.construct(NativeDate, args.length === 0 ? [NativeDate.now() + offsetMs] : args, new.target) as Date;
  } as unknown as DateConstructor;
  Object.setPrototypeOf(ClockDate, NativeDate);
  Object.defineProperty(ClockDate, 'prototype', { value: NativeDate.prototype });
  Object.defineProperty(ClockDate, 'now', { value: () => NativeDate.now() + offsetMs, writable: true, configurable: true });
  globalThis.Date = ClockDate;
}

/** The simulated time now. */
export function clockNow(): Date {
  return new NativeDate(NativeDate.now() + offsetMs);
}

/** Whether the clock was ever moved in this process. */
export function isSimulated(): boolean {
  return installed;
}

export class ClockError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Moves the clock to `at` (forward only: cases, audit lines and numbers never go back in time). */
export function setClock(at: Date): void {
  if (Number.isNaN(at.getTime())) throw new ClockError('invalid_time', 'The time is not a valid ISO 8601 date-time (e.g. 2026-09-24T09:00+08:00).');
  const target = at.getTime() - NativeDate.now();
  if (installed && target < offsetMs - 1000) {
    throw new ClockError('clock_backwards', `The clock is at ${clockNow().toISOString()}; it only moves forward (records would otherwise predate what they follow).`);
  }
  install();
  offsetMs = Math.max(offsetMs, target);
}

const UNITS: Record<string, 'working_day' | 'day' | 'hour' | 'minute'> = {
  'working day': 'working_day',
  'working days': 'working_day',
  工作日: 'working_day',
  个工作日: 'working_day',
  day: 'day',
  days: 'day',
  天: 'day',
  hour: 'hour',
  hours: 'hour',
  小时: 'hour',
  minute: 'minute',
  minutes: 'minute',
  分钟: 'minute',
};

/**
 * Where "3 working days" (also "2 days", "4 hours", "30 minutes", "3个工作日") from `now` lands. Working
 * days land on the same China-local time of day, on the centre's calendar.
 */
export function advancedTime(now: Date, advance: string, calendar: WorkingCalendar): Date {
  const m = /^\s*(\d{1,4})\s*([a-z\u4e00-\u9fff ]+?)\s*$/i.exec(advance);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || !unit) throw new ClockError('invalid_advance', `"${advance}" is not a step of time; write e.g. "3 working days", "2 days", "4 hours" or "30 minutes".`);
  const n = Number(m[1]);
  if (unit === 'minute') return new NativeDate(now.getTime() + n * 60_000);
  if (unit === 'hour') return new NativeDate(now.getTime() + n * 3_600_000);
  if (unit === 'day') return new NativeDate(now.getTime() + n * 86_400_000);
  const today = chinaDay(now);
  const target = addWorkingDays(calendar, today, n);
  return new NativeDate(now.getTime() + (NativeDate.parse(`${target}T00:00:00Z`) - NativeDate.parse(`${today}T00:00:00Z`)));
}

export interface ClockReply {
  status: number;
  body: unknown;
}

/**
 * `GET /local/clock` tells the simulated time; `POST /local/clock {advance}` or `{set}` moves it, then runs
 * each scheduled function whose period boundary the move crossed (as its rate rule would have), so that
 * lights, lapses and daily archiving catch up with the new time.
 */
export async function clockRequest(
  method: string | undefined,
  body: Buffer,
  deps: { calendar: () => Promise<WorkingCalendar>; schedules: readonly { name: string; everyMinutes: number }[]; run: (name: string) => Promise<unknown> },
): Promise<ClockReply> {
  const view = () => ({ now: clockNow().toISOString(), chinaDay: chinaDay(clockNow()), simulated: isSimulated() });
  if (method === 'GET') return { status: 200, body: view() };
  if (method !== 'POST') return { status: 405, body: { code: 'method_not_allowed', message: `${method} is not allowed on /local/clock.`, details: { allowed: ['GET', 'POST'] } } };
  let input: { advance?: unknown; set?: unknown };
  try {
    input = body.length ? (JSON.parse(body.toString('utf8')) as typeof input) : {};
  } catch {
    return { status: 400, body: { code: 'invalid_json', message: 'The request body is not valid JSON.', details: {} } };
  }
  const given = [typeof input.advance === 'string', typeof input.set === 'string'].filter(Boolean).length;
  if (given !== 1 || Object.keys(input).length !== 1) {
    return { status: 400, body: { code: 'invalid_body', message: 'Send exactly one of {"advance": "3 working days"} or {"set": "2026-09-24T09:00+08:00"}.', details: {} } };
  }
  const before = clockNow();
  try {
    const target = typeof input.set === 'string' ? new NativeDate(input.set) : advancedTime(before, input.advance as string, await deps.calendar());
    setClock(target);
  } catch (error) {
    if (error instanceof ClockError) return { status: error.code === 'clock_backwards' ? 409 : 400, body: { code: error.code, message: error.message, details: {} } };
    throw error;
  }
  const after = clockNow();
  const ran: Record<string, unknown> = {};
  for (const s of deps.schedules) {
    const period = s.everyMinutes * 60_000;
    if (Math.floor(after.getTime() / period) > Math.floor(before.getTime() / period)) ran[s.name] = await deps.run(s.name);
  }
  return { status: 200, body: { ...view(), from: before.toISOString(), schedulesRun: ran } };
}
