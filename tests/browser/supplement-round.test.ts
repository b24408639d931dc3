import { describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import {
  browserAvailable,
  chromiumForSuite,
  expectAccessible,
  registerAtWindow,
  screenshot,
  signIn,
  uploadScan,
  waitForCaseState,
} from '#tests/support/browser';

/** A day `days` from today in China time, as the date picker takes it. */
function chinaDayFromNow(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A 补正 round through the screens: the back office asks for one material again, the applicant
 * brings it to the window, the clerk scans it, and the back office accepts the case.
 */
describe.runIf(browserAvailable())('the workbench in Chromium: a correction (补正) round', { timeout: 300_000 }, () => {
  const browser = chromiumForSuite();
  let caseNumber = '';
  let queryCode = '';

  it('王窗口 registers 失业保险金申领 with three scans', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /王窗口/);
    ({ caseNumber, queryCode } = await registerAtWindow(page, {
      search: '失业',
      item: /失业保险金申领(?!（)/,
      applicant: { name: '李四', idNumber: '110105198001010016', phone: '13900000001' },
      materials: ['居民身份证', '解除或终止劳动关系证明', '本人银行卡'],
    }));
    expect(caseNumber).toMatch(/^HZ\d{12}$/);
    await context.close();
  });

  it('李审批 asks for the separation certificate again (补正), with the problem and a due day', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /李审批/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    // antd's button-style radios hide the input under the label: the clerk clicks the label.
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^补正$/ }).click();
    await page.getByLabel('需补正的材料（一次性告知）').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '解除或终止劳动关系证明' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('问题说明').fill('证明未加盖单位公章');
    const due = chinaDayFromNow(10);
    await page.getByLabel('补正期限').fill(due);
    // Enter in the date field submits the review, as at a clerk's keyboard.
    await page.getByLabel('补正期限').press('Enter');
    await waitForCaseState(page, '补正中');
    await screenshot(page, 'supplement-01-back-office-request');
    await expectAccessible(page);
    await page.getByText('补正材料通知书').first().waitFor({ timeout: 30_000 });
    // The history names the step in Chinese, and the workflow as 系统, not by internal names.
    const history = page.locator('.ant-timeline');
    await expect.poll(() => history.textContent()).toContain('要求补正 → 补正中');
    expect(await history.textContent()).not.toMatch(/request_supplement|OneWindow case workflow/);
    await context.close();
  });

  it('the applicant sees on the phone what to bring and by when', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/progress?case=${encodeURIComponent(caseNumber)}&code=${encodeURIComponent(queryCode)}`);
    await page.getByText('解除或终止劳动关系证明：证明未加盖单位公章').waitFor({ timeout: 30_000 });
    expect(await page.getByText(`需补正（${chinaDayFromNow(10)}前）`).count()).toBe(1);
    await screenshot(page, 'supplement-02-public-progress');
    await context.close();
  });

  it('王窗口 finds the case, scans the corrected certificate and sends it back to the back office', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /王窗口/);
    await page.getByRole('tab', { name: /补正/ }).click();
    await page.getByRole('searchbox', { name: '办件编号' }).fill(caseNumber);
    await page.getByRole('searchbox', { name: '办件编号' }).press('Enter');
    await page.getByText(/审批部门要求补正，期限/).waitFor({ timeout: 30_000 });
    // Nothing scanned yet: the clerk is told what is missing, and nothing is sent.
    await page.getByRole('button', { name: '提交补正材料' }).click();
    await page.getByText('解除或终止劳动关系证明尚未扫描').waitFor();
    await uploadScan(page, '解除或终止劳动关系证明', 'separation-stamped.pdf');
    await page.getByTestId('scan-ok').waitFor({ timeout: 30_000 });
    // Scanned and verified: the red “…尚未扫描” under it is gone, not left standing from the first try.
    expect(await page.getByText('解除或终止劳动关系证明尚未扫描').count()).toBe(0);
    await screenshot(page, 'supplement-03-window-scan');
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交补正材料' }).click();
    await waitForCaseState(page, '待受理');
    // Supplied: the panel is gone, the case waits for the back office's review again.
    expect(await page.getByRole('button', { name: '提交补正材料' }).count()).toBe(0);
    await context.close();
  });

  it('李审批 sees the corrected case back in the queue and accepts it', async () => {
    const { context, page } = await signIn(browser(), baseUrl(), /李审批/);
    await page.getByRole('button', { name: caseNumber }).click({ timeout: 60_000 });
    await waitForCaseState(page, '待受理');
    const history = page.locator('.ant-timeline');
    await expect.poll(() => history.textContent()).toContain('补正材料提交');
    await page.getByRole('button', { name: '提交审查意见' }).click();
    await waitForCaseState(page, '办理中');
    await page.getByText('受理通知书').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'supplement-04-accepted');
    await expectAccessible(page);
    await context.close();
  });
});
