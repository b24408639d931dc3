import { afterAll, beforeAll, expect } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium); npm's browser downloads cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium as this machine runs it: no sandbox (root in CI), no GPU, nothing fetched on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/**
 * Whether the browser tests run: in CI a missing browser fails the run; on a developer machine
 * without it the suite says loudly that they were skipped.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
  console.warn(
    `\n${'!'.repeat(72)}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium\n${'!'.repeat(72)}\n`,
  );
  return false;
}

/**
 * Chinese text in screenshots: a fontconfig file that adds the Noto Sans SC the notices already
 * embed (npm @expo-google-fonts/noto-sans-sc) to the system's fonts, so no font package is needed.
 */
function fontConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-fonts-'));
  const fonts = resolve(import.meta.dirname, '../../node_modules/@expo-google-fonts/noto-sans-sc');
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${fonts}/400Regular</dir><dir>${fonts}/700Bold</dir><cachedir>${dir}/cache</cachedir>
<alias><family>sans-serif</family><prefer><family>Noto Sans SC</family></prefer></alias>
</fontconfig>`,
  );
  return file;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig() } as Record<string, string>,
  });
}

/**
 * A staff member signs in through the OIDC login page, in their own browser context; `now`: the
 * browser's clock starts there (a local system on simulated time), and runs on.
 */
export async function signIn(browser: Browser, baseUrl: string, who: RegExp, now?: Date): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  if (now) await context.clock.install({ time: now });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[browser]', e.message));
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: who }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/oidc') && url.pathname !== '/callback' && url.pathname !== '/');
  return { context, page };
}

/** Serious or critical accessibility problems on the page as it stands (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A small real PDF, as a scanner would give. */
export function scannedPdf(title: string): Buffer {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% scan ${title} ${Math.random().toString(36).slice(2)}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** A scan handed to a material's hidden file input, as the picker or a drop would. */
export async function uploadScan(page: Page, label: string, name: string): Promise<void> {
  await page.getByTestId(`scan-input-${label}`).setInputFiles({ name, mimeType: 'application/pdf', buffer: scannedPdf(name) });
}

export interface IntakeThroughScreen {
  /** Typed into 搜索事项. */
  search: string;
  /** The item's button in the results (the seed item, not look-alike copies other tests add). */
  item: RegExp;
  applicant: { name: string; idNumber: string; phone: string };
  /** Material names, each marked 已收取 and scanned. */
  materials: string[];
  courier?: { recipient: string; phone: string; city: string; street: string };
}

/**
 * The intake window registers an application through its screen: item, applicant, scans,
 * delivery, 登记; returns the receipt's case number and query code.
 */
export async function registerAtWindow(page: Page, intake: IntakeThroughScreen): Promise<{ caseNumber: string; queryCode: string }> {
  await fillIntakeForm(page, intake);
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByTestId('receipt').waitFor({ timeout: 30_000 });
  const caseNumber = (await page.getByTestId('case-number').first().textContent())!.trim();
  const queryCode = (await page.getByTestId('query-code').textContent())!.trim();
  return { caseNumber, queryCode };
}

/** Everything before 登记: the item found, the applicant typed, each material taken and its scan verified. */
export async function fillIntakeForm(page: Page, intake: IntakeThroughScreen): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索事项' }).fill(intake.search);
  await page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
  await page.getByRole('button', { name: intake.item }).click();
  await page.getByText(/^办事指南：/).waitFor();
  await page.getByLabel('姓名').fill(intake.applicant.name);
  await page.getByLabel('身份证号码').fill(intake.applicant.idNumber);
  await page.getByText('校验通过').waitFor();
  await page.getByLabel('联系电话').fill(intake.applicant.phone);
  if (intake.courier) {
    await page.locator('label.ant-radio-wrapper', { hasText: /^邮寄送达$/ }).click();
    await page.getByRole('textbox', { name: '收件人' }).fill(intake.courier.recipient);
    await page.getByRole('textbox', { name: '收件电话' }).fill(intake.courier.phone);
    await page.getByRole('textbox', { name: '市', exact: true }).fill(intake.courier.city);
    await page.getByRole('textbox', { name: '详细地址' }).fill(intake.courier.street);
  }
  for (const [i, label] of intake.materials.entries()) {
    await page
      .getByRole('radiogroup', { name: `${label}收取情况` })
      .getByText('已收取', { exact: true })
      .click();
    await uploadScan(page, label, `material-${i}.pdf`);
  }
  await waitForCount(page.getByTestId('scan-ok'), intake.materials.length);
}

/** Waits until the locator matches exactly `count` elements (the screens refresh on their own). */
export async function waitForCount(locator: Locator, count: number, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await locator.count()) !== count) {
    if (Date.now() > until) throw new Error(`expected ${count} of ${locator.toString()}, found ${await locator.count()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The state tag of the opened case file, once it reads `state` (the file reloads after each step). */
export async function waitForCaseState(page: Page, state: RegExp | string, timeout = 30_000): Promise<void> {
  const tag = page.getByTestId('case-state').first();
  const until = Date.now() + timeout;
  for (;;) {
    const text = (await tag.textContent().catch(() => null)) ?? '';
    if (typeof state === 'string' ? text === state : state.test(text)) return;
    if (Date.now() > until) throw new Error(`case state is “${text}”, expected ${state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * One Chromium for a describe block: launched before its tests, closed after them. Returns a
 * getter, since the browser exists only once the hook ran.
 */
export function chromiumForSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call chromiumForSuite() inside a describe block.');
    return browser;
  };
}

/** Every screen: no serious or critical accessibility problem. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * Every named column of the card's table is shown whole inside the card: none clipped at its edge or
 * pushed out of sight behind a sideways scroll (the list beside a case file on a 1366-wide screen).
 */
export async function expectColumnsShown(card: Locator, headers: string[]): Promise<void> {
  const bounds = await card.boundingBox();
  expect(bounds, 'the card is on screen').not.toBeNull();
  for (const name of headers) {
    const header = await card.getByRole('columnheader', { name, exact: true }).boundingBox();
    expect(header, `column ${name}`).not.toBeNull();
    expect(header!.x, `column ${name} starts inside the card`).toBeGreaterThanOrEqual(bounds!.x);
    expect(header!.x + header!.width, `column ${name} ends inside the card`).toBeLessThanOrEqual(bounds!.x + bounds!.width);
  }
  // Nothing scrolls sideways: what the header shows is all there is.
  const sideways = await card
    .locator('.ant-table-content, .ant-table-body')
    // Typed by hand: the element type differs with or without the DOM library in the compilation
    // (React's types bring it in when a unit test imports web code that uses React).
    .evaluateAll((els) => els.some((el) => (el as unknown as Scrollable).scrollWidth > (el as unknown as Scrollable).clientWidth + 1));
  expect(sideways, 'the list scrolls sideways').toBe(false);
}

interface Scrollable {
  scrollWidth: number;
  clientWidth: number;
}
