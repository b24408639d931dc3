import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import {
  browserAvailable,
  expectColumnsShown,
  launchBrowser,
  scannedPdf,
  screenshot,
  seriousViolations,
  signIn,
} from '#tests/support/browser';

/**
 * One 承诺件 (失业保险金申领, 人社局) from the intake window to the applicant's rating, every step
 * done through the screens by each staff role in their own signed-in session, then the public page.
 */
// Generous limits: the whole system and Chromium share two cores with the rest of the suite.
describe.runIf(browserAvailable())('the workbench in Chromium: a promised case from intake to rating', { timeout: 300_000 }, () => {
  let browser: Browser;
  let caseNumber = '';
  let queryCode = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const upload = (page: Page, label: string, name: string) =>
    page.getByTestId(`scan-input-${label}`).setInputFiles({ name, mimeType: 'application/pdf', buffer: scannedPdf(name) });

  it('王窗口 (收件窗口) finds the item, takes three scans, registers it and sees the receipt', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /王窗口/);
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('王窗口');
    await page.getByRole('searchbox', { name: '搜索事项' }).fill('失业');
    await page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
    // The seed item itself, not the copies other tests add to the same catalog (失业保险金申领（端到端） …).
    await page.getByRole('button', { name: /失业保险金申领(?!（)/ }).click();
    await page.getByText('办事指南：失业保险金申领').waitFor();
    await screenshot(page, '01-intake-guide');
    await expectAccessible(page);

    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('身份证号码').fill('110105194912310021');
    await expect.poll(() => page.getByText('身份证号码校验位或出生日期不正确，请核对证件').count()).toBe(1);
    await page.getByLabel('身份证号码').fill('11010519491231002X');
    await page.getByText('校验通过').waitFor();
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
      await upload(page, label, file);
    }
    await expect.poll(() => page.getByTestId('scan-ok').count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByTestId('expected-outcome').textContent()).toContain('材料齐全');
    await screenshot(page, '02-intake-form');
    await expectAccessible(page);

    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByTestId('receipt').waitFor({ timeout: 30_000 });
    caseNumber = (await page.getByTestId('case-number').first().textContent())!.trim();
    queryCode = (await page.getByTestId('query-code').textContent())!.trim();
    expect(caseNumber).toMatch(/^HZ\d{8}\d{4}$/);
    expect(queryCode.length).toBeGreaterThan(4);
    await page.getByText('材料接收告知单').first().waitFor({ timeout: 30_000 });
    await screenshot(page, '03-intake-receipt');
    await expectAccessible(page);
    await context.close();
  });

  it('李审批 (人社局 后台审批) finds it in the queue, accepts it and decides with the licence number', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /李审批/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await page.getByText('受理审查').first().waitFor();
    // On the centre's common 1366×768 screens the queue beside the case file shows every column, the light too.
    await page.setViewportSize({ width: 1366, height: 768 });
    const queue = page.locator('.ant-card').filter({ has: page.getByRole('columnheader', { name: '亮灯' }) });
    await expectColumnsShown(queue, ['办件编号', '事项', '状态', '承诺办结', '亮灯']);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await screenshot(page, '04-back-office-review');
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交审查意见' }).click();
    await expect.poll(() => page.getByTestId('case-state').first().textContent(), { timeout: 30_000 }).toBe('办理中');

    await page.getByRole('tab', { name: '作出决定' }).click();
    await page.getByLabel('审批意见').fill('材料齐全，符合条件，准予。');
    await page.getByLabel('文号 / 证照编号').fill('人社许字2026001');
    await page.getByRole('button', { name: '作出决定' }).click();
    await expect.poll(() => page.getByTestId('case-state').first().textContent(), { timeout: 30_000 }).toBe('准予（待出件）');
    await page.getByText('受理通知书').first().waitFor({ timeout: 30_000 });
    await screenshot(page, '05-back-office-decided');
    await expectAccessible(page);
    await context.close();
  });

  it('刘出件 (出件窗口) scans the result from the centre-wide desk and hands it over against a signature', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /刘出件/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await upload(page, '结果文书', 'result.pdf');
    await page.getByTestId('scan-ok').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('文号 / 证照编号').inputValue()).toBe('人社许字2026001');
    await screenshot(page, '06-output-scan');
    await expectAccessible(page);
    await page.getByRole('button', { name: '扫描入库' }).click();
    await expect.poll(() => page.getByTestId('case-state').first().textContent(), { timeout: 30_000 }).toBe('待领取');

    await page.getByLabel('领取人姓名').fill('张三');
    await page.getByLabel('领取人身份证号码（现场核验）').fill('11010519491231002X');
    const pad = await page.getByTestId('signature-pad').boundingBox();
    await page.mouse.move(pad!.x + 40, pad!.y + 100);
    await page.mouse.down();
    for (const [dx, dy] of [
      [80, -50],
      [140, 30],
      [220, -40],
      [300, 20],
    ] as const)
      await page.mouse.move(pad!.x + dx, pad!.y + 80 + dy, { steps: 6 });
    await page.mouse.up();
    await screenshot(page, '07-output-handover');
    await page.getByRole('button', { name: '确认交付' }).click();
    await expect.poll(() => page.getByTestId('case-state').first().textContent(), { timeout: 30_000 }).toMatch(/已送达|已办结/);
    await page.getByText('送达回证').first().waitFor({ timeout: 30_000 });
    await screenshot(page, '08-output-delivered');
    await expectAccessible(page);
    await context.close();
  });

  it('the applicant opens the QR code link on a phone, sees the progress and rates 非常满意', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/progress?case=${encodeURIComponent(caseNumber)}&code=${encodeURIComponent(queryCode)}`);
    await expect.poll(() => page.getByTestId('progress-state').textContent(), { timeout: 30_000 }).toMatch(/送达|办结|领取/);
    await screenshot(page, '09-public-progress');
    await expectAccessible(page);
    await page.getByRole('radio', { name: '非常满意' }).check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价').waitFor({ timeout: 30_000 });
    expect(await page.getByText('您的评价：非常满意').count()).toBe(1);
    await screenshot(page, '10-public-rated');
    await context.close();
  });

  it('张监察 (监察) sees the case decided on time on the dashboard', async () => {
    const { context, page } = await signIn(browser, baseUrl(), /张监察/);
    await page.getByRole('cell', { name: '人社局' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, '11-supervisor-dashboard');
    await expectAccessible(page);
    await context.close();
  });
});
