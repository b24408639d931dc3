import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '#tests/support/client';
import { anIntakeClerk, anItem, aSupervisor, ID_CARD } from '#tests/support/stories';
import { browserAvailable, chromiumForSuite, expectAccessible as accessible, screenshot, signIn } from '#tests/support/browser';

/**
 * 张监察 (监察 / 中心管理) through the supervisor's screens: the dashboard's charts, a ticket from
 * registration to closing, ratings, a catalog import refused line by line, archive checks, and
 * loading a calendar year.
 */
/** What textCollisions reads of the page's DOM (the tests compile without the DOM's types). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface Drawn {
  tagName: string;
  textContent: string | null;
  namespaceURI: string | null;
  getBoundingClientRect(): Box;
  contains(other: Drawn): boolean;
  querySelector(selector: string): Drawn | null;
  querySelectorAll(selector: string): Iterable<Drawn>;
  ownerDocument: { createRange(): { selectNodeContents(node: Drawn): void; getBoundingClientRect(): Box } };
}

/**
 * In a chart's SVG: each text (SVG text, or an HTML label inside it) that runs out of the drawing or
 * partly into another text or shape (a bar, a slice, a grid line), by its words. Runs in the page.
 */
function textCollisions(chart: Drawn): string[] {
  const svg = chart.querySelector('svg');
  if (!svg) return ['no chart drawn'];
  const frame = svg.getBoundingClientRect();
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  // An HTML label's box is the slot it is given; its words are where the text itself is drawn.
  const inked = (element: Drawn) => {
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') return element.getBoundingClientRect();
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect();
  };
  const texts = [...svg.querySelectorAll('text, foreignObject span')].filter((t) => (t.textContent ?? '').trim() !== '');
  const shapes = [...svg.querySelectorAll('text, foreignObject span, path, rect, line')];
  const found: string[] = [];
  for (const text of texts) {
    const box = inked(text);
    const words = text.textContent ?? '';
    if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
      found.push(`${words} runs out of the chart`);
    for (const other of shapes) {
      if (other === text || other.contains(text)) continue;
      const otherBox = inked(other);
      // A shape around the whole text is its ground (the chart's background, a legend item's hover area).
      const around =
        otherBox.left <= box.left + 1 &&
        otherBox.right >= box.right - 1 &&
        otherBox.top <= box.top + 1 &&
        otherBox.bottom >= box.bottom - 1;
      if (around || (otherBox.width === 0 && otherBox.height === 0)) continue;
      if (overlap(box, otherBox)) found.push(`${words} collides with ${other.tagName} ${other.textContent ?? ''}`.trim());
    }
  }
  return found;
}

describe.runIf(browserAvailable())('the workbench in Chromium: the supervisor', { timeout: 300_000 }, () => {
  const browser = chromiumForSuite();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Open cases in two states, one of them 待补齐（一次性告知）: the backlog's legend lists both.
    const chief = await aSupervisor();
    const clerk = await anIntakeClerk();
    const needsCard = await chief.publishes(anItem({ name: '看板测试事项', department: '看板测试局', materials: [ID_CARD] }));
    const needsNothing = await chief.publishes(anItem({ name: '看板测试事项（无材料）', department: '看板测试局' }));
    expect((await clerk.registers(needsCard)).body.state).toBe('incomplete');
    expect((await clerk.registers(needsNothing)).status).toBe(201);
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
    // Every label is drawn whole: none runs into the next label, a bar or the edge. The legends are
    // HTML beside the drawing, each state in full (待补齐（一次性告知） was once covered by the next swatch).
    for (const chart of [
      page.getByRole('img', { name: /^各部门在办：/ }),
      page.locator('.ant-card').filter({ hasText: '按时办结率与转办及时率' }).locator('div[role="img"]'),
    ]) {
      // Drawn once the chart's fonts are loaded: until then it reports no chart.
      await expect.poll(() => chart.evaluate(textCollisions as unknown as () => string[]), { timeout: 30_000 }).toEqual([]);
    }
    const backlog = page.locator('.ant-card').filter({ hasText: '各部门在办（按状态）' });
    expect(await backlog.getByRole('listitem').allTextContents()).toContain('待补齐（一次性告知）');
    // Each bar tells its department, state and count under the pointer.
    expect(await backlog.locator('svg title').allTextContents()).toContainEqual(
      expect.stringMatching(/^看板测试局 · 待补齐（一次性告知）：[1-9]\d* 件$/),
    );
    // The figures per department and the overdue list, as tables.
    const perDepartment = page.getByRole('table', { name: '各部门', exact: true });
    expect(await perDepartment.getByRole('columnheader').allTextContents()).toEqual([
      '部门',
      '收件',
      '在办',
      '超期',
      '办结',
      '按时办结率',
      '转办及时率',
    ]);
    // Received, open, overdue, decided (the rates depend on whether the workflow has forwarded the case yet).
    const cells = await perDepartment.getByRole('row').filter({ hasText: '看板测试局' }).getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['看板测试局', '2', '2', '0', '0']);
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
