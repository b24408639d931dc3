import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import { browserAvailable, chromiumForSuite, expectAccessible as accessible, screenshot, signIn } from '#tests/support/browser';

/**
 * 张监察 (监察 / 中心管理) through the supervisor's screens: the dashboard's charts, a ticket from
 * registration to closing, ratings, a catalog import refused line by line, archive checks, and
 * loading a calendar year.
 */
describe.runIf(browserAvailable())('the workbench in Chromium: the supervisor', { timeout: 300_000 }, () => {
  const browser = chromiumForSuite();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signIn(browser(), baseUrl(), /张监察/));
  });
  afterAll(async () => {
    await context?.close();
  });

  const expectAccessible = () => accessible(page);
  const openTab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

  it('sees today’s intake and the charts of backlog, lights and rates', async () => {
    await page.getByText('今日收件').waitFor({ timeout: 30_000 });
    // The charts load on their own, each with a text summary for screen readers.
    await page.getByRole('img', { name: /^各部门在办：/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('img', { name: /^绿灯 \d+ 件，黄灯 \d+ 件，红灯 \d+ 件$/ }).count()).toBe(1);
    await screenshot(page, 'supervisor-01-dashboard');
    await expectAccessible();
  });

  it('registers a 办不成事 ticket, follows it up and closes it', async () => {
    await openTab('工单');
    const comment = `申请人反映跨省社保转移办不成 ${Date.now()}`;
    await page.getByLabel('责任部门').fill('人社局');
    await page.getByLabel('诉求内容').fill(comment);
    await page.getByRole('button', { name: '登记工单' }).click();
    const row = page.getByRole('row').filter({ hasText: comment });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('办不成事');
    expect(await row.textContent()).toMatch(/办理中，\d{4}-\d{2}-\d{2} 前答复/);
    await row.getByRole('button', { name: /展开/ }).click();
    await page.getByLabel('跟进记录').fill('已联系省社保中心');
    await page.getByRole('button', { name: '记录', exact: true }).click();
    await page.getByText(/张监察：已联系省社保中心/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'supervisor-02-ticket');
    await expectAccessible();
    await page.getByRole('tab', { name: '办结', exact: true }).click();
    await page.getByLabel('办理结果').fill('已协调办结，申请人满意');
    await page.getByRole('button', { name: '办结工单' }).click();
    // Closed: gone from the open tickets, listed among the resolved ones.
    await expect.poll(() => page.getByRole('row').filter({ hasText: comment }).count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('combobox', { name: '工单状态' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '已办结' }).click();
    await page.getByRole('row').filter({ hasText: comment }).filter({ hasText: '已办结' }).waitFor({ timeout: 30_000 });
  });

  it('reads the ratings per department and per item', async () => {
    await openTab('好差评');
    await page.getByRole('columnheader', { name: '好评率' }).waitFor({ timeout: 30_000 });
    await page.getByText('按事项', { exact: true }).click();
    await page.getByRole('columnheader', { name: '事项编码' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'supervisor-03-ratings');
    await expectAccessible();
  });

  it('sees the catalog with versions, and an import refused with its problems per line', async () => {
    await openTab('事项目录');
    await page.getByRole('searchbox', { name: '搜索目录' }).fill('RS-0001');
    await page.getByRole('searchbox', { name: '搜索目录' }).press('Enter');
    // The seed item's own row (other tests add look-alike codes to the same catalog).
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'RS-0001', exact: true }) });
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: /展开/ }).click();
    await page
      .getByText(/第 1 版/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByLabel('清单内容').fill('implementationCode,name\nX-0001,测试事项\n');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.textContent()).toContain('第 1 行');
    expect(await page.getByText(/未导入任何事项/).count()).toBe(1);
    await screenshot(page, 'supervisor-04-catalog-import');
    await expectAccessible();
  });

  it('opens the archive checks', async () => {
    await openTab('归档核验');
    await page.getByRole('columnheader', { name: '完整性' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'supervisor-05-archive');
    await expectAccessible();
  });

  it('loads the 2032 calendar, after being told which pasted date is wrong', async () => {
    await openTab('工作日历');
    await page.getByLabel('年份').fill('2032');
    await page.getByLabel(/^放假日期/).fill('2032-01-01 2032-02-30');
    await page.getByText('“2032-02-30”不是日期（格式：2032-01-01）').waitFor();
    expect(await page.getByRole('button', { name: '加载' }).isDisabled()).toBe(true);
    await page.getByLabel(/^放假日期/).fill('2032-01-01\n2032-02-11\n2032-02-12\n2032-02-13');
    await page.getByLabel(/^调休上班日期/).fill('2032-02-07');
    await page.getByLabel('依据（通知文号）').fill('国办发明电〔2031〕7号');
    await page.getByRole('button', { name: '加载' }).click();
    await page.getByText('2032 年日历已加载：节假日 4 天，调休上班 1 天').waitFor({ timeout: 30_000 });
    const loaded = page.getByRole('row').filter({ hasText: '国办发明电〔2031〕7号' });
    await loaded.waitFor({ timeout: 30_000 });
    expect(await loaded.textContent()).toContain('2032');
    // 加载人 is the person, by name, not the account id the token carries.
    expect(await loaded.getByRole('cell', { name: '张监察', exact: true }).count()).toBe(1);
    await screenshot(page, 'supervisor-06-calendar');
    await expectAccessible();
  });
});
