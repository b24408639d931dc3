import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '#domain/calendar';
import {
  daysOverdue,
  DEFAULT_TICKET_DAYS,
  extendTicket,
  followUpTicket,
  openTicket,
  parseTicketDays,
  resolveTicket,
  ticketSubject,
  ticketView,
  type NewTicket,
  type Ticket,
} from '#domain/ticket';
import { thrown } from './fixtures';

const report = (openedAt: string, overrides: Partial<NewTicket> = {}): NewTicket => ({
  ticketId: 't1',
  kind: 'cannot_get_done',
  centre: 'HZ',
  department: '人社局',
  comment: '跑了三个窗口都说不归他们管',
  channel: 'window',
  openedAt,
  openedBy: { name: '王*', role: 'intake_clerk' },
  ...overrides,
});

const open = (openedAt = '2026-11-24T03:00:00Z', kind: Ticket['kind'] = 'cannot_get_done') =>
  openTicket(report(openedAt, { kind }), DEFAULT_CALENDAR, DEFAULT_TICKET_DAYS[kind]);

describe('promised answer times per kind', () => {
  it('defaults to 10 working days for rectification, 5 for 办不成事, 3 for 咨询, and a centre may set its own', () => {
    expect(parseTicketDays(undefined)).toEqual({ rectification: 10, cannot_get_done: 5, consultation: 3 });
    expect(parseTicketDays(' consultation=2, rectification=15 ')).toEqual({ rectification: 15, cannot_get_done: 5, consultation: 2 });
  });

  it('refuses unknown kinds, malformed or zero days, and a rectification limit outside 5–15', () => {
    expect(() => parseTicketDays('complaint=3')).toThrow(/complaint=3/);
    expect(() => parseTicketDays('consultation=two')).toThrow(/consultation=two/);
    expect(() => parseTicketDays('consultation=0')).toThrow(/consultation=0/);
    expect(() => parseTicketDays('rectification=4')).toThrow(/5–15/);
    expect(() => parseTicketDays('rectification=16')).toThrow(/5–15/);
  });
});

describe('opening a ticket', () => {
  it('is due the kind’s working days after the China day it was opened', () => {
    expect(open()).toMatchObject({
      kind: 'cannot_get_done',
      status: 'open',
      promisedDays: 5,
      dueBy: '2026-12-01',
      followUps: [],
      version: 1,
    });
    expect(open('2026-11-24T03:00:00Z', 'consultation').dueBy).toBe('2026-11-27');
    // 17:00 UTC on Tuesday is Wednesday in China: three working days on is Monday.
    expect(open('2026-11-24T17:00:00Z', 'consultation').dueBy).toBe('2026-11-30');
  });

  it('counts over the new year: 1–3 January off, Sunday 4 January a make-up working day', () => {
    expect(open('2025-12-31T02:00:00Z', 'consultation').dueBy).toBe('2026-01-06');
  });

  it('opens without a due day when the calendar does not reach it', () => {
    // 2100 is past any schedule and any provisional calendar.
    const t = open('2099-12-30T02:00:00Z');
    expect(t.dueBy).toBeUndefined();
    // 2027 is not published yet: counted on its provisional calendar (元旦 off), Wed 12-30 + 5 → Thu 01-07.
    expect(open('2026-12-30T02:00:00Z').dueBy).toBe('2027-01-07');
    expect(t.promisedDays).toBe(5);
  });
});

describe('one lifecycle for every kind', () => {
  const at = new Date('2026-11-25T02:00:00Z');

  it('takes follow-ups, then a resolution, each a new version; a resolved ticket takes nothing more', () => {
    const t = open();
    const followed = followUpTicket(t, '已联系人社局核实', '李主任', at);
    expect(followed.followUps).toEqual([{ at: at.toISOString(), by: '李主任', note: '已联系人社局核实' }]);
    expect(followed.version).toBe(2);
    const resolved = resolveTicket(followed, '已明确由人社局受理并办结', '李主任', at);
    expect(resolved).toMatchObject({ status: 'resolved', resolution: { by: '李主任', result: '已明确由人社局受理并办结' }, version: 3 });
    expect(thrown(() => followUpTicket(resolved, 'x', 'y', at)).code).toBe('ticket_resolved');
    expect(thrown(() => resolveTicket(resolved, 'x', 'y', at)).code).toBe('ticket_resolved');
    expect(thrown(() => extendTicket(resolved, { days: 2, reason: 'x' }, 'y', at, DEFAULT_CALENDAR)).code).toBe('ticket_resolved');
  });

  it('counts versions from tickets stored before versions existed', () => {
    const { version: _v, ...old } = open();
    expect(followUpTicket(old, 'n', 'b', at).version).toBe(1);
  });

  it('extends the due day once, in working days, recording why, by whom and the day it replaced', () => {
    const extended = extendTicket(open(), { days: 3, reason: '需省厅答复政策口径' }, '李主任', at, DEFAULT_CALENDAR);
    expect(extended.dueBy).toBe('2026-12-04');
    expect(extended.extension).toEqual({
      days: 3,
      reason: '需省厅答复政策口径',
      at: at.toISOString(),
      by: '李主任',
      previousDueBy: '2026-12-01',
    });
    expect(thrown(() => extendTicket(extended, { days: 1, reason: '再延' }, '李主任', at, DEFAULT_CALENDAR)).code).toBe('already_extended');
    expect(thrown(() => extendTicket(open('2099-12-30T02:00:00Z'), { days: 1, reason: 'x' }, 'y', at, DEFAULT_CALENDAR)).code).toBe(
      'no_due_day',
    );
    const nearYearEnd = openTicket(report('2099-12-21T02:00:00Z'), DEFAULT_CALENDAR, 5);
    expect(nearYearEnd.dueBy).toBe('2099-12-28');
    expect(thrown(() => extendTicket(nearYearEnd, { days: 5, reason: 'x' }, 'y', at, DEFAULT_CALENDAR)).code).toBe('calendar_missing');
  });
});

describe('days overdue', () => {
  it('is 0 up to the due day, then working days past it until today', () => {
    const t = open();
    expect(daysOverdue(t, '2026-11-30', DEFAULT_CALENDAR)).toBe(0);
    expect(daysOverdue(t, '2026-12-01', DEFAULT_CALENDAR)).toBe(0);
    // 2, 3, 4 December; the weekend does not count.
    expect(daysOverdue(t, '2026-12-04', DEFAULT_CALENDAR)).toBe(3);
    expect(daysOverdue(t, '2026-12-06', DEFAULT_CALENDAR)).toBe(3);
  });

  it('skips the National Day holidays', () => {
    const t = { ...open(), dueBy: '2026-09-30' };
    // 1–7 October off; 8 and 9 October count.
    expect(daysOverdue(t, '2026-10-09', DEFAULT_CALENDAR)).toBe(2);
  });

  it('stops at the resolution, late or in time', () => {
    const late = resolveTicket(open(), '已办结', '李主任', new Date('2026-12-03T02:00:00Z'));
    expect(daysOverdue(late, '2026-12-20', DEFAULT_CALENDAR)).toBe(2);
    const inTime = resolveTicket(open(), '已办结', '李主任', new Date('2026-11-26T02:00:00Z'));
    expect(daysOverdue(inTime, '2026-12-20', DEFAULT_CALENDAR)).toBe(0);
  });

  it('is unknown without a due day or a calendar that reaches today', () => {
    expect(daysOverdue(open('2099-12-30T02:00:00Z'), '2100-01-20', DEFAULT_CALENDAR)).toBeUndefined();
    expect(daysOverdue(open(), '2100-01-20', DEFAULT_CALENDAR)).toBeUndefined();
    // Due Thu 2027-01-07 (provisional 2027); by Wed 01-20: 01-08, 01-11..15, 01-18..20.
    expect(daysOverdue(open('2026-12-30T02:00:00Z'), '2027-01-20', DEFAULT_CALENDAR)).toBe(9);
  });

  it('is part of the view staff get, without the centre or the version', () => {
    const view = ticketView(open(), '2026-12-04', DEFAULT_CALENDAR);
    expect(view).toMatchObject({ ticketId: 't1', daysOverdue: 3 });
    expect(view).not.toHaveProperty('centre');
    expect(view).not.toHaveProperty('version');
    expect(ticketView(open('2099-12-30T02:00:00Z'), '2099-12-31', DEFAULT_CALENDAR)).not.toHaveProperty('daysOverdue');
  });
});

describe('what a new ticket is about', () => {
  const departments = new Set(['人社局', '民政局']);
  const record = { caseNumber: 'HZ202611240001', department: '人社局', itemCode: 'RS-1' };
  const item = { implementationCode: 'JL-1', department: '住建局', coDepartments: ['自然资源局'] };

  it('takes the department and item from the case, or the department from the item, or a department of the catalog', () => {
    expect(ticketSubject({ caseNumber: record.caseNumber }, { case: record, departments: new Set() })).toEqual({
      department: '人社局',
      itemCode: 'RS-1',
      caseNumber: record.caseNumber,
    });
    expect(ticketSubject({ itemCode: 'JL-1' }, { item, departments: new Set() })).toEqual({ department: '住建局', itemCode: 'JL-1' });
    expect(ticketSubject({ itemCode: 'JL-1', department: '自然资源局' }, { item, departments: new Set() })).toEqual({
      department: '自然资源局',
      itemCode: 'JL-1',
    });
    expect(ticketSubject({ department: '民政局' }, { departments })).toEqual({ department: '民政局' });
  });

  it('refuses a ticket about nothing, unknown cases, items and departments, and parts that disagree', () => {
    expect(thrown(() => ticketSubject({}, { departments })).code).toBe('subject_required');
    expect(thrown(() => ticketSubject({ caseNumber: 'HZ1' }, { departments })).code).toBe('case_not_found');
    expect(thrown(() => ticketSubject({ itemCode: 'NO' }, { departments })).code).toBe('item_not_found');
    expect(thrown(() => ticketSubject({ department: '外星局' }, { departments })).code).toBe('unknown_department');
    expect(thrown(() => ticketSubject({ caseNumber: record.caseNumber, department: '民政局' }, { case: record, departments })).code).toBe(
      'unknown_department',
    );
    expect(thrown(() => ticketSubject({ itemCode: 'JL-1', department: '人社局' }, { item, departments })).code).toBe('unknown_department');
    expect(thrown(() => ticketSubject({ caseNumber: record.caseNumber, itemCode: 'JL-1' }, { case: record, item, departments })).code).toBe(
      'item_mismatch',
    );
  });
});

describe('what a refused ticket step says', () => {
  const detail = (fn: () => unknown) => {
    const error = thrown(fn);
    return { code: error.code, status: error.status, message: error.message, details: error.details };
  };

  it('a centre’s limits are whole days from 1, written exactly; rectification takes 5 and 15 but not beyond', () => {
    expect(parseTicketDays('consultation=1, rectification=5')).toEqual({ rectification: 5, cannot_get_done: 5, consultation: 1 });
    expect(() => parseTicketDays('consultation=2days')).toThrow(
      'Ticket limit "consultation=2days" is not <kind>=<working days ≥ 1> with kind one of rectification, cannot_get_done, consultation',
    );
    expect(() => parseTicketDays('consultation=+2')).toThrow('Ticket limit "consultation=+2"');
    expect(() => parseTicketDays('rectification=4')).toThrow('The rectification limit must be 5–15 working days, not 4');
  });

  it('a resolved ticket names what it no longer takes; an extended one the days and the day of its extension', () => {
    const resolved = resolveTicket(open(), '已办结', '李主任', new Date('2026-11-25T02:00:00Z'));
    const at = new Date('2026-11-26T02:00:00Z');
    expect(detail(() => followUpTicket(resolved, 'x', 'y', at))).toEqual({
      code: 'ticket_resolved',
      status: 409,
      message: 'This ticket is resolved; it takes no more follow-ups.',
      details: { ticketId: 't1' },
    });
    expect(detail(() => resolveTicket(resolved, 'x', 'y', at)).message).toBe('This ticket is resolved; it takes no more resolution.');
    expect(detail(() => extendTicket(resolved, { days: 1, reason: 'x' }, 'y', at, DEFAULT_CALENDAR)).message).toBe(
      'This ticket is resolved; it takes no more extensions.',
    );
    const extended = extendTicket(open(), { days: 3, reason: 'r' }, '李主任', new Date('2026-11-25T02:00:00Z'), DEFAULT_CALENDAR);
    expect(detail(() => extendTicket(extended, { days: 1, reason: 'x' }, 'y', at, DEFAULT_CALENDAR))).toEqual({
      code: 'already_extended',
      status: 409,
      message: 'This ticket was already extended by 3 working days on 2026-11-25; it can be extended once.',
      details: { ticketId: 't1' },
    });
    expect(detail(() => extendTicket(open('2099-12-30T02:00:00Z'), { days: 1, reason: 'x' }, 'y', at, DEFAULT_CALENDAR))).toMatchObject({
      code: 'no_due_day',
      details: { ticketId: 't1' },
    });
  });

  it('an unknown case, item or department is named, with the departments that would do', () => {
    const record = { caseNumber: 'HZ202611240001', department: '人社局', itemCode: 'RS-1' };
    const item = { implementationCode: 'JL-1', department: '住建局', coDepartments: ['自然资源局'] };
    const departments = new Set(['人社局', '民政局']);
    expect(detail(() => ticketSubject({ caseNumber: 'HZ1' }, { departments }))).toMatchObject({
      status: 404,
      message: 'There is no case HZ1.',
      details: { caseNumber: 'HZ1' },
    });
    expect(detail(() => ticketSubject({ itemCode: 'NO' }, { departments }))).toMatchObject({
      status: 404,
      message: 'There is no item NO in the catalog.',
      details: { itemCode: 'NO' },
    });
    expect(
      detail(() =>
        ticketSubject(
          { caseNumber: record.caseNumber, itemCode: 'RS-2' },
          { case: record, item: { implementationCode: 'RS-2', department: '人社局', coDepartments: [] }, departments },
        ),
      ),
    ).toEqual({
      code: 'item_mismatch',
      status: 422,
      message: 'Case HZ202611240001 is of item RS-1, not RS-2.',
      details: { itemCode: 'RS-1' },
    });
    // The case's own item named again is no mismatch.
    expect(
      ticketSubject(
        { caseNumber: record.caseNumber, itemCode: 'RS-1' },
        { case: record, item: { implementationCode: 'RS-1', department: '人社局', coDepartments: [] }, departments },
      ),
    ).toMatchObject({
      department: '人社局',
    });
    expect(detail(() => ticketSubject({ caseNumber: record.caseNumber, department: '民政局' }, { case: record, departments }))).toEqual({
      code: 'unknown_department',
      status: 422,
      message: '民政局 is not a department of case HZ202611240001.',
      details: { department: '民政局', departments: ['人社局'] },
    });
    expect(detail(() => ticketSubject({ itemCode: 'JL-1', department: '人社局' }, { item, departments })).message).toBe(
      '人社局 is not a department of item JL-1.',
    );
    const many = new Set(Array.from({ length: 60 }, (_, i) => `局${String(i).padStart(2, '0')}`));
    const unknown = detail(() => ticketSubject({ department: '外星局' }, { departments: many }));
    expect(unknown.message).toBe('外星局 is not a department of the catalog.');
    expect((unknown.details as { departments: string[] }).departments).toHaveLength(50);
  });
});
