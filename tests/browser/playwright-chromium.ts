/** Debian's Chromium with the built Chrome extension, offline, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { builtExtension, fakePage, popupFor } from './harness';

/** The part of the extension API these helpers call inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getPopup(details: { tabId?: number }): Promise<string>;
  };
};

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The welcome page the extension opened as it was installed (each launch installs it afresh). */
  welcome: Page;
  /**
   * Requests made by extension pages to anything but the extension itself: the pages
   * opened through this session, any other page while it shows an extension page (a
   * tab the extension opens itself), and the background service worker.
   */
  strayRequests: string[];
  /**
   * Console errors, uncaught exceptions and unhandled rejections: from every page of
   * the session (extension pages, and GAFAM pages, where only the content script
   * runs) and from the background service worker. `close()` fails on any of these
   * and on any stray request, so that every suite asserts them.
   */
  pageErrors: string[];
  /** The popup for a tab, opened as a page at the address the toolbar would open. */
  openPopup(tabId: number): Promise<Page>;
  /** That address (see `tabPopup`). */
  popupAddress(tabId: number): Promise<string>;
  /** An extension page ("explore.html#nearby"), watched like the popup. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The id of the tab showing a page (found through the worker, which may read GAFAM tabs only). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  badgeTitle(tabId: number): Promise<string>;
  /**
   * Has the service worker report its uncaught errors and unhandled rejections as
   * console errors (playwright reports only the console of a service worker). Done at
   * launch; a service worker that was stopped starts afresh and needs it again.
   */
  watchWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Other unpacked extensions loaded beside ours (the benchmarks' control content scripts). */
  extraExtensions?: string[];
}

/** The tab the extension opens on install; waited for, so that it never arrives in the middle of a test. */
async function welcomePage(context: BrowserContext, address: string): Promise<Page> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const page = context.pages().find((candidate) => candidate.url() === address);
    if (page) {
      await page.waitForLoadState();
      return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The extension opened no ${address} on install`);
}

export async function launchChromium(
  language: 'fr' | 'en' = 'fr',
  options: LaunchOptions = {},
): Promise<ChromiumSession> {
  const extension = [builtExtension('chrome-mv3'), ...(options.extraExtensions ?? [])].join(',');
  const profile = mkdtempSync(join(tmpdir(), 'circuit-court-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, LANGUAGE: language },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--lang=${language}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  // Every https page is a local stand-in: no test ever reaches the network.
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: fakePage(route.request().url()) }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];

  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const watched = new WeakSet<Page>();
  /** Pages opened as extension pages: any request of theirs outside the extension is stray. */
  const extensionPages = new WeakSet<Page>();
  const showsExtensionPage = (request: Request) => {
    try {
      return request.frame().url().startsWith(extensionOrigin);
    } catch {
      return false;
    }
  };
  const watch = (page: Page, asExtensionPage = false) => {
    if (asExtensionPage) extensionPages.add(page);
    if (watched.has(page)) return;
    watched.add(page);
    page.on('request', (request: Request) => {
      if (request.url().startsWith(extensionOrigin)) return;
      if (extensionPages.has(page) || showsExtensionPage(request)) strayRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  };
  // Every page, however opened: by a test, by the extension (tabs.create), by a link.
  for (const page of context.pages()) watch(page);
  context.on('page', (page) => watch(page));
  // The background service worker: its requests, its console errors, its uncaught errors.
  context.on('request', (request) => {
    if (request.serviceWorker() && !request.url().startsWith(extensionOrigin)) strayRequests.push(request.url());
  });
  context.on('console', (message) => {
    if (message.worker() && !message.page() && message.type() === 'error')
      pageErrors.push(`service worker: ${message.text()}`);
  });
  const watchWorker = () =>
    worker.evaluate(() => {
      const scope = globalThis as unknown as {
        __watched?: boolean;
        addEventListener(type: string, listener: (event: any) => void): void;
      };
      if (scope.__watched) return;
      scope.__watched = true;
      scope.addEventListener('error', (event) => console.error(`uncaught: ${event.message}`));
      scope.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
    });
  await watchWorker();
  const welcome = await welcomePage(context, `${extensionOrigin}welcome.html`);

  /**
   * The address the toolbar button opens for a tab: the one the background gave that
   * tab (it names the tab), else the default popup told which tab to describe (opened
   * as a page, it would otherwise describe its own tab). A tab the browser does not
   * know (the tests' "elsewhere") has the default popup.
   */
  const popupAddress = async (tabId: number) =>
    popupFor(
      await worker.evaluate(
        (id) => chrome.action.getPopup({ tabId: id }).catch(() => chrome.action.getPopup({})),
        tabId,
      ),
      tabId,
    );

  return {
    context,
    worker,
    welcome,
    popupAddress,
    extensionId,
    strayRequests,
    pageErrors,
    async openPopup(tabId) {
      const page = await context.newPage();
      watch(page, true);
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(await popupAddress(tabId));
      return page;
    },
    async openPage(path, viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      watch(page, true);
      await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      return worker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((candidate) => candidate.url === pageUrl);
        if (!tab?.id) throw new Error(`no readable tab shows ${pageUrl}`);
        return tab.id;
      }, url);
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    badgeTitle: (tabId) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
    watchWorker,
    async close() {
      // Every suite checks these at its end; this makes sure none forgets, whatever opened the page.
      // Taken before closing: a browser shutting down rejects what was still under way.
      const problems = [
        ...strayRequests.map((url) => `request outside the extension: ${url}`),
        ...pageErrors.map((error) => `error: ${error}`),
      ];
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (problems.length > 0)
        throw new Error(`The session met ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}
