/** Debian's Chromium with the built Chrome extension, offline, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { builtExtension, fakePage } from './harness';

/** The part of the extension API these helpers call inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests made by extension pages to anything but the extension itself. */
  strayRequests: string[];
  /** Console errors and uncaught exceptions from extension pages. */
  pageErrors: string[];
  openPopup(tabId: number): Promise<Page>;
  /** An extension page ("explore.html#nearby"), watched like the popup. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The id of the tab showing a page (found through the worker, which may read GAFAM tabs only). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  badgeTitle(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromium(language: 'fr' | 'en' = 'fr'): Promise<ChromiumSession> {
  const extension = builtExtension('chrome-mv3');
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

  const watch = (page: Page) => {
    page.on('request', (request: Request) => {
      if (!request.url().startsWith(`chrome-extension://${extensionId}/`)) strayRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  };

  return {
    context,
    worker,
    extensionId,
    strayRequests,
    pageErrors,
    async openPopup(tabId) {
      const page = await context.newPage();
      watch(page);
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return page;
    },
    async openPage(path, viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      watch(page);
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
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
