/**
 * The background service worker stopped in the middle of a session, as Chromium does
 * with idle workers: the badge and the popup stay right, and the next navigation wakes
 * a new worker, with nothing in memory, that badges again. What a tab shows lives in
 * storage.session, never in the worker's memory. Also: the harness watches the worker
 * (its requests, errors, unhandled rejections) and the tabs the extension opens itself.
 * Chromium's alone: Firefox keeps the add-on's background page, and WebDriver BiDi has no
 * way to stop it.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { alternativeCount, badgeTitle } from '../expected';
import { catalogue, serviceById } from './catalogue';
import { type ChromiumSession, launchChromium } from './chromium';
import { count as countOf, text } from './dom';

const count = (serviceId: string) => alternativeCount(catalogue, serviceId);
const frenchTitle = (serviceId: string) => badgeTitle(catalogue, serviceId, 'fr');

let session: ChromiumSession;
let gafam: Page;
let tabId: number;
/** An extension page open all along: it reads the badge and the footprint through the browser, never through the worker. */
let watcher: Page;
/** A CDP session on it: Chromium's ServiceWorker domain stops workers on demand and reports their state. */
let cdp: CDPSession;
/** The running state of the extension's worker, as Chromium reports it ("running", "stopping", "stopped"…). */
let workerState = 'unknown';
const states: string[] = [];

declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  storage: { local: { get(key: string): Promise<Record<string, any>> } };
};

/** The badge, read by an extension page through the browser: the worker is not needed for it. */
const badgeFrom = (page: Page) =>
  page.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );

/** Google's arrivals counted today and before (the footprint counts a tab's arrival on a service once). */
const googleArrivals = (page: Page) =>
  page.evaluate(async () => {
    const { footprint } = await chrome.storage.local.get('footprint');
    return Object.values((footprint?.days ?? {}) as Record<string, { google?: number }>).reduce(
      (sum, day) => sum + (day.google ?? 0),
      0,
    );
  });

async function stopWorker() {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => workerState, { timeout: 10_000 }).toBe('stopped');
}

async function expectPopupShows(popup: Page, serviceId: string) {
  await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(serviceById(serviceId).name.fr);
  expect(await countOf(popup, '.card__title')).toBe(count(serviceId));
}

beforeAll(async () => {
  session = await launchChromium('fr');
  watcher = await session.openPage('options.html');
  gafam = await session.openTab('about:blank');
  cdp = await watcher.createCDPSession();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL !== `chrome-extension://${session.extensionId}/background.js`) continue;
      workerState = version.runningStatus;
      states.push(version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await session?.close();
});

describe('a service worker stopped in the middle of a session (Chromium)', () => {
  let popup: Page;

  it('keeps the badge and the open popup while stopped', async () => {
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('running');
    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    tabId = await session.tabIdOf(gafam);
    await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(frenchTitle('google-docs'));
    popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');

    await stopWorker();
    expect(await badgeFrom(watcher)).toEqual({ text: String(count('google-docs')), title: frenchTitle('google-docs') });
    await expectPopupShows(popup, 'google-docs');
    // Reading the badge and the popup did not need the worker: it is still stopped.
    expect(workerState).toBe('stopped');
  });

  it('badges a move inside a single-page app after the stop, and the open popup follows', async () => {
    const arrivals = await googleArrivals(watcher);
    await gafam.evaluate(() => history.pushState({}, '', '/spreadsheets/d/1AbC/edit'));
    // The content script's report wakes a new worker.
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('running');
    await expect
      .poll(() => badgeFrom(watcher), { timeout: 10_000 })
      .toEqual({ text: String(count('google-sheets')), title: frenchTitle('google-sheets') });
    await expectPopupShows(popup, 'google-sheets');
    // Docs → Sheets is an arrival on a new service, counted once.
    await expect.poll(() => googleArrivals(watcher), { timeout: 10_000 }).toBe(arrivals + 1);

    // Within Sheets, the new worker knows from storage.session that this is no new arrival.
    await stopWorker();
    await gafam.evaluate(() => history.pushState({}, '', '/spreadsheets/d/2XyZ/edit'));
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('running');
    await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(frenchTitle('google-sheets'));
    expect(await googleArrivals(watcher)).toBe(arrivals + 1);
  });

  it('badges a new page load after the stop, and a popup opened then shows the service', async () => {
    await stopWorker();
    await session.goto(gafam, 'https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('running');
    await expect
      .poll(() => badgeFrom(watcher), { timeout: 10_000 })
      .toEqual({ text: String(count('gmail')), title: frenchTitle('gmail') });
    const fresh = await session.openPopup(tabId);
    await expectPopupShows(fresh, 'gmail');
    await fresh.close();
  });

  it('shows a tab’s service in a popup opened after a stop, from what storage.session kept', async () => {
    await stopWorker();
    // Opening a tab wakes the worker (tabs.onUpdated), but a new worker has nothing in memory:
    // what the popup shows can only come from storage.session.
    const fresh = await session.openPopup(tabId);
    await expectPopupShows(fresh, 'gmail');
    await fresh.close();
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('running');
  });

  it('clears the badge when the tab leaves for another site after a stop', async () => {
    await stopWorker();
    await session.goto(gafam, 'https://example.org/after-the-stop');
    await expect
      .poll(() => badgeFrom(watcher), { timeout: 10_000 })
      .toEqual({ text: '', title: t('fr', 'actionTitle') });
    await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(t('fr', 'popupNotGafam'));
    await popup.close();
  });

  it('was really stopped and started again each time', () => {
    expect(states.filter((state) => state === 'stopped').length).toBeGreaterThanOrEqual(5);
    expect(states.filter((state) => state === 'starting').length).toBeGreaterThanOrEqual(5);
  });

  it('is watched, like every tab the extension opens itself: the harness sees their requests and errors', async () => {
    const address = `${session.origin}/options.html#opened-by-the-extension`;
    await session.inWorker(`chrome.tabs.create({ url: ${JSON.stringify(address)} }).then(() => true)`);
    const tab = (await (await session.browser.waitForTarget((target) => target.url() === address)).page())!;
    await tab.waitForFunction(() => document.readyState === 'complete');
    // Opaque, so that no cross-origin refusal adds an error of its own.
    await tab.evaluate(() => fetch('https://tracker.example/pixel', { mode: 'no-cors' }).catch(() => undefined));
    await session.inWorker(
      `setTimeout(() => { throw new Error('thrown on purpose'); }); void Promise.reject(new Error('rejected on purpose')); true`,
    );
    await expect.poll(() => session.strayRequests).toContain('https://tracker.example/pixel');
    await expect.poll(() => session.pageErrors.join('\n')).toMatch(/service worker: Error: thrown on purpose/);
    await expect.poll(() => session.pageErrors.join('\n')).toMatch(/service worker: Error: rejected on purpose/);
    // What was provoked here is taken back; anything else stays and fails the next check.
    session.strayRequests.splice(session.strayRequests.indexOf('https://tracker.example/pixel'), 1);
    for (const error of session.pageErrors.filter((text) => text.includes('on purpose')))
      session.pageErrors.splice(session.pageErrors.indexOf(error), 1);
    await tab.close();
  });

  it('made no request outside the extension and met no error, the worker included', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
