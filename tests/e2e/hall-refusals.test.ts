import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '#manifest';
import { api, token } from '#tests/support/client';

/**
 * The hall's routes at a centre that has set up no hall yet, through the local API server: staff of
 * that centre in every role a route allows get an answer they can act on (an empty hall, or a 4xx in
 * Chinese), never a 500; the public pages of a centre code with no hall answer 404 in Chinese.
 */
const CENTRE = `NH${randomUUID().slice(0, 6).toUpperCase()}`;
const DAY = '2026-12-21';
const PATH_VALUES: Record<string, string> = {
  category: 'general-affairs',
  windowId: 'window-1',
  ticketId: `${CENTRE}-20261221-A001`,
  centre: CENTRE,
};
const QUERIES: Record<string, string> = {
  'GET /hall/bookings': `?day=${DAY}`,
  'GET /hall/tickets': `?day=${DAY}`,
  'GET /hall/statistics': `?from=${DAY}&to=${DAY}&by=window`,
  'GET /public/hall/{centre}/slots': `?category=general-affairs&from=${DAY}`,
};
const BODIES: Record<string, unknown> = {
  'POST /hall/windows/{windowId}/tidal': { categories: ['general-affairs'], reason: '季节性高峰' },
  'POST /hall/windows/{windowId}/sign-in': {},
  'POST /hall/tickets': { category: 'general-affairs' },
  'POST /hall/tickets/{ticketId}/transfer': { category: 'general-affairs', reason: '转他窗口' },
  'POST /hall/tickets/{ticketId}/cases': { caseNumber: 'HZ202612210001' },
  'POST /hall/tickets/{ticketId}/rating': { level: 1, comment: '' },
  'POST /public/hall/{centre}/tickets': { category: 'general-affairs' },
  'POST /public/hall/{centre}/bookings': {
    category: 'general-affairs',
    day: DAY,
    slot: '09:30',
    name: '李四',
    idNumber: '11010519491231002X',
    mobile: '13900000001',
  },
  'POST /public/hall/{centre}/bookings/cancel': { bookingCode: 'ABCD2345', mobile: '13900000001' },
};
// Setting the hall up is the one thing that succeeds here; it is left out so the centre stays without a hall.
const HALL = ALL_ROUTES.filter((r) => (r.path.startsWith('/hall/') || r.path.startsWith('/public/hall/')) && r.method !== 'PUT');
const CHINESE = /[\u4e00-\u9fff]/;

describe('the hall of a centre that has none', () => {
  it('answers every route with an empty hall or a 4xx in Chinese, never a 5xx', { timeout: 120_000 }, async () => {
    expect(HALL.length).toBeGreaterThanOrEqual(20);
    const tokens = new Map<string, string>();
    const answers: string[] = [];
    for (const route of HALL) {
      const key = `${route.method} ${route.path}`;
      const path = route.path.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(PATH_VALUES[p]!)) + (QUERIES[key] ?? '');
      const roles = route.access === 'public' ? [undefined] : route.access;
      for (const role of roles) {
        if (role && !tokens.has(role))
          tokens.set(
            role,
            await token(role, { centre: CENTRE, subject: `nohall.${role}`, ...(role === 'approver' ? { department: '人社局' } : {}) }),
          );
        const res = await api<{ code?: string; message?: string }>(route.method, path, {
          token: role ? tokens.get(role) : undefined,
          ...(route.method === 'GET' ? {} : { body: BODIES[key] ?? {} }),
        });
        answers.push(`${key} as ${role ?? 'public'} → ${res.status} ${res.body?.code ?? ''} ${res.body?.message ?? ''}`);
        expect(res.status, answers.at(-1)).toBeLessThan(500);
        if (res.status >= 400) expect(res.body.message, answers.at(-1)).toMatch(CHINESE);
      }
    }
    // The public pages name the missing hall (cancelling names the booking it cannot find), not a server fault.
    const publicAnswers = answers.filter((a) => a.includes(' as public → '));
    expect(publicAnswers).toHaveLength(5);
    for (const a of publicAnswers) expect(a).toMatch(/ → 404 (hall_not_found|booking_not_found) /);
  });
});
