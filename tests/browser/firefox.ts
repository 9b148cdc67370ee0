/**
 * Firefox ESR with the Firefox test build, offline, driven by puppeteer-core over
 * WebDriver BiDi.
 *
 * - Every host name resolves to 127.0.0.1, where one local HTTPS server answers
 *   (local-web.ts): tests write real addresses ("https://docs.google.com/…")
 *   and `local()` adds the server's port.
 * - The test build (`npm run build:e2e`, in .output/firefox-mv2-e2e) is the store
 *   build plus one manifest key: its pages are web-accessible, so that a tab on a
 *   loopback page can move to them (WebDriver BiDi may not navigate to
 *   moz-extension:// itself). tests/browser/manifest.test.ts checks that nothing
 *   else differs.
 * - The add-on's moz-extension UUID is fixed by a preference, so its pages have
 *   known addresses.
 * - An extension page in a tab stays open all along (`extension`): the helpers
 *   read badges, tabs and storage through it, with the WebExtension API.
 * - WebDriver BiDi reports no console message from extension pages, so the
 *   harness reads Firefox's own output instead: "JavaScript error:" lines from the
 *   extension's files and console.error calls of any page (the stand-in pages run
 *   no script). Requests are watched on every tab the harness opens.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type HTTPRequest, type Page } from 'puppeteer-core';
import { projectRoot } from '../../scripts/catalogue-files';
import { startLocalWeb } from './local-web';
import type { LaunchOptions, Session, Viewport } from './session';
import { problemsOf, shooter, throughExtensionPage, until } from './session';

/** The test build's folder; `npm test` builds it (`npm run build:e2e`). */
export function builtFirefoxTestExtension(): string {
  const dir = join(projectRoot, '.output', 'firefox-mv2-e2e');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No Firefox test build in ${dir}: run \`npm run build:e2e\` before the Firefox tests (npm test does).`,
    );
  }
  return dir;
}

/** The fixed moz-extension UUID the tests give the add-on. */
const EXTENSION_UUID = '5c1e2d3a-6b7f-4c8d-9e0a-1b2c3d4e5f60';
/** Where a tab waits before moving to an extension page: a name no real site has. */
const SPRINGBOARD_HOST = 'circuit-court.test';

export async function launchFirefox(options: LaunchOptions = {}): Promise<Session> {
  const extensionDir = builtFirefoxTestExtension();
  const geckoId: string = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'))
    .browser_specific_settings.gecko.id;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const web = await startLocalWeb();
  const local = (url: string) => {
    const parsed = new URL(url);
    parsed.port = String(web.port);
    return parsed.href;
  };

  const downloads = mkdtempSync(join(tmpdir(), 'circuit-court-firefox-downloads-'));
  const firefox = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        // Every name is the local server; Google's HSTS preload would refuse its certificate.
        'network.dns.forceResolve': '127.0.0.1',
        'network.stricttransportsecurity.preloadlist': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        // Console calls of pages go to Firefox's output, where the harness reads them.
        'devtools.console.stdout.content': true,
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // WebDriver BiDi cannot emulate media features: theme and motion are the browser's own, for all pages.
        ...(options.theme
          ? { 'layout.css.prefers-color-scheme.content-override': options.theme === 'dark' ? 0 : 1 }
          : {}),
        ...(options.motion ? { 'ui.prefersReducedMotion': options.motion === 'reduce' ? 1 : 0 } : {}),
      },
    })
    .catch(async (error: unknown) => {
      await web.close();
      rmSync(downloads, { recursive: true, force: true });
      throw error;
    });

  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  let pending = '';
  const readOutput = (chunk: Buffer | string) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(`JavaScript error: ${origin}/`) || line.startsWith('console.error: "')) pageErrors.push(line);
    }
  };
  firefox.process()?.stdout?.on('data', readOutput);
  firefox.process()?.stderr?.on('data', readOutput);

  const close = async () => {
    await firefox.close();
    await web.close();
    rmSync(downloads, { recursive: true, force: true });
  };
  try {
    await firefox.installExtension(extensionDir);
    for (const extra of options.extraExtensions ?? []) await firefox.installExtension(extra);
  } catch (error) {
    await close();
    throw error;
  }

  /** Requests a tab makes besides its own pages (navigations, the favicon) and the extension's files. */
  const watch = (page: Page) => {
    page.on('request', (request: HTTPRequest) => {
      if (request.url().startsWith(`${origin}/`)) return;
      const url = new URL(request.url());
      if (url.hostname === SPRINGBOARD_HOST) return;
      if (request.isNavigationRequest() || url.pathname === '/favicon.ico') return;
      strayRequests.push(request.url());
    });
  };

  const newTab = async (viewport: Viewport) => {
    const page = await firefox.newPage();
    watch(page);
    await page.setViewport(viewport);
    return page;
  };

  const showExtensionPage = async (page: Page, path: string) => {
    const target = `${origin}/${path}`;
    await page.goto(local(`https://${SPRINGBOARD_HOST}/`));
    // The page goes away as it leaves: the evaluation may end with its context.
    await page
      .evaluate((url) => {
        location.href = url;
      }, target)
      .catch(() => undefined);
    // The tab keeps its puppeteer Page; BiDi does not report this navigation, so poll it.
    await until(
      () =>
        page.evaluate(
          (url) =>
            location.href === url && document.readyState === 'complete' && !!document.getElementById('app')?.firstChild,
          target,
        ),
      `${path} to render`,
    );
  };

  const openPage = async (path: string, viewport: Viewport = { width: 1280, height: 900 }) => {
    const page = await newTab(viewport);
    await showExtensionPage(page, path);
    return page;
  };

  let extension = await openPage('privacy.html', { width: 800, height: 600 }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const api = throughExtensionPage(() => extension);

  const session: Session = {
    name: 'firefox',
    language: 'en',
    browser: firefox,
    origin,
    downloads,
    strayRequests,
    pageErrors,
    local,
    async openTab(url, viewport = { width: 1024, height: 700 }) {
      const page = await newTab(viewport);
      await page.goto(local(url));
      return page;
    },
    async goto(page, url) {
      await page.goto(local(url));
    },
    ...api,
    async openPopup(tabId, viewport = { width: 380, height: 600 }) {
      const address = new URL(await api.popupAddress(tabId));
      return openPage(`${address.pathname.slice(1)}${address.search}`, viewport);
    },
    openPage,
    async update() {
      await firefox.installExtension(extensionDir);
      extension = await openPage('privacy.html', { width: 800, height: 600 });
    },
    shot: shooter('firefox'),
    async close() {
      const problems = problemsOf(session);
      await close();
      if (problems) throw problems;
    },
  };
  return session;
}
