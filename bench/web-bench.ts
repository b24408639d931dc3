/**
 * The workbench in Chromium (playwright-core driving Debian's /usr/bin/chromium) on the local system:
 * the sign-in page and each role's first screen with a cold cache, the JavaScript it loads (gzip bytes
 * on the wire), first contentful paint and the moment it is usable. Also whether Chinese is drawn with
 * the bundled Noto Sans SC on this machine (no CJK system font; no fontconfig injected here).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { LocalSystem } from '#local/system';
import { citizenIdCheckChar } from '#domain/identity';
import { CHROMIUM, CHROMIUM_ARGS, fillIntakeForm } from '#tests/support/browser';

export const WEB_JS_BAR_BYTES = 350 * 1024;
export const FCP_BAR_MS = 1000;
export const USABLE_BAR_MS = 2000;
/** From the 登记 button to the receipt on screen, for an item with three materials. */
export const INTAKE_RECEIPT_BAR_MS = 1500;
const INTAKES = 5;
const ARTIFACTS = resolve(import.meta.dirname, '../test-artifacts');

export interface ScreenFigures {
  screen: string;
  jsGzipBytes: number;
  jsFiles: number;
  fcpMs: number;
  usableMs: number;
  pass: boolean;
}

export interface IntakeFigures {
  /** 登记 clicked → receipt shown, each intake in order (the first is the window's first of the day). */
  receiptMs: number[];
  maxMs: number;
  pass: boolean;
}

export interface WebBenchResult {
  screens: ScreenFigures[];
  /** 失业保险金申领 with its three materials scanned, through the intake screen, INTAKES times. */
  intake: IntakeFigures;
  /** Noto Sans SC faces the sign-in page loaded (unicode-range slices). */
  webfontFacesLoaded: number;
}

// The demo staff of local/demo-users.ts, one per role, and what their first screen shows when usable.
const ROLES = [
  { screen: '收件窗口 /intake', who: /王窗口/ },
  { screen: '后台审批 /back-office', who: /李审批/ },
  { screen: '出件窗口 /output', who: /刘出件/ },
  { screen: '监察 /supervisor', who: /张监察/ },
] as const;

/** Usable: the screen's own content is there and nothing is still loading (evaluated in the page). */
const USABLE = `(() => {
  const main = document.querySelector('main');
  return !!main && main.innerText.trim().length > 20 && !document.querySelector('.ant-spin-spinning, .ant-skeleton');
})()`;

/**
 * The first contentful paint, once Chromium has recorded it (the entry can arrive a frame after the
 * content is in the DOM: read at once it was sometimes missing, NaN).
 */
const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { observer.disconnect(); resolve(entry.startTime); }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(() => resolve(NaN), 5000);
})`;

/** Loads `url` with an empty HTTP cache and measures it. */
async function coldLoad(page: Page, url: string, screen: string): Promise<ScreenFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const js: number[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    js.push(Number(response.headers()['content-length'] ?? 0));
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(USABLE, undefined, { timeout: 30_000, polling: 'raf' });
  const usableAt = await page.evaluate<number>('performance.now()');
  const fcpMs = await page.evaluate<number>(FIRST_CONTENTFUL_PAINT);
  // Content that has not been painted yet is not usable: the rAF poll can see it a frame before the paint.
  const usableMs = Math.max(usableAt, fcpMs);
  page.off('response', onResponse);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  const jsGzipBytes = js.reduce((a, b) => a + b, 0);
  const figures = { screen, jsGzipBytes, jsFiles: js.length, fcpMs: Math.round(fcpMs), usableMs: Math.round(usableMs) };
  return { ...figures, pass: jsGzipBytes <= WEB_JS_BAR_BYTES && fcpMs <= FCP_BAR_MS && usableMs <= USABLE_BAR_MS };
}

/** Signs in through the local login page as the demo person `who`; the page is then on their first screen. */
async function signIn(page: Page, url: string, who: RegExp): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: who }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/oidc') && u.pathname !== '/callback' && u.pathname !== '/');
}

/**
 * 王窗口 registers 失业保险金申领 with its three scans INTAKES times, each on a fresh form; the clock
 * runs from the click on 登记 to the receipt on screen (the scans upload before, as at a real window).
 */
async function timeIntakes(page: Page, url: string, log: (line: string) => void): Promise<IntakeFigures> {
  await signIn(page, url, /王窗口/);
  const intakeUrl = page.url();
  const receiptMs: number[] = [];
  for (let i = 0; i < INTAKES; i++) {
    if (i > 0) await page.goto(intakeUrl);
    const first17 = `11010519900101${String(100 + i)}`;
    await fillIntakeForm(page, {
      search: '失业',
      item: /失业保险金申领(?!（)/,
      applicant: { name: `基准申请人${i + 1}`, idNumber: first17 + citizenIdCheckChar(first17), phone: '13800000000' },
      materials: ['居民身份证', '解除或终止劳动关系证明', '本人银行卡'],
    });
    const register = page.getByRole('button', { name: '登记', exact: true });
    const started = performance.now();
    await register.click();
    await page.getByTestId('receipt').waitFor({ timeout: 30_000 });
    receiptMs.push(Math.round(performance.now() - started));
    if (i === 0) await page.screenshot({ path: join(ARTIFACTS, 'web-bench-intake-receipt.png') });
  }
  await page.context().close();
  const maxMs = Math.max(...receiptMs);
  log(`    intake, three materials: 登记 → receipt ${receiptMs.join(' / ')} ms`);
  return { receiptMs, maxMs, pass: maxMs <= INTAKE_RECEIPT_BAR_MS };
}

export async function benchWeb(system: LocalSystem, log: (line: string) => void): Promise<WebBenchResult> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // The shared flags, without the tests' fontconfig: the bench checks that the workbench's own webfont loads.
    args: CHROMIUM_ARGS,
  });
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    const screens: ScreenFigures[] = [];
    // The probes below are evaluated in the page; the workbench's CSP (no eval) would refuse them.
    const newPage = async () =>
      (
        await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true })
      ).newPage();

    const signInPage = await newPage();
    screens.push(await coldLoad(signInPage, `${system.url}/`, '登录 /'));
    await signInPage.evaluate('document.fonts.ready.then(() => true)');
    const webfontFacesLoaded = await signInPage.evaluate<number>(
      "[...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded').length",
    );
    await signInPage.screenshot({ path: join(ARTIFACTS, 'web-bench-sign-in.png') });
    await signInPage.context().close();

    for (const role of ROLES) {
      const page = await newPage();
      await signIn(page, system.url, role.who);
      // Let the signed-in page finish loading: its late responses would otherwise be counted as the cold load's.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      // Signed in (the session is in this tab); now the first screen again with nothing cached.
      screens.push(await coldLoad(page, page.url(), role.screen));
      await page.context().close();
    }
    const intake = await timeIntakes(await newPage(), system.url, log);
    for (const s of screens)
      log(
        `    ${s.screen}: JS ${(s.jsGzipBytes / 1024).toFixed(1)} KB gzip in ${s.jsFiles} files · FCP ${s.fcpMs} ms · usable ${s.usableMs} ms`,
      );
    log(`    Noto Sans SC faces loaded on the sign-in page: ${webfontFacesLoaded}`);
    return { screens, intake, webfontFacesLoaded };
  } finally {
    await browser.close();
  }
}
