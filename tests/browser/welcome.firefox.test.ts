/**
 * The welcome page, in real Firefox on the built add-on: it opens once, on install; the
 * choices made there are saved; an update (the same add-on installed again, which Firefox
 * reports to runtime.onInstalled as "update") neither opens it again nor loses them.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { type FirefoxSession, launchFirefox } from './firefox';
import { screenshotPath } from './harness';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  if (!session) return;
  await session.close();
  expect(session.strayRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

const welcomeTabs = async () => (await session.tabs()).filter((tab) => tab.url === `${session.origin}/welcome.html`);
const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);

describe('the welcome page (Firefox)', () => {
  it('opens by itself on install, once', async () => {
    await expect.poll(async () => (await welcomeTabs()).length, { timeout: 10_000 }).toBe(1);
  });

  it('saves the place, the in-page card and the footprint as they are chosen, keyboard only', async () => {
    // WebDriver BiDi cannot drive the tab the add-on opened: the same page, opened by the harness.
    const page = await session.openPage('welcome.html', { width: 1000, height: 1400 });
    expect(await text(page, 'h1')).toBe(t('en', 'welcomeTitle'));
    expect(await text(page, 'main')).toContain(t('en', 'welcomeSendsNothing'));
    expect((await session.storage('local')).settings).toBeUndefined();

    await page.focus('#welcome-place-input');
    await page.keyboard.type('quimper');
    const options = () =>
      page.$$eval('#welcome-place-input-list [role=option]', (items) => items.map((item) => item.textContent));
    await expect.poll(options, { timeout: 10_000 }).toContain('Quimper (29000) — Finistère (29)');
    const position = (await options()).indexOf('Quimper (29000) — Finistère (29)');
    for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.focus('input[name=notice][value=always]');
    await page.keyboard.press(' ');
    await page.focus('input[type=checkbox]');
    await page.keyboard.press(' ');
    await expect
      .poll(async () => (await session.storage('local')).settings, { timeout: 10_000 })
      .toMatchObject({ place: { name: 'Quimper' }, notice: 'always', footprint: false });
    expect(await text(page, '.settings__current')).toContain('Quimper');
    await page.screenshot({ path: screenshotPath('firefox', '15-welcome'), fullPage: true });
    await page.close();
  });

  it('does not open again on an update, which keeps every choice', async () => {
    for (const tab of await welcomeTabs()) await session.closeTab(tab.id);
    const kept = (await session.storage('local')).settings;
    const gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
    const tabId = await session.tabIdOf(gafam);
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).not.toBe('');

    await session.update();
    // The updated add-on is running: it has given the open GAFAM tab its badge again.
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).not.toBe('');
    // An install would have opened its tab by now, in the same handler that restores badges.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await welcomeTabs()).toEqual([]);
    expect((await session.storage('local')).settings).toEqual(kept);
    await gafam.close();
  });
});
