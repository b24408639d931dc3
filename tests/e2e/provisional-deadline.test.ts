import { randomUUID } from 'node:crypto';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalSystem, type LocalSystem } from '#local/system';
import { acceptCase, api, baseUrl, CITIZEN_ID, eventually, token, useSystem } from '#tests/support/client';

/**
 * A system of its own, on simulated time from Monday 2026-12-21 09:00 China time: the clock moves for
 * every process of this local system, which the shared one must not see.
 */
let system: LocalSystem;

beforeAll(async () => {
  // The suite's DynamoDB Local, with a table of this system's own.
  const dynamo = { endpoint: inject('systemEnv').AWS_ENDPOINT_URL_DYNAMODB!, tableName: `onewindow-clock-${randomUUID().slice(0, 8)}` };
  system = await startLocalSystem({ port: 0, clock: '2026-12-21T09:00+08:00', dynamo });
  useSystem(system.url);
}, 300_000);

afterAll(async () => {
  await system?.stop();
}, 60_000);

type CaseBody = {
  caseNumber: string;
  state: string;
  promisedBy?: string;
  provisional?: boolean;
  history: { action: string; details: Record<string, unknown> }[];
};
type Pause = { startedOn?: string; endedOn?: string; pausedWorkingDays?: number; deadlineBefore?: string; deadlineAfter?: string };
type Warning = { caseNumber: string; level: string; promisedBy: string };

const moveClock = async (body: { advance: string } | { set: string }) => {
  const res = await fetch(`${baseUrl()}/local/clock`, { method: 'POST', body: JSON.stringify(body) });
  return {
    status: res.status,
    body: (await res.json()) as { now: string; chinaDay: string; schedulesRun?: Record<string, unknown>; code?: string },
  };
};

const noticeText = async (caseNumber: string, kind: string, who: string): Promise<string> => {
  const notice = await eventually(
    `the ${kind} notice of ${caseNumber}`,
    async () =>
      (
        await api<{ notices: { noticeId: string; kind: string }[] }>('GET', `/cases/${caseNumber}/notices`, { token: who })
      ).body.notices.find((n) => n.kind === kind),
    30_000,
  );
  const res = await fetch(`${baseUrl()}/cases/${caseNumber}/notices/${notice.noticeId}`, { headers: { authorization: `Bearer ${who}` } });
  const { text } = await extractText(new Uint8Array(await res.arrayBuffer()), { mergePages: true });
  return text.replace(/\s+/g, '');
};

describe('every case has a deadline, also past the published holiday schedules', () => {
  it('gives a case accepted 2026-12-21 a provisional deadline, which moves when the official 2027 schedule is loaded; its light follows', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department: '日历局' });

    const clock = await api<{ now: string }>('GET', '/local/clock');
    expect(clock.body.now.slice(0, 16)).toBe('2026-12-21T01:00');

    const itemCode = `PROV-${randomUUID().slice(0, 8)}`;
    const item = await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: 'B',
        implementationCode: itemCode,
        name: '暂定日历测试事项',
        department: '日历局',
        itemType: 'promised',
        statutoryDays: 20,
        promisedDays: 20,
      },
    });
    expect(item.status).toBe(201);
    const registered = await api<CaseBody>('POST', '/cases', {
      token: clerk,
      headers: { 'idempotency-key': randomUUID() },
      body: { itemCode, applicant: { kind: 'person', name: '卫十三', idNumber: CITIZEN_ID } },
    });
    expect(registered.status).toBe(201);
    const caseNumber = registered.body.caseNumber;
    expect(caseNumber).toMatch(/^HZ20261221/);
    // 20 working days from Mon 12-21 on the provisional 2027 (元旦 off, no 调休): 12-22..25, 12-28..31,
    // 01-04..08, 01-11..15, 01-18, 01-19.
    expect(registered.body).toMatchObject({ promisedBy: '2027-01-19', provisional: true });

    await acceptCase(caseNumber, approver);
    const accepted = await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: supervisor });
    expect(accepted.body).toMatchObject({ state: 'accepted', promisedBy: '2027-01-19', provisional: true });
    expect(await noticeText(caseNumber, 'acceptance', supervisor)).toContain(
      '2027年1月19日（特别程序所需时间不计算在内）（该年度节假日安排尚未公布，暂按法定节假日推算，以国务院公布的节假日安排为准）',
    );

    // Three working days later the State Council's 2027 schedule is loaded (test data: 01-04 off as well).
    const moved = await moveClock({ advance: '3 working days' });
    expect(moved.status).toBe(200);
    expect(moved.body.chinaDay).toBe('2026-12-24');
    expect(moved.body.schedulesRun).toHaveProperty('deadline-sweep');
    const supervisorNow = await token('supervisor');
    const loaded = await api<{
      deadlines: { checked: number; changed: { caseNumber: string; from: string; to: string; provisional: boolean }[] };
    }>('PUT', '/calendar/2027', {
      token: supervisorNow,
      body: {
        holidays: [
          '2027-01-01',
          '2027-01-02',
          '2027-01-03',
          '2027-01-04',
          '2027-02-05',
          '2027-02-06',
          '2027-02-07',
          '2027-02-08',
          '2027-02-09',
          '2027-02-10',
          '2027-02-11',
        ],
        workdays: ['2027-02-20'],
        source: '测试用2027年节假日安排',
      },
    });
    expect(loaded.status).toBe(200);
    // Without 01-04: 12-22..25, 12-28..31, 01-05..08, 01-11..15, 01-18..20.
    expect(loaded.body.deadlines.changed).toContainEqual({ caseNumber, from: '2027-01-19', to: '2027-01-20', provisional: false });

    const after = await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: supervisorNow });
    expect(after.body.promisedBy).toBe('2027-01-20');
    expect(after.body.provisional).toBeUndefined();
    expect(after.body.history.filter((h) => h.action === 'change_deadline').map((h) => h.details)).toEqual([
      {
        previous: { promisedBy: '2027-01-19', provisional: true },
        promisedBy: '2027-01-20',
        provisional: false,
        year: 2027,
        source: '测试用2027年节假日安排',
      },
    ]);
    const event = await eventually(
      `CaseDeadlineChanged of ${caseNumber}`,
      async () => system.bus.events({ caseNumber }).find((e) => e['detail-type'] === 'CaseDeadlineChanged'),
      20_000,
    );
    expect(event.detail).toMatchObject({ caseNumber, deadline: { previous: { promisedBy: '2027-01-19' }, promisedBy: '2027-01-20' } });
    // Loading the same year again changes nothing more.
    const again = await api<{ deadlines: { changed: unknown[] } }>('PUT', '/calendar/2027', {
      token: supervisorNow,
      body: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'], workdays: [], source: '测试用2027年节假日安排' },
    });
    expect(again.body.deadlines.changed).toEqual([]);

    // On the new last day the light is yellow (on the old one, 01-19, it would already be red); a working day later, red.
    expect((await moveClock({ set: '2027-01-20T10:00+08:00' })).status).toBe(200);
    const lightOf = async (who: string) =>
      (await api<{ warnings: Warning[] }>('GET', '/supervision/warnings', { token: who })).body.warnings.find(
        (w) => w.caseNumber === caseNumber,
      );
    expect(await lightOf(await token('supervisor'))).toMatchObject({ level: 'yellow', promisedBy: '2027-01-20' });
    expect((await moveClock({ advance: '1 working day' })).body.chinaDay).toBe('2027-01-21');
    expect(await lightOf(await token('supervisor'))).toMatchObject({ level: 'red', promisedBy: '2027-01-20' });

    // The clock only moves forward.
    const back = await moveClock({ set: '2026-12-01T09:00+08:00' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('clock_backwards');
  }, 180_000);

  it('recounts an extended case across a provisional year with its 特别程序 (on record: days, deadline before and after) counted again on the official schedule', async () => {
    // After the first test the clock is in January 2027 and 2027 is official; 2028 is provisional.
    expect((await moveClock({ set: '2027-12-01T09:00+08:00' })).status).toBe(200);
    const supervisor = await token('supervisor');
    const approverOf = () => token('approver', { department: '日历局' });
    const itemCode = `PROV2-${randomUUID().slice(0, 8)}`;
    expect(
      (
        await api('POST', '/items', {
          token: supervisor,
          body: {
            basicCode: 'B',
            implementationCode: itemCode,
            name: '暂定日历重算测试事项',
            department: '日历局',
            itemType: 'promised',
            statutoryDays: 20,
            promisedDays: 20,
          },
        })
      ).status,
    ).toBe(201);
    const registered = await api<CaseBody>('POST', '/cases', {
      token: await token('intake_clerk'),
      body: { itemCode, applicant: { kind: 'person', name: '卫十三', idNumber: CITIZEN_ID } },
    });
    expect(registered.status).toBe(201);
    const { caseNumber } = registered.body;
    await acceptCase(caseNumber, await approverOf());
    // 20 working days from Wed 2027-12-01: 12-02, 12-03, 12-06..10, 13..17, 20..24, 27..29.
    expect((await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: supervisor })).body).toMatchObject({ promisedBy: '2027-12-29' });

    // 延长审批 by 10 working days: 12-30, 12-31, then 2028 (provisional: 01-01 is a Saturday, no 调休) 01-03..07, 01-10..12.
    const extended = await api<CaseBody>('POST', `/cases/${caseNumber}/extension`, {
      token: await approverOf(),
      body: { days: 10, reason: '需补充核查', approvedBy: '局长' },
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ promisedBy: '2028-01-12', provisional: true });

    // 特别程序 from Mon 2027-12-27 to Mon 2028-01-10: on the provisional 2028, 12-28..31, 01-03..07 and 01-10 stood still (10).
    expect((await moveClock({ set: '2027-12-27T09:00+08:00' })).status).toBe(200);
    const started = await api<CaseBody & { pauses: Pause[] }>('POST', `/cases/${caseNumber}/special-procedures`, {
      token: await approverOf(),
      body: { kind: 'site_survey', reason: '需现场勘验经营场所', expectedDays: 5 },
    });
    expect(started.status).toBe(200);
    expect(started.body.pauses).toEqual([expect.objectContaining({ startedOn: '2027-12-27', deadlineBefore: '2028-01-12' })]);
    expect((await moveClock({ set: '2028-01-10T09:00+08:00' })).status).toBe(200);
    const ended = await api<CaseBody & { pauses: Pause[] }>('POST', `/cases/${caseNumber}/special-procedures/end`, {
      token: await approverOf(),
      body: { outcome: '勘验合格' },
    });
    expect(ended.status).toBe(200);
    // 20 + 10 + 10 = 40 working days from 12-01: 22 in December, then 01-03..07, 10..14, 17..21, 24 (38);
    // 春节 01-25..28 off on the provisional calendar (除夕 to 初三); 01-31 and 02-01.
    expect(ended.body).toMatchObject({ promisedBy: '2028-02-01', provisional: true });
    // On record: the days it started and ended, the working days paused, the deadline before and after.
    expect(ended.body.pauses[0]).toMatchObject({
      startedOn: '2027-12-27',
      endedOn: '2028-01-10',
      pausedWorkingDays: 10,
      deadlineBefore: '2028-01-12',
      deadlineAfter: '2028-02-01',
    });
    // A token minted now: the one minted on 2027-12-01 has expired on the simulated clock.
    expect((await api<CaseBody>('GET', `/cases/${caseNumber}`, { token: await token('supervisor') })).body.history.at(-1)).toMatchObject({
      action: 'end_special_procedure',
      details: { endedOn: '2028-01-10', deadlineBefore: '2028-01-12', promisedBy: '2028-02-01', pausedWorkingDays: 10 },
    });

    // The official 2028 schedule (test data): 01-03 off as well, 春节 01-25..31.
    const supervisorNow = await token('supervisor');
    const loaded = await api<{ deadlines: { changed: { caseNumber: string; from: string; to: string; provisional: boolean }[] } }>(
      'PUT',
      '/calendar/2028',
      {
        token: supervisorNow,
        body: {
          holidays: [
            '2028-01-01',
            '2028-01-02',
            '2028-01-03',
            '2028-01-25',
            '2028-01-26',
            '2028-01-27',
            '2028-01-28',
            '2028-01-29',
            '2028-01-30',
            '2028-01-31',
          ],
          workdays: [],
          source: '测试用2028年节假日安排',
        },
      },
    );
    expect(loaded.status).toBe(200);
    // The 特别程序 stood still 9 working days now (01-03 is off): 20 + 10 + 9 = 39 from 12-01 —
    // 22 in December, 01-04..07, 10..14, 17..21, 24 (37), 02-01, 02-02.
    expect(loaded.body.deadlines.changed).toContainEqual({ caseNumber, from: '2028-02-01', to: '2028-02-02', provisional: false });
    const after = await api<CaseBody & { pauses: Pause[]; extension: { days: number } }>('GET', `/cases/${caseNumber}`, {
      token: supervisorNow,
    });
    expect(after.body).toMatchObject({ promisedBy: '2028-02-02', extension: { days: 10 } });
    expect(after.body.provisional).toBeUndefined();
    expect(after.body.pauses[0]!.pausedWorkingDays).toBe(9);
  }, 180_000);
});
