import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callAnnouncement, chineseVoice, spokenNumber } from '../../web/src/lib/call-speech';
import { rolesOf } from '#domain/access-policy';
import { callKey, newCalls, PAD_RATING_ROLES, PAD_ROLES, percent, waitLabel, windowActions } from '../../web/src/lib/hall-board';
import { hoursLabel, hoursOn, parsePeriods } from '../../web/src/lib/hall-hours';
import { bookingProblems, mobileProblem, normaliseBookingCode, slotLabel, slotTime } from '../../web/src/lib/hall-booking';
import { hallSocketUrl, openHallFeed, type FeedStatus } from '../../web/src/lib/hall-feed';

/** A WebSocket the test opens, feeds and drops by hand. */
class FakeSocket extends EventTarget {
  static all: FakeSocket[] = [];
  binaryType = 'blob';
  readyState = 0;
  constructor(readonly url: string) {
    super();
    FakeSocket.all.push(this);
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  push(data: string) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  drop() {
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code: 1006, reason: 'gone' }));
  }
  close() {
    this.readyState = 3;
  }
  send() {}
}

describe('the hall feed: pushed, reconnecting, polled only while the socket is down', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  const open = (url: string | undefined) => {
    const statuses: FeedStatus[] = [];
    const messages: unknown[] = [];
    const refresh = vi.fn();
    const feed = openHallFeed({
      url,
      onMessage: (m) => messages.push(m),
      refresh,
      onStatus: (s) => statuses.push(s),
      pollMs: 2_000,
      WebSocket: FakeSocket as unknown as typeof WebSocket,
    });
    return { statuses, messages, refresh, feed };
  };

  it('delivers pushed calls, reads the board once on connect, and does not poll while live', async () => {
    const { statuses, messages, refresh, feed } = open('ws://127.0.0.1:9/hall');
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeSocket.all).toHaveLength(1);
    FakeSocket.all[0]!.open();
    expect(statuses).toEqual(['connecting', 'live']);
    expect(refresh).toHaveBeenCalledTimes(1);
    FakeSocket.all[0]!.push(JSON.stringify({ type: 'call', ticketNumber: 'A001', windowName: '综合窗口（一）' }));
    FakeSocket.all[0]!.push('not json');
    expect(messages).toEqual([{ type: 'call', ticketNumber: 'A001', windowName: '综合窗口（一）' }]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    feed.close();
  });

  it('polls every 2 s while the socket is down, reconnects, and stops polling once it is back', async () => {
    const { statuses, refresh, feed } = open('ws://127.0.0.1:9/hall');
    await vi.advanceTimersByTimeAsync(10);
    FakeSocket.all[0]!.open();
    FakeSocket.all[0]!.drop();
    expect(statuses).toEqual(['connecting', 'live', 'polling']);
    expect(refresh).toHaveBeenCalledTimes(2); // on connect, then at once on the drop
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    // partysocket has tried again meanwhile with a new socket.
    expect(FakeSocket.all.length).toBeGreaterThan(1);
    FakeSocket.all.at(-1)!.open();
    expect(statuses.at(-1)).toBe('live');
    const after = refresh.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refresh.mock.calls.length).toBe(after);
    feed.close();
  });

  it('polls when the socket never opens, and only polls without a socket URL', async () => {
    const slow = open('ws://127.0.0.1:9/hall');
    await vi.advanceTimersByTimeAsync(2_100);
    expect(slow.statuses).toEqual(['connecting', 'polling']);
    expect(slow.refresh).toHaveBeenCalledTimes(1);
    slow.feed.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(slow.refresh).toHaveBeenCalledTimes(1);

    const none = open(undefined);
    expect(none.statuses).toEqual(['polling']);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(none.refresh).toHaveBeenCalledTimes(3);
    none.feed.close();
  });
});

describe("the push channel's address", () => {
  it('is the local path on the page origin (ws:), or the configured wss:// WebSocket API, with the centre', () => {
    expect(hallSocketUrl('/hall/push', 'HZ', 'http://localhost:3000/hall/HZ/screen')).toBe('ws://localhost:3000/hall/push?centre=HZ');
    expect(hallSocketUrl('/hall/push', 'HZ', 'https://hall.example.gov.cn/hall/HZ/screen')).toBe(
      'wss://hall.example.gov.cn/hall/push?centre=HZ',
    );
    expect(hallSocketUrl('wss://abc.execute-api.cn-north-1.amazonaws.com.cn/prod', 'TS', 'https://x/')).toBe(
      'wss://abc.execute-api.cn-north-1.amazonaws.com.cn/prod?centre=TS',
    );
  });
});

describe('the call spoken in Chinese (叫号语音)', () => {
  it('reads the number digit by digit and names the window', () => {
    expect(spokenNumber('a001')).toBe('A零零一');
    expect(spokenNumber('B140')).toBe('B一四零');
    expect(callAnnouncement('A001', '综合窗口（一）')).toBe('请A零零一号到综合窗口（一）办理');
    expect(callAnnouncement('C027', '公安窗口', true)).toBe('重呼，请C零二七号到公安窗口办理');
  });

  it('prefers a mainland Chinese voice, then any Chinese one', () => {
    expect(chineseVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh-CN' }])).toBe(2);
    expect(chineseVoice([{ lang: 'en-US' }, { lang: 'zh-HK' }])).toBe(1);
    expect(chineseVoice([{ lang: 'en-US' }])).toBeUndefined();
  });
});

describe('the public booking form (预约)', () => {
  it('checks the mobile number as it is typed', () => {
    expect(mobileProblem('')).toBe('请输入手机号码');
    expect(mobileProblem('1380000000')).toBe('手机号码应为 11 位，当前 10 位');
    expect(mobileProblem('12800000000')).toBe('手机号码应以 13–19 开头');
    expect(mobileProblem('138-0000-0000')).toBeUndefined();
    expect(mobileProblem('1380000000a')).toBe('手机号码只能包含数字');
  });

  it('lists what is missing in form order, with the identity number check digit', () => {
    expect(bookingProblems({ name: '', idNumber: '110105194912310021', mobile: '' })).toEqual([
      '请选择办理业务',
      '请选择预约时段',
      '请输入姓名',
      '身份证号码校验位或出生日期不正确，请核对证件',
      '请输入手机号码',
    ]);
    expect(bookingProblems({ category: 'A', slot: 's1', name: '张三', idNumber: '11010519491231002x', mobile: '13800000000' })).toEqual([]);
  });

  it('shows a slot with its time and what is left, and tidies a typed booking code', () => {
    expect(slotLabel({ start: '2026-12-08T09:00:00+08:00', end: '2026-12-08T09:30:00+08:00', left: 3 })).toBe('09:00–09:30 · 剩余 3 个');
    expect(slotLabel({ start: '2026-12-08T09:30:00+08:00', end: '2026-12-08T10:00:00+08:00', left: 0 })).toBe('09:30–10:00 · 已约满');
    expect(slotLabel({ start: '14:00', end: '14:30', left: 1 })).toBe('14:00–14:30 · 剩余 1 个');
    expect(slotTime('2026-12-08T09:30:00+08:00')).toBe('09:30');
    expect(normaliseBookingCode(' yy-7k 3p ')).toBe('YY7K3P');
  });
});

describe('opening hours as the supervisor types them', () => {
  it('reads periods in Chinese or ASCII punctuation and refuses bad ones with a reason', () => {
    expect(parsePeriods('9:00-12:00，13:30-17:00')).toEqual({
      periods: [
        { from: '09:00', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
    });
    expect(parsePeriods('')).toEqual({ problem: '请填写办公时间，如 09:00-12:00, 13:30-17:00' });
    expect(parsePeriods('09:00-25:00')).toEqual({ problem: '“09:00-25:00” 不是有效的时间段，应为 HH:MM-HH:MM' });
    expect(parsePeriods('12:00-09:00')).toEqual({ problem: '时间段 12:00-09:00 的结束时间应晚于开始时间' });
    expect(parsePeriods('13:00-17:00 09:00-13:30')).toEqual({ problem: '时间段 09:00-13:30 与 13:00-17:00 重叠' });
  });

  it('shows the week grouped by days with the same hours', () => {
    const morning = [{ from: '09:00', to: '12:00' }];
    const day = [...morning, { from: '13:30', to: '17:00' }];
    expect(hoursLabel({ ...hoursOn(['mon', 'tue', 'wed', 'thu', 'fri'], day), sat: morning })).toBe(
      '周一至周五 09:00-12:00, 13:30-17:00 · 周六 09:00-12:00',
    );
    expect(hoursLabel({ mon: day, wed: day })).toBe('周一 09:00-12:00, 13:30-17:00 · 周三 09:00-12:00, 13:30-17:00');
    expect(hoursLabel({})).toBe('未设置办公时间');
  });
});

describe('the hall screen and the window desk', () => {
  const call = (ticketId: string, at: string, kind: 'call' | 'recall' = 'call') => ({
    ticketId,
    number: ticketId,
    windowName: '综合窗口（一）',
    at,
    kind,
  });

  it('speaks only the calls that are new since the last board, oldest first, and none on opening', () => {
    const first = [call('A001', '2026-12-07T01:00:00Z')];
    expect(newCalls(undefined, first)).toEqual([]);
    const seen = new Set(first.map(callKey));
    const next = [call('B001', '2026-12-07T01:02:00Z'), call('A002', '2026-12-07T01:01:00Z'), first[0]!];
    expect(newCalls(seen, next).map((c) => c.ticketId)).toEqual(['A002', 'B001']);
    // 重呼: the same ticket called again is spoken again.
    expect(newCalls(seen, [call('A001', '2026-12-07T01:05:00Z', 'recall')]).map((c) => c.kind)).toEqual(['recall']);
  });

  it('says how long someone waited', () => {
    expect(waitLabel(0.4)).toBe('不足 1 分钟');
    expect(waitLabel(12.9)).toBe('12 分钟');
    expect(waitLabel(65)).toBe('1 小时 5 分钟');
    expect(waitLabel(120)).toBe('2 小时');
  });

  it("offers the clerk's buttons by the ticket's state", () => {
    expect(windowActions(false, undefined)).toEqual([]);
    expect(windowActions(true, undefined)).toEqual(['call']);
    expect(windowActions(true, 'finished')).toEqual(['call']);
    expect(windowActions(true, 'called')).toEqual(['recall', 'skip', 'transfer', 'finish', 'intake']);
    expect(windowActions(true, 'serving')).toEqual(['recall', 'transfer', 'finish', 'intake']);
    expect(percent(0.83333)).toBe('83.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(undefined)).toBe('—');
  });
});

describe('who opens the evaluation pad (评价器)', () => {
  it('the clerks of 收件 and 出件 windows, who rate, and supervisors, who only look; as the API allows', () => {
    expect([...PAD_ROLES].sort()).toEqual(['intake_clerk', 'output_clerk', 'supervisor']);
    expect([...PAD_RATING_ROLES].sort()).toEqual(['intake_clerk', 'output_clerk']);
    // The pad reads the window (hall.read) and stores the rating (hall.serve): the page offers no more than the API allows.
    for (const role of PAD_ROLES) expect(rolesOf('hall.read')).toContain(role);
    expect([...rolesOf('hall.serve')].sort()).toEqual([...PAD_RATING_ROLES].sort());
  });
});
