import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import {
  browserAvailable,
  chromiumForSuite,
  expectAccessible,
  expectColumnsShown,
  registerAtWindow,
  screenshot,
  signIn,
  uploadScan,
  waitForCaseState,
} from '#tests/support/browser';

/**
 * A 联办件 (个体工商户设立登记: 市场监管局 leads, 税务局 gives its opinion) mailed to the applicant:
 * the co-department works it from its own worklist, the lead decides, the output window scans the
 * licence, dispatches it by courier and records the receipt.
 */
describe.runIf(browserAvailable())('the workbench in Chromium: a joint case with a co-department, mailed', { timeout: 300_000 }, () => {
  const browser = chromiumForSuite();
  let caseNumber = '';

  const history = (page: Page) => page.locator('.ant-timeline').textContent();

  it('王窗口 registers 个体工商户设立登记 for delivery by post', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /王窗口/);
    ({ caseNumber } = await registerAtWindow(page, {
      search: '个体工商户',
      item: /个体工商户设立登记(?!（)/,
      applicant: { name: '周五', idNumber: '440301199003150027', phone: '13900000002' },
      materials: ['个体工商户登记申请书', '经营者身份证明', '经营场所使用证明'],
      courier: { recipient: '周五', phone: '13900000002', city: '杭州市', street: '西湖区文三路 1 号' },
    }));
    await context.close();
  });

  it('陈审批 (市场监管局, lead) accepts it', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /陈审批/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: '提交审查意见' }).click();
    await waitForCaseState(page, '办理中');
    await context.close();
  });

  it('孙联办 (税务局) finds it in the 联办 worklist with its due day and agrees', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /孙联办/);
    // The lead department's queue is not the co-department's: the case is only on the 联办 list.
    await page
      .getByText(/^联办待办/)
      .first()
      .click();
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    const row = page.getByRole('row').filter({ hasText: caseNumber });
    expect(await row.textContent()).toContain('市场监管局');
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}（\d+ 个工作日）/);
    // At 1366×768 the worklist beside the case file shows the opinion's due day whole.
    await page.setViewportSize({ width: 1366, height: 768 });
    const worklist = page.locator('.ant-card').filter({ has: page.getByRole('columnheader', { name: '意见期限' }) });
    await expectColumnsShown(worklist, ['办件编号', '事项', '牵头部门', '送达本部门', '意见期限']);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByRole('tab', { name: '联办意见' }).click();
    await page.getByLabel('说明', { exact: true }).fill('经营者无欠税记录，同意设立。');
    await screenshot(page, 'joint-01-co-department');
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交联办意见' }).click();
    // Given: the opinion form is gone.
    await expect.poll(() => page.getByRole('tab', { name: '联办意见' }).count(), { timeout: 30_000 }).toBe(0);
    await context.close();
  });

  it('陈审批 decides with the licence number once the co-department agreed', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /陈审批/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await page.getByRole('tab', { name: '作出决定' }).click();
    await page.getByLabel('审批意见').fill('材料齐全，税务局同意，准予设立。');
    await page.getByLabel('文号 / 证照编号').fill('杭市监个字2026088');
    await page.getByRole('button', { name: '作出决定' }).click();
    await waitForCaseState(page, '准予（待出件）');
    expect(await history(page)).toContain('审批决定');
    await screenshot(page, 'joint-02-lead-decided');
    await expectAccessible(page);
    await context.close();
  });

  it('刘出件 scans the licence, dispatches it by courier and records the receipt', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /刘出件/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await uploadScan(page, '结果文书', 'licence.pdf');
    await page.getByTestId('scan-ok').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '扫描入库' }).click();
    await waitForCaseState(page, '待领取');
    // A mailed result: the desk asks for the courier, not a signature.
    // The address as the desk may show it: the person and the street masked.
    await page.getByText('邮寄至：周* 杭州市西湖区文****').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signature-pad').count()).toBe(0);
    await page.getByLabel('快递公司').fill('中国邮政EMS');
    await page.getByLabel('运单号').fill('EA123456789CN');
    await screenshot(page, 'courier-01-dispatch');
    await expectAccessible(page);
    await page.getByRole('button', { name: '登记寄出' }).click();
    await waitForCaseState(page, '已寄出');
    await page.getByRole('button', { name: '登记签收' }).click();
    await waitForCaseState(page, /已送达|已办结/);
    await expect.poll(() => history(page), { timeout: 30_000 }).toContain('结果已寄出');
    await screenshot(page, 'courier-02-received');
    await expectAccessible(page);
    await context.close();
  });
});
