import { describe, expect, it } from 'vitest';
import type { HallWindow, QueueTicket } from '#domain/hall/model';
import {
  callTicket,
  finishTicket,
  linkCase,
  newTicket,
  recallTicket,
  serveTicket,
  serviceMinutes,
  skipTicket,
  transferTicket,
  waitMinutes,
} from '#domain/hall/queue-ticket';
import { thrown } from './fixtures';

/** One ticket's life at the hall's windows, step by step, with every field a step writes. */
const W1: HallWindow = {
  centre: 'HZ',
  windowId: 'W1',
  name: '综合窗口（一）',
  kind: 'general',
  categories: ['A'],
  temporary: false,
  hours: {},
  version: 1,
  updatedAt: '2026-12-08T00:00:00.000Z',
};
const W2: HallWindow = { ...W1, windowId: 'W2', name: '综合窗口（二）' };
const clerk = { subject: 'wang.chuangkou', name: '王窗口' };
const t0 = new Date('2026-12-08T01:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const taken = (): QueueTicket =>
  newTicket({ centre: 'HZ', ticketId: 'HZ-20261208-A001', day: '2026-12-08', number: 'A001', category: 'A', source: 'kiosk' }, t0);

describe('a queue ticket step by step', () => {
  it('starts waiting, in the queue from the moment it was taken, with nothing on it yet', () => {
    expect(taken()).toEqual({
      centre: 'HZ',
      ticketId: 'HZ-20261208-A001',
      day: '2026-12-08',
      number: 'A001',
      category: 'A',
      source: 'kiosk',
      takenAt: t0.toISOString(),
      queuedAt: t0.toISOString(),
      status: 'waiting',
      skips: 0,
      calls: [],
      transfers: [],
      caseNumbers: [],
      version: 1,
    });
  });

  it('is called to a window by a clerk, and called again there only', () => {
    const called = callTicket(taken(), W1, clerk, minutes(5));
    expect(called).toMatchObject({
      status: 'called',
      calledAt: minutes(5).toISOString(),
      windowId: 'W1',
      clerk: { subject: 'wang.chuangkou', name: '王窗口' },
      calls: [{ windowId: 'W1', windowName: '综合窗口（一）', at: minutes(5).toISOString(), by: '王窗口', kind: 'call' }],
      version: 2,
    });
    const again = recallTicket(called, W1, clerk, minutes(6));
    expect(again.calls.map((c) => [c.kind, c.at])).toEqual([
      ['call', minutes(5).toISOString()],
      ['recall', minutes(6).toISOString()],
    ]);
    expect(again.version).toBe(3);
    const elsewhere = thrown(() => recallTicket(called, W2, clerk, minutes(6)));
    expect([elsewhere.code, elsewhere.message, elsewhere.details]).toEqual([
      'ticket_at_other_window',
      'Ticket A001 is at window W1, not at 综合窗口（二）.',
      { ticketId: 'HZ-20261208-A001' },
    ]);
    const waiting = thrown(() => recallTicket(taken(), W1, clerk, minutes(6)));
    expect([waiting.code, waiting.message, waiting.details]).toEqual([
      'ticket_state',
      'Ticket A001 is waiting; it cannot be called again now.',
      { ticketId: 'HZ-20261208-A001', status: 'waiting' },
    ]);
  });

  it('skipped once goes back to the queue without its window or clerk; skipped twice is dropped', () => {
    const back = skipTicket(callTicket(taken(), W1, clerk, minutes(5)), W1, minutes(7));
    expect(back).toMatchObject({ status: 'waiting', skips: 1, queuedAt: minutes(7).toISOString(), version: 3 });
    expect(back).not.toHaveProperty('windowId');
    expect(back).not.toHaveProperty('clerk');
    const dropped = skipTicket(callTicket(back, W1, clerk, minutes(9)), W1, minutes(11));
    expect(dropped).toMatchObject({ status: 'dropped', droppedAt: minutes(11).toISOString(), skips: 2, version: 5 });
  });

  it('is transferred to a named window with its place kept, never to its own window or its own category alone', () => {
    const called = callTicket(taken(), W1, clerk, minutes(5));
    const moved = transferTicket(called, W1, { category: 'A', windowId: 'W2' }, '需专窗办理', clerk, minutes(8));
    expect(moved).toMatchObject({ status: 'waiting', category: 'A', window: 'W2', queuedAt: t0.toISOString(), version: 3 });
    expect(moved).not.toHaveProperty('windowId');
    expect(moved.transfers).toEqual([
      { at: minutes(8).toISOString(), by: '王窗口', fromCategory: 'A', toCategory: 'A', toWindow: 'W2', reason: '需专窗办理' },
    ]);
    expect(thrown(() => transferTicket(called, W1, { category: 'A' }, 'x', clerk, minutes(8))).code).toBe('transfer_target_required');
    expect(thrown(() => transferTicket(called, W1, { category: 'B', windowId: 'W1' }, 'x', clerk, minutes(8))).code).toBe(
      'transfer_to_same_window',
    );
    // Moved to another category only: no target window is kept from before.
    const toB = transferTicket({ ...called, window: 'W9' }, W1, { category: 'B' }, '转公安', clerk, minutes(8));
    expect(toB).not.toHaveProperty('window');
    expect(toB.transfers[0]).not.toHaveProperty('toWindow');
  });

  it('is served once, finished, and linked to each case registered for it, once each, at its window', () => {
    const called = callTicket(taken(), W1, clerk, minutes(5));
    const serving = serveTicket(called, W1);
    expect([serving.status, serving.version]).toEqual(['serving', 3]);
    expect(serveTicket(serving, W1)).toBe(serving);
    const linked = linkCase(called, W1, 'HZ202612080001');
    expect(linked).toMatchObject({ status: 'serving', caseNumbers: ['HZ202612080001'], version: 3 });
    expect(linkCase(linked, W1, 'HZ202612080001')).toBe(linked);
    const finished = finishTicket(linked, W1, minutes(20));
    expect(finished).toMatchObject({ status: 'finished', finishedAt: minutes(20).toISOString(), version: 4 });
    // Just after finishing, a case registered at the same window is still linked; another window may not.
    expect(linkCase(finished, W1, 'HZ202612080002')).toMatchObject({
      status: 'finished',
      caseNumbers: ['HZ202612080001', 'HZ202612080002'],
      version: 5,
    });
    expect(thrown(() => linkCase(finished, W2, 'HZ202612080002')).code).toBe('ticket_state');
    expect(thrown(() => linkCase(serving, W2, 'HZ202612080002')).code).toBe('ticket_at_other_window');
  });

  it('times the wait to the first call and the service to the finish, in tenths of a minute', () => {
    const called = callTicket(taken(), W1, clerk, new Date(t0.getTime() + 90_000));
    expect(waitMinutes(called, minutes(60))).toBe(1.5);
    expect(waitMinutes(taken(), new Date(t0.getTime() + 125_000))).toBe(2.1);
    expect(waitMinutes(taken(), new Date(t0.getTime() - 60_000))).toBe(0);
    expect(serviceMinutes(called)).toBeUndefined();
    expect(serviceMinutes({ ...called, finishedAt: new Date(t0.getTime() + 90_000 + 270_000).toISOString() })).toBe(4.5);
    expect(serviceMinutes({ finishedAt: t0.toISOString() })).toBeUndefined();
  });
});
