import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import { anIntakeClerk, anItem, aSupervisor } from '#tests/support/stories';
import { browserAvailable, chromiumForSuite, expectAccessible, screenshot, signIn } from '#tests/support/browser';

/** 办件查询 in Chromium: 张监察 finds a case by its number, reads the masked row and opens the case file. */
describe.runIf(browserAvailable())('the workbench in Chromium: 办件查询', { timeout: 300_000 }, () => {
  const browser = chromiumForSuite();
  let context: BrowserContext;
  let page: Page;
  let caseNumber: string;

  beforeAll(async () => {
    const item = await (await aSupervisor()).publishes(anItem({ name: '查询测试事项', department: '查询测试局' }));
    const registered = await (await anIntakeClerk()).registers(item);
    expect(registered.status).toBe(201);
    caseNumber = registered.body.caseNumber;
    ({ context, page } = await signIn(browser(), baseUrl(), /张监察/));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('finds the case by its number, masked, and opens its file', async () => {
    await page.getByRole('link', { name: '办件查询' }).click();
    await page.getByLabel('办件编号').fill(caseNumber);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const results = page.getByRole('table', { name: '查询结果' });
    const row = results.getByRole('row').filter({ hasText: caseNumber });
    await row.waitFor({ timeout: 30_000 });
    expect(await results.getByRole('columnheader').allTextContents()).toEqual([
      '办件编号',
      '事项',
      '部门',
      '申请人',
      '状态',
      '收件时间',
      '承诺期限',
      '灯色',
    ]);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toMatch(/^查询测试事项（.+）$/);
    expect(cells[2]).toBe('查询测试局');
    // The applicant's name and identity number are masked in the list.
    expect(cells[3]).toMatch(/^张\* \d{3}\*{11}\d{3}[\dX]$/);
    await screenshot(page, 'case-search-01-results');
    await expectAccessible(page);

    await row.getByRole('button', { name: caseNumber }).click();
    await page.getByRole('dialog').getByText(`办件 ${caseNumber}`).waitFor({ timeout: 30_000 });
    await page.getByRole('dialog').getByText('查询测试事项').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'case-search-02-file');
    await expectAccessible(page);
  });

  it('says so when nothing matches', async () => {
    await page.keyboard.press('Escape');
    // The drawer's mask covers the form until the drawer has closed.
    await page.getByRole('dialog').getByText('查询测试事项').first().waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByLabel('办件编号').fill('HZ199901010001');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('table', { name: '查询结果' }).getByText('没有符合条件的办件').waitFor({ timeout: 30_000 });
  });
});
