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
import { CHROMIUM, CHROMIUM_ARGS } from '#tests/support/browser';

export const WEB_JS_BAR_BYTES = 350 * 1024;
export const FCP_BAR_MS = 1000;
export const USABLE_BAR_MS = 2000;
const ARTIFACTS = resolve(import.meta.dirname, '../test-artifacts');

export interface ScreenFigures {
  screen: string;
  jsGzipBytes: number;
  jsFiles: number;
  fcpMs: number;
  usableMs: number;
  pass: boolean;
}

export interface WebBenchResult {
  screens: ScreenFigures[];
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
  const usableMs = await page.evaluate<number>('performance.now()');
  const fcpMs = await page.evaluate<number>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN");
  page.off('response', onResponse);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  const jsGzipBytes = js.reduce((a, b) => a + b, 0);
  const figures = { screen, jsGzipBytes, jsFiles: js.length, fcpMs: Math.round(fcpMs), usableMs: Math.round(usableMs) };
  return { ...figures, pass: jsGzipBytes <= WEB_JS_BAR_BYTES && fcpMs <= FCP_BAR_MS && usableMs <= USABLE_BAR_MS };
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
      await page.goto(`${system.url}/`);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(/\/oidc\/interaction\//);
      await page.getByRole('button', { name: role.who }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/oidc') && url.pathname !== '/callback' && url.pathname !== '/');
      // Signed in (the session is in this tab); now the first screen again with nothing cached.
      screens.push(await coldLoad(page, page.url(), role.screen));
      await page.context().close();
    }
    for (const s of screens)
      log(
        `    ${s.screen}: JS ${(s.jsGzipBytes / 1024).toFixed(1)} KB gzip in ${s.jsFiles} files · FCP ${s.fcpMs} ms · usable ${s.usableMs} ms`,
      );
    log(`    Noto Sans SC faces loaded on the sign-in page: ${webfontFacesLoaded}`);
    return { screens, webfontFacesLoaded };
  } finally {
    await browser.close();
  }
}
