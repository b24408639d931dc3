import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startLocalSystem, type LocalSystem } from '#local/system';
import { api, baseUrl, CITIZEN_ID, token, useSystem } from '#tests/support/client';

/**
 * The hall (#12) on a system of its own, on simulated time from Tuesday 2031-03-11 09:00 China time, so
 * opening hours and booking slots do not depend on when the suite runs.
 */
let system: LocalSystem;

beforeAll(async () => {
  const dynamo = { endpoint: inject('systemEnv').AWS_ENDPOINT_URL_DYNAMODB!, tableName: `onewindow-hall-${randomUUID().slice(0, 8)}` };
  system = await startLocalSystem({ port: 0, clock: '2031-03-11T09:00+08:00', dynamo });
  useSystem(system.url);
}, 300_000);

afterAll(async () => {
  await system?.stop();
}, 60_000);

// In the future of any run: the local clock only moves forward, so a start in the past would stay at the real time.
const DAY = '2031-03-11';
const ALL_DAY = { from: '09:00', to: '18:00' };
const HOURS = { mon: [ALL_DAY], tue: [ALL_DAY], wed: [ALL_DAY], thu: [ALL_DAY], fri: [ALL_DAY] };

type Ticket = {
  ticketId: string;
  number: string;
  status: string;
  source: string;
  caseNumbers: string[];
  waitMinutes: number;
  windowId?: string;
};
type Called = { ticket?: Ticket; window: { windowId: string; categories: string[] } };

const moveClock = (advance: string) => fetch(`${baseUrl()}/local/clock`, { method: 'POST', body: JSON.stringify({ advance }) });

async function setUpHall(supervisor: string) {
  const category = (code: string, letter: string, name: string, extra: Record<string, unknown> = {}) =>
    api('PUT', `/hall/categories/${code}`, { token: supervisor, body: { letter, name, departments: ['人社局'], hours: HOURS, ...extra } });
  expect((await category('SOCIAL', 'A', '社保医保', { booking: { slotMinutes: 60, capacity: 2 } })).status).toBe(200);
  expect((await category('POLICE', 'B', '公安户籍')).status).toBe(200);
  for (const [id, name] of [
    ['W1', '综合窗口（一）'],
    ['W2', '综合窗口（二）'],
    ['W3', '综合窗口（三）'],
  ]) {
    const saved = await api('PUT', `/hall/windows/${id}`, {
      token: supervisor,
      body: { name, kind: 'general', categories: ['SOCIAL', 'POLICE'], hours: HOURS },
    });
    expect(saved.status).toBe(200);
  }
}

describe('the hall: numbers, calls, bookings, the screen, the pad and statistics', () => {
  it('gives concurrent takes distinct numbers, and three windows calling at once serve each ticket exactly once', async () => {
    const supervisor = await token('supervisor');
    await setUpHall(supervisor);
    const clerks = await Promise.all(['w1', 'w2', 'w3'].map((s) => token('intake_clerk', { subject: `clerk.${s}`, name: `窗口${s}` })));
    for (const [i, clerk] of clerks.entries())
      expect((await api('POST', `/hall/windows/W${i + 1}/sign-in`, { token: clerk, body: {} })).status).toBe(200);

    const takes = await Promise.all(
      Array.from({ length: 24 }, () => api<Ticket>('POST', '/public/hall/HZ/tickets', { body: { category: 'POLICE' } })),
    );
    expect(takes.map((t) => t.status)).toEqual(Array(24).fill(201));
    const numbers = takes.map((t) => t.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`));

    const served: string[][] = [[], [], []];
    await Promise.all(
      clerks.map(async (clerk, i) => {
        for (;;) {
          const call = await api<Called>('POST', `/hall/windows/W${i + 1}/call`, { token: clerk });
          expect(call.status).toBe(200);
          if (!call.body.ticket) return;
          served[i]!.push(call.body.ticket.number);
          expect((await api('POST', `/hall/tickets/${call.body.ticket.ticketId}/finish`, { token: clerk })).status).toBe(200);
        }
      }),
    );
    const all = served.flat().sort();
    expect(all).toEqual(numbers);
    expect(served.every((s) => s.length > 0)).toBe(true);
    const finished = await api<{ tickets: Ticket[] }>('GET', `/hall/tickets?day=${DAY}&status=finished`, { token: clerks[0] });
    expect(finished.body.tickets).toHaveLength(24);
    // Another centre's supervisor sees none of it.
    const other = await token('supervisor', { centre: 'JP' });
    expect((await api<{ tickets: Ticket[] }>('GET', `/hall/tickets?day=${DAY}`, { token: other })).body.tickets).toEqual([]);
    expect((await api('GET', `/hall/tickets/${takes[0]!.body.ticketId}`, { token: other })).status).toBe(404);
  });

  it('booking → check-in → call first once the slot starts → the screen is told → case registered → pad rating → statistics', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk', { subject: 'wang.chuangkou', name: '王窗口' });
    const approver = await token('approver', { department: '人社局' });
    // W1 is held by clerk.w1 from the first test: 王窗口 takes it over as the B post.
    expect((await api<{ code: string }>('POST', '/hall/windows/W1/sign-in', { token: clerk, body: {} })).body.code).toBe('window_taken');
    const takeover = await api<{ shift: { post: string; tookOverFrom: { reason: string } } }>('POST', '/hall/windows/W1/sign-in', {
      token: clerk,
      body: { post: 'B', takeOverReason: 'A 岗参加培训' },
    });
    expect(takeover.body.shift).toMatchObject({ post: 'B', tookOverFrom: { reason: 'A 岗参加培训' } });

    const slots = await api<{ days: { day: string; slots: { start: string; left: number }[] }[] }>(
      'GET',
      `/public/hall/HZ/slots?category=SOCIAL&days=5`,
    );
    expect(slots.body.days.map((d) => d.day)).toEqual(['2031-03-11', '2031-03-12', '2031-03-13', '2031-03-14', '2031-03-15']);
    expect(slots.body.days[4]!.slots).toEqual([]); // Saturday
    expect(slots.body.days[0]!.slots.find((s) => s.start === '10:00')).toMatchObject({ left: 2 });

    const saturday = await api<{ code: string }>('POST', '/public/hall/HZ/bookings', {
      body: { category: 'SOCIAL', day: '2031-03-15', slot: '10:00', name: '张三', idNumber: CITIZEN_ID, mobile: '13800138000' },
    });
    expect([saturday.status, saturday.body.code]).toEqual([400, 'not_a_working_day']);
    const booked = await api<{ bookingCode: string; idNumberMasked: string; mobileMasked: string; status: string }>(
      'POST',
      '/public/hall/HZ/bookings',
      {
        body: { category: 'SOCIAL', day: DAY, slot: '10:00', name: '张三', idNumber: CITIZEN_ID, mobile: '13800138000' },
      },
    );
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ idNumberMasked: '110***********002X', mobileMasked: '138****8000', status: 'booked' });
    expect(JSON.stringify(booked.body)).not.toContain(CITIZEN_ID);
    const second = await api<{ code: string }>('POST', '/public/hall/HZ/bookings', {
      body: { category: 'SOCIAL', day: DAY, slot: '11:00', name: '张三', idNumber: CITIZEN_ID, mobile: '13800138000' },
    });
    expect([second.status, second.body.code]).toEqual([409, 'already_booked']);
    const sms = readFileSync(join(system.dataDir, 'sms-outbox.jsonl'), 'utf8');
    expect(sms).toContain(booked.body.bookingCode);

    // A walk-in takes a number at 09:00; the booked applicant checks in at 09:40.
    const walkIn = await api<Ticket>('POST', '/public/hall/HZ/tickets', { body: { category: 'SOCIAL' } });
    expect(walkIn.body.number).toBe('A001');
    await moveClock('40 minutes');
    const checkedIn = await api<Ticket>('POST', '/public/hall/HZ/tickets', { body: { bookingCode: booked.body.bookingCode } });
    expect(checkedIn.status).toBe(201);
    expect(checkedIn.body).toMatchObject({ number: 'A002', source: 'booking' });
    await moveClock('21 minutes'); // 10:01: the booked slot has started

    // The screen listens on the push channel.
    const screen = new WebSocket(`${baseUrl().replace('http', 'ws')}/hall/push?centre=HZ`);
    const messages: { at: number; board: { calling: { number: string; windowName: string }[] } }[] = [];
    screen.on('message', (data) => messages.push({ at: Date.now(), ...JSON.parse(String(data)) }));
    await new Promise((resolve, reject) => screen.once('open', resolve).once('error', reject));

    const pressed = Date.now();
    const call = await api<Called>('POST', '/hall/windows/W1/call', { token: clerk });
    expect(call.body.ticket).toMatchObject({ number: 'A002', status: 'called' });
    await expect.poll(() => messages.length, { timeout: 2000, interval: 20 }).toBeGreaterThan(0);
    expect(messages[0]!.at - pressed).toBeLessThanOrEqual(2000);
    expect(messages[0]!.board.calling).toContainEqual(expect.objectContaining({ number: 'A002', windowName: '综合窗口（一）' }));
    screen.close();
    const board = await api<{ calling: { number: string }[]; waiting: { category: string; count: number }[] }>(
      'GET',
      '/public/hall/HZ/board',
    );
    expect(board.body.calling.map((c) => c.number)).toContain('A002');
    expect(board.body.waiting.find((w) => w.category === 'SOCIAL')?.count).toBe(1);

    // Served: a case is registered and linked; finishing hands the pad the rating.
    const itemCode = `HALL-${randomUUID().slice(0, 6)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: 'B',
        implementationCode: itemCode,
        name: '大厅测试事项',
        department: '人社局',
        itemType: 'promised',
        statutoryDays: 10,
        promisedDays: 5,
      },
    });
    const registered = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID } },
    });
    expect(registered.status).toBe(201);
    const linked = await api<Ticket>('POST', `/hall/tickets/${checkedIn.body.ticketId}/cases`, {
      token: clerk,
      body: { caseNumber: registered.body.caseNumber },
    });
    expect(linked.body).toMatchObject({ status: 'serving', caseNumbers: [registered.body.caseNumber] });
    expect(linked.body.waitMinutes).toBeCloseTo(21, 0);
    const ofCase = await api<{ tickets: Ticket[] }>('GET', `/hall/tickets?caseNumber=${registered.body.caseNumber}`, { token: supervisor });
    expect(ofCase.body.tickets.map((t) => t.number)).toEqual(['A002']);
    await moveClock('10 minutes');
    expect((await api<Ticket>('POST', `/hall/tickets/${checkedIn.body.ticketId}/finish`, { token: clerk })).body.status).toBe('finished');
    const pad = await api<{ awaitingRating?: { ticketId: string } }>('GET', '/hall/windows/W1', { token: clerk });
    expect(pad.body.awaitingRating?.ticketId).toBe(checkedIn.body.ticketId);

    const rated = await api<{ label: string; ratings: { caseNumber: string; ticketId?: string }[] }>(
      'POST',
      `/hall/tickets/${checkedIn.body.ticketId}/rating`,
      {
        token: clerk,
        body: { level: 5, comment: '等候时窗口无人解释' },
      },
    );
    expect(rated.status).toBe(201);
    expect(rated.body.label).toBe('非常不满意');
    expect(rated.body.ratings[0]).toMatchObject({ caseNumber: registered.body.caseNumber });
    const rectification = rated.body.ratings[0]!.ticketId!;
    const again = await api<{ code: string }>('POST', `/hall/tickets/${checkedIn.body.ticketId}/rating`, {
      token: clerk,
      body: { level: 1 },
    });
    expect([again.status, again.body.code]).toEqual([409, 'ticket_already_rated']);
    const tickets = await api<{ tickets: { ticketId: string; kind: string; comment: string }[] }>('GET', '/tickets', { token: approver });
    expect(tickets.body.tickets).toContainEqual(
      expect.objectContaining({ ticketId: rectification, kind: 'rectification', comment: '等候时窗口无人解释' }),
    );
    const ratingStats = await api<{ stats: { department: string; count: number }[] }>('GET', '/ratings/stats?department=人社局', {
      token: supervisor,
    });
    expect(ratingStats.body.stats.find((s) => s.department === '人社局')?.count).toBeGreaterThanOrEqual(1);

    const byWindow = await api<{
      rows: { key: string; tickets: number; ratings: number; averageRating?: number; averageServiceMinutes: number }[];
    }>('GET', `/hall/statistics?from=${DAY}&to=${DAY}&by=window`, { token: supervisor });
    const w1 = byWindow.body.rows.find((r) => r.key === 'W1')!;
    expect(w1).toMatchObject({ ratings: 1, averageRating: 5 });
    const byDay = await api<{ rows: { key: string; tickets: number; bookingsUsed: number }[] }>(
      'GET',
      `/hall/statistics?from=${DAY}&to=${DAY}&by=day`,
      { token: supervisor },
    );
    expect(byDay.body.rows).toEqual([expect.objectContaining({ key: DAY, tickets: 26, bookingsUsed: 1 })]);
    const live = await api<{ waiting: number; categories: { category: string; waiting: number; longestWaitMinutes: number }[] }>(
      'GET',
      '/hall/statistics/live',
      { token: supervisor },
    );
    const social = live.body.categories.find((c) => c.category === 'SOCIAL')!;
    expect(social.waiting).toBe(1);
    // 71 simulated minutes, plus the real seconds the local clock kept running between its moves.
    expect(social.longestWaitMinutes).toBeGreaterThanOrEqual(71);
    expect(social.longestWaitMinutes).toBeLessThan(74);
  });
});
