/**
 * The welcome page, in real Chromium on the built extension: it opens once, on install;
 * the choices made there are saved; an update of the extension neither opens it again nor
 * loses them.
 */
import type { Page, Worker } from 'playwright-core';
import puppeteer, { type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtension, fakePage, screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } };
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium('fr');
});

afterAll(async () => {
  await session?.close();
});

const welcomePages = () => session.context.pages().filter((page) => page.url().endsWith('/welcome.html'));
const stored = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.local.get('settings').then((all) => all.settings));

async function choosePlace(page: Page, text: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: 'Votre lieu' });
  await input.fill(text);
  const list = page.getByRole('listbox', { name: 'Votre lieu' });
  await expect.poll(() => list.getByRole('option', { name: option }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const labels = await list.getByRole('option').allTextContents();
  for (let i = 0; i < labels.findIndex((label) => option.test(label)); i++) await input.press('ArrowDown');
  await input.press('Enter');
}

describe('the welcome page (Chromium)', () => {
  it('opens by itself on install, once, in the browser’s language', async () => {
    expect(welcomePages()).toHaveLength(1);
    const page = session.welcome;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bienvenue dans Circuit court');
    expect(await page.locator('main').textContent()).toContain('Elle n’envoie rien.');
  });

  it('saves the place, the in-page card and the footprint as they are chosen, keyboard only', async () => {
    const page = session.welcome;
    await page.setViewportSize({ width: 1000, height: 1400 });
    // Nothing is stored before a choice: the defaults hold.
    expect(await stored(session.worker)).toBeUndefined();
    await choosePlace(page, '29200', /^Brest/);
    await expect.poll(() => page.locator('.settings__current').first().textContent()).toMatch(/Lieu choisi : Brest/);
    await page.getByRole('radio', { name: 'Jamais' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Compter mes visites aux services des GAFAM' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => stored(session.worker))
      .toMatchObject({ place: { name: 'Brest' }, notice: 'never', footprint: false });
    await page.screenshot({ path: screenshotPath('chromium', '24-welcome'), fullPage: true });
    // The two ways on are links to the extension's own pages.
    expect(await page.getByRole('link', { name: 'Explorer les alternatives' }).getAttribute('href')).toBe(
      '/explore.html',
    );
  });

  it('does not open again on an update, which keeps every choice', async () => {
    // Playwright cannot reinstall an extension; puppeteer-core can (CDP's Extensions.loadUnpacked):
    // loading the same folder again is an update, reported to runtime.onInstalled as "update".
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    try {
      const folder = builtExtension('chrome-mv3');
      const id = await browser.installExtension(folder);
      const isWelcome = (target: Target) => target.url() === `chrome-extension://${id}/welcome.html`;
      const ours = (target: Target) =>
        target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${id}/`);
      let worker = (await (await browser.waitForTarget(ours)).worker())!;
      await (await (await browser.waitForTarget(isWelcome)).page())!.close();

      const choices = {
        version: 2,
        language: 'fr',
        place: null,
        collectives: ['chatons'],
        notice: 'never',
        mutedSites: ['mail.google.com'],
        footprint: false,
      };
      await worker.evaluate((settings) => chrome.storage.local.set({ settings }), choices);
      // A GAFAM page, answered locally: no request leaves the machine.
      const gafam = await browser.newPage();
      await gafam.setRequestInterception(true);
      gafam.on(
        'request',
        (request) => void request.respond({ contentType: 'text/html; charset=utf-8', body: fakePage(request.url()) }),
      );
      await gafam.goto('https://docs.google.com/document/d/1AbC/edit');
      const badge = () =>
        worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ url: 'https://docs.google.com/*' });
          return chrome.action.getBadgeText({ tabId: tab.id! });
        });
      await expect.poll(badge, { timeout: 10_000 }).not.toBe('');

      const before = browser.targets().filter(ours);
      await browser.installExtension(folder);
      // The updated extension runs in a new service worker.
      worker = (await (await browser.waitForTarget((target) => ours(target) && !before.includes(target))).worker())!;
      // The badge comes back only through runtime.onInstalled (Chromium puts no content
      // script in tabs already open): once it is back, the handler has run to its end.
      await expect.poll(badge, { timeout: 10_000 }).not.toBe('');
      expect(browser.targets().filter(isWelcome)).toHaveLength(0);
      expect(await worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({ settings: choices });
    } finally {
      await browser.close();
    }
  });
});
