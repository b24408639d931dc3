import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalSystem, type LocalSystem } from '#local/system';
import { api, baseUrl, token, useSystem } from '#tests/support/client';
import { launchBrowser, scannedPdf, screenshot, seriousViolations, signIn } from '#tests/support/browser';

/**
 * A morning in the hall, through its pages: the applicant books on a phone, another takes a number
 * at the kiosk, the hall screen shows (and speaks) the call when 王窗口 calls it at 综合窗口（一）, the
 * clerk registers a case for that ticket and finishes, the applicant rates on the window's pad, and
 * the supervisor sees it in 大厅管理. A system of its own on simulated time (Monday 2026-12-21, 09:00
 * China time), so the hall is open whatever day the suite runs on.
 */
const START = '2026-12-21T09:00+08:00';
const CENTRE = 'HZ';
const GENERAL = 'general-affairs';
const SOCIAL = 'social-security';
const WINDOW = 'window-1';
const WINDOW_NAME = '综合窗口（一）';
const WEEK = {
  mon: [{ from: '08:30', to: '18:00' }],
  tue: [{ from: '08:30', to: '18:00' }],
  wed: [{ from: '08:30', to: '18:00' }],
  thu: [{ from: '08:30', to: '18:00' }],
  fri: [{ from: '08:30', to: '18:00' }],
};

describe('the hall in Chromium: kiosk → hall screen → window → pad', { timeout: 300_000 }, () => {
  let system: LocalSystem;
  let browser: Browser;
  let supervisor: string;
  let ticketNumber = '';
  let caseNumber = '';
  let bookingCode = '';
  let screen: { context: BrowserContext; page: Page };

  /** The local system's simulated now: each browser context's clock starts there. */
  const systemNow = async () => new Date(((await (await fetch(`${baseUrl()}/local/clock`)).json()) as { now: string }).now);
  const publicPage = async (viewport: { width: number; height: number }, mobile = false) => {
    const context = await browser.newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(mobile ? { isMobile: true, hasTouch: true } : {}),
    });
    await context.clock.install({ time: await systemNow() });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('[browser]', e.message));
    return { context, page };
  };
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  beforeAll(async () => {
    const dynamo = {
      endpoint: inject('systemEnv').AWS_ENDPOINT_URL_DYNAMODB!,
      tableName: `onewindow-hall-web-${randomUUID().slice(0, 8)}`,
    };
    system = await startLocalSystem({ port: 0, clock: START, dynamo });
    useSystem(system.url);
    browser = await launchBrowser();
    supervisor = await token('supervisor', { name: '张监察', subject: 'zhang.jiancha', centre: CENTRE });
    for (const [code, body] of [
      [GENERAL, { letter: 'A', name: '综合业务', itemCodes: ['RS-0001'], hours: WEEK }],
      [SOCIAL, { letter: 'B', name: '社保业务', departments: ['人社局'], booking: { slotMinutes: 30, capacity: 2 }, hours: WEEK }],
    ] as const) {
      const res = await api('PUT', `/hall/categories/${code}`, { token: supervisor, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    for (const [id, body] of [
      [WINDOW, { name: WINDOW_NAME, kind: 'general', categories: [GENERAL, SOCIAL], hours: WEEK }],
      ['window-2', { name: '综合窗口（二）', kind: 'general', categories: [SOCIAL], hours: WEEK }],
    ] as const) {
      const res = await api('PUT', `/hall/windows/${id}`, { token: supervisor, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  it('an applicant books a 社保业务 slot on a phone, with the identity number checked as typed', async () => {
    const { context, page } = await publicPage({ width: 390, height: 844 }, true);
    await page.goto(`${baseUrl()}/hall/${CENTRE}/book`);
    await page.getByLabel('办理业务').click();
    await page.getByTitle('B · 社保业务').click();
    await page.getByRole('radiogroup', { name: '预约日期' }).getByText('12-21').click();
    // 09:00 has started: the first slot left today is 09:30.
    await page.getByRole('radio', { name: /09:30–10:00 · 剩余 2 个/ }).check();
    await page.getByLabel('姓名').fill('李四');
    await page.getByLabel('身份证号码').fill('110105194912310021');
    await page.getByText('身份证号码校验位或出生日期不正确，请核对证件').first().waitFor();
    await page.getByLabel('身份证号码').fill('11010519491231002X');
    await page.getByText('校验通过').first().waitFor();
    await page.getByLabel('手机号码').fill('13900000001');
    await screenshot(page, 'hall-01-booking-form');
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交预约' }).click();
    await page.getByText('预约成功').waitFor({ timeout: 30_000 });
    bookingCode = (await page.getByTestId('booking-code').textContent())!.trim();
    expect(bookingCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(await page.getByText('2026-12-21 09:30–10:00').count()).toBe(1);
    // The identity number is never shown in full.
    expect(await page.getByText('11010519491231002X').count()).toBe(0);
    await screenshot(page, 'hall-02-booking-code');
    await expectAccessible(page);
    await context.close();
  });

  it('the hall screen is open; a number is taken at the kiosk, and the booking checked in by its code', async () => {
    screen = await publicPage({ width: 1920, height: 1080 });
    // Record what the screen says instead of playing it.
    await screen.page.addInitScript({
      content: 'window.spoken = []; window.speechSynthesis.speak = (u) => { window.spoken.push(u.text); };',
    });
    await screen.page.goto(`${baseUrl()}/hall/${CENTRE}/screen`);
    await screen.page.getByTestId('waiting-A').waitFor({ timeout: 30_000 });
    await screen.page.getByRole('button', { name: '开启语音播报' }).click();

    const { context, page } = await publicPage({ width: 1280, height: 1024 });
    await page.goto(`${baseUrl()}/hall/${CENTRE}/kiosk`);
    await screenshot(page, 'hall-03-kiosk');
    await expectAccessible(page);
    await page.getByRole('button', { name: /A · 综合业务/ }).click();
    await page.getByTestId('ticket-number').waitFor({ timeout: 30_000 });
    ticketNumber = (await page.getByTestId('ticket-number').textContent())!.trim();
    expect(ticketNumber).toBe('A001');
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('前面还有 0 人等候');
    await screenshot(page, 'hall-04-kiosk-ticket');
    await expectAccessible(page);
    await page.getByRole('button', { name: '完成' }).click();

    await page.getByLabel('预约码（短信中的 8 位码）').fill(bookingCode.toLowerCase());
    await page.getByRole('button', { name: '签到取号' }).click();
    await page.getByTestId('ticket-number').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('ticket-number').textContent()).toBe('B001');
    expect(await page.getByText('社保业务（预约签到）', { exact: false }).count()).toBe(1);
    await context.close();

    await expect.poll(() => screen.page.getByTestId('waiting-A').textContent(), { timeout: 10_000 }).toContain('1 人');
    await expect.poll(() => screen.page.getByTestId('waiting-B').textContent(), { timeout: 10_000 }).toContain('1 人');
  });

  it('王窗口 signs in at 综合窗口（一） and calls: A001 shows and is spoken on the hall screen', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /王窗口/, await systemNow());
    await page.getByLabel('窗口', { exact: true }).click();
    await page.getByTitle(`${WINDOW_NAME}（无差别综窗）`).click();
    await page.getByRole('button', { name: '上岗' }).click();
    await page.getByRole('button', { name: '叫号' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('desk-waiting').textContent(), { timeout: 10_000 }).toBe('2 人');
    await screenshot(page, 'hall-05-window-signed-in');
    await expectAccessible(page);

    // The booking whose slot has not started waits behind the number taken first.
    await page.getByRole('button', { name: '叫号' }).click();
    await expect.poll(() => page.getByTestId('serving-number').textContent(), { timeout: 30_000 }).toBe(ticketNumber);
    await screen.page.getByTestId('call').filter({ hasText: ticketNumber }).filter({ hasText: WINDOW_NAME }).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => screen.page.evaluate<string[]>('window.spoken'), { timeout: 10_000 })
      .toContain('请A零零一号到综合窗口（一）办理');
    await expect.poll(() => screen.page.getByTestId('waiting-A').textContent(), { timeout: 10_000 }).toContain('0 人');
    await screenshot(screen.page, 'hall-06-screen-calling');
    await expectAccessible(screen.page);

    // 受理办件: the intake form, registered while A001 is served, links the case to the ticket.
    await page.getByRole('button', { name: '受理办件' }).click();
    await page.getByRole('searchbox', { name: '搜索事项' }).fill('失业');
    await page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
    await page.getByRole('button', { name: /失业保险金申领(?!（)/ }).click();
    await page.getByText('办事指南：失业保险金申领').waitFor();
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('身份证号码').fill('11010519491231002X');
    await page.getByLabel('联系电话').fill('13800000000');
    for (const [label, file] of [
      ['居民身份证', 'id.pdf'],
      ['解除或终止劳动关系证明', 'separation.pdf'],
      ['本人银行卡', 'bank.pdf'],
    ] as const) {
      await page
        .getByRole('radiogroup', { name: `${label}收取情况` })
        .getByText('已收取', { exact: true })
        .click();
      await page.getByTestId(`scan-input-${label}`).setInputFiles({ name: file, mimeType: 'application/pdf', buffer: scannedPdf(file) });
    }
    await expect.poll(() => page.getByTestId('scan-ok').count(), { timeout: 30_000 }).toBe(3);
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByTestId('receipt').waitFor({ timeout: 30_000 });
    caseNumber = (await page.getByTestId('case-number').first().textContent())!.trim();
    await page.getByText(`办件已关联号票 ${ticketNumber}`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('serving-cases').textContent(), { timeout: 10_000 }).toContain(caseNumber);
    await screenshot(page, 'hall-07-window-case-linked');
    await expectAccessible(page);

    await page.getByRole('button', { name: '办结' }).click();
    await page.getByText(`${ticketNumber} 已办结，请申请人在评价器上评价`).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '叫号' }).waitFor();

    // 代为取号 opens its dialog (its code loads on first use): a category to choose, the priority lane; cancelled.
    await page.getByRole('button', { name: '代为取号 / 绿色通道' }).click();
    const dialog = page.getByRole('dialog', { name: '代为取号' });
    await dialog.getByRole('combobox', { name: '业务类别' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('radiogroup', { name: '绿色通道' }).waitFor();
    expect(await dialog.getByRole('button', { name: '发号' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await context.close();
  });

  it('the applicant rates 非常满意 on the window pad, once', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /王窗口/, await systemNow());
    await page.goto(`${baseUrl()}/pad/${WINDOW}`);
    await expect
      .poll(() => page.getByTestId('pad-ticket').textContent(), { timeout: 30_000 })
      .toBe(`${ticketNumber} 号，请对本次服务进行评价`);
    await screenshot(page, 'hall-08-pad');
    await expectAccessible(page);
    await page.getByRole('radio', { name: '非常满意' }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价').waitFor({ timeout: 30_000 });
    expect(await page.getByText('您的评价：非常满意').count()).toBe(1);
    await screenshot(page, 'hall-09-pad-rated');
    await context.close();

    const tickets = await api<{
      tickets: { ticketId: string; number: string; status: string; caseNumbers: string[]; rating?: { level: number } }[];
    }>('GET', '/hall/tickets?day=2026-12-21', { token: supervisor });
    const served = tickets.body.tickets.find((t) => t.number === ticketNumber)!;
    expect(served).toMatchObject({ status: 'finished', caseNumbers: [caseNumber], rating: { level: 1 } });
  });

  it('张监察 sees the windows, the waiting and the day in 大厅管理, switches 综合窗口（二） for the next call, and checks the pad', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /张监察/, await systemNow());
    await page.getByRole('tab', { name: '大厅管理' }).click();
    await page.getByRole('cell', { name: '社保业务' }).first().waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await page.getByRole('tab', { name: '大厅统计' }).click();
    const total = page.getByRole('row', { name: /合计/ });
    await total.waitFor({ timeout: 30_000 });
    // 2 numbers taken, 1 served; one rating of 非常满意.
    await expect
      .poll(() => total.getByRole('cell').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['合计', '2', '1', '100.0%']));
    await screenshot(page, 'hall-10-statistics');
    await expectAccessible(page);

    await page.getByRole('tab', { name: '窗口与业务' }).click();
    await page
      .getByRole('row', { name: /综合窗口（二）/ })
      .getByRole('button', { name: '潮汐切换' })
      .click();
    await page.getByLabel('切换后服务的业务（下次叫号起生效）').click();
    await page.getByTitle('A · 综合业务').last().click();
    await page.getByLabel('切换原因').fill('社保缴费高峰，增开综合业务');
    await page.getByRole('button', { name: '切换', exact: true }).click();
    await page.getByText('综合窗口（二） 将在下次叫号时切换').waitFor({ timeout: 30_000 });
    await page.getByText(/潮汐切换待生效/).waitFor();
    await screenshot(page, 'hall-11-tidal');
    await expectAccessible(page);

    // The supervisor opens the window's pad to check it: it shows, read only (only the window's clerk rates).
    await page.goto(`${baseUrl()}/pad/${WINDOW}`);
    await page.getByText('查看模式：评价器须由该窗口在岗的工作人员登录后供申请人评价').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: `${WINDOW_NAME} · 服务评价` }).waitFor();
    await screenshot(page, 'hall-12-pad-supervisor');
    await expectAccessible(page);
    await context.close();
    await screen.context.close();
  });
});
