import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callAnnouncement, chineseVoice, spokenNumber } from '../../web/src/lib/call-speech';
import { bookingProblems, mobileProblem, normaliseBookingCode, slotLabel } from '../../web/src/lib/hall-booking';
import { openHallFeed, type FeedStatus } from '../../web/src/lib/hall-feed';

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
    const feed = openHallFeed({ url, onMessage: (m) => messages.push(m), refresh, onStatus: (s) => statuses.push(s), pollMs: 2_000, WebSocket: FakeSocket as unknown as typeof WebSocket });
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
    expect(slotLabel({ start: '2026-12-08T09:00:00+08:00', end: '2026-12-08T09:30:00+08:00', remaining: 3 })).toBe('09:00–09:30 · 剩余 3 个');
    expect(slotLabel({ start: '2026-12-08T09:30:00+08:00', end: '2026-12-08T10:00:00+08:00', remaining: 0 })).toBe('09:30–10:00 · 已约满');
    expect(normaliseBookingCode(' yy-7k 3p ')).toBe('YY7K3P');
  });
});
