/**
 * The settings page in Firefox ESR (the test build, see firefox.ts): the language,
 * a silent site, importing a local list and refusing a bad one, and the privacy
 * page it links to, shipped inside the extension.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { plural, t } from '../../utils/i18n';
import { importableHost } from '../fixtures/importable-host';
import { type FirefoxSession, launchFirefox } from './firefox';
import { screenshotPath } from './harness';

const catalogue = loadValidCatalogue();
const docs = catalogue.services.find((service) => service.id === 'google-docs')!;
const docsAlternatives = catalogue.categories.find((category) => category.id === docs.category)!.alternatives.length;

let session: FirefoxSession;
let settings: Page;
let gafam: Page;
let gafamTab: number;
let dir: string;

const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent));
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath('firefox', name), fullPage: true });
const cardCount = (page: Page) => page.evaluate(() => document.querySelectorAll('circuit-court-notice').length);

beforeAll(async () => {
  session = await launchFirefox();
  dir = mkdtempSync(join(tmpdir(), 'circuit-court-firefox-files-'));
  gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
  gafamTab = await session.tabIdOf(gafam);
  settings = await session.openPage('options.html', { width: 900, height: 1000 });
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the settings page (Firefox)', () => {
  it('switches the language at once, for the page, the popup and the badge', async () => {
    expect(await text(settings, 'h1')).toBe(t('en', 'settingsHeading'));
    await settings.click('input[name=language][value=fr]');
    await expect.poll(() => text(settings, 'h1')).toBe(t('fr', 'settingsHeading'));
    expect(await settings.evaluate(() => document.documentElement.lang)).toBe('fr');
    await shot(settings, '10-settings-french');

    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    await expect
      .poll(() => session.badgeTitle(gafamTab), { timeout: 10_000 })
      .toBe(plural('fr', 'badgeTitle', docsAlternatives, { service: docs.name.fr }));
    const popup = await session.openPopup(gafamTab);
    await expect
      .poll(() => text(popup, '.service__meta'), { timeout: 10_000 })
      .toContain(t('fr', 'popupServiceBy', { company: 'Google' }));
    await popup.close();

    await settings.click('input[name=language][value=auto]');
    await expect.poll(() => text(settings, 'h1')).toBe(t('en', 'settingsHeading'));
  });

  it('adds a silent site from an address: no badge and no card there, until it is removed', async () => {
    // The card on every arrival, so that its absence is the silent site's doing.
    await settings.click('input[name=notice][value=always]');
    await expect.poll(async () => (await session.storage('local')).settings).toMatchObject({ notice: 'always' });
    await settings.focus('#muted-site-input');
    await settings.keyboard.type('https://Docs.Google.com./document/');
    await settings.keyboard.press('Enter');
    await expect.poll(() => texts(settings, '.muted-sites li span')).toEqual(['docs.google.com']);
    expect((await session.storage('local')).settings).toMatchObject({ mutedSites: ['docs.google.com'] });

    await session.goto(gafam, 'https://docs.google.com/document/d/other/edit');
    await expect.poll(() => session.badgeTitle(gafamTab), { timeout: 10_000 }).toBe(t('en', 'actionTitle'));
    expect(await session.badgeText(gafamTab)).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cardCount(gafam)).toBe(0);
    await shot(settings, '11-settings-silent-site');

    await settings.click(`button[aria-label="${t('en', 'settingsMutedRemoveLabel', { site: 'docs.google.com' })}"]`);
    await expect.poll(() => settings.$$eval('.muted-sites li', (items) => items.length)).toBe(0);
    await session.goto(gafam, 'https://docs.google.com/document/d/other/edit');
    await expect.poll(() => session.badgeText(gafamTab), { timeout: 10_000 }).toBe(String(docsAlternatives));
    await expect.poll(() => cardCount(gafam), { timeout: 10_000 }).toBe(1);
    await settings.click('input[name=notice][value=daily]');
  });

  it('imports a local list, shows its host in the popup marked as local, and removes it', async () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, JSON.stringify({ providers: [importableHost] }));
    const input = (await settings.$('input[type=file]'))!;
    await input.uploadFile(file);
    await expect.poll(() => text(settings, '.settings__done'), { timeout: 10_000 }).toBe(plural('en', 'importDone', 1));
    await shot(settings, '12-settings-imported');

    const popup = await session.openPopup(gafamTab);
    await expect
      .poll(() => popup.$$eval('[data-provider="asso-du-quartier"]', (items) => items.length), { timeout: 10_000 })
      .toBe(1);
    expect(await text(popup, '[data-provider="asso-du-quartier"] .chip--local')).toBe(t('en', 'providerLocal'));
    await popup.close();

    await settings.click(`button[aria-label="${t('en', 'settingsMutedRemoveLabel', { site: 'Asso du quartier' })}"]`);
    await expect.poll(async () => (await session.storage('local')).overlay).toBeUndefined();
  });

  it('refuses a bad list whole, naming the problem, and keeps nothing of it', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ providers: [{ ...importableHost, website: 'javascript:alert(1)' }] }));
    await (await settings.$('input[type=file]'))!.uploadFile(file);
    await expect
      .poll(() => texts(settings, '.import__problems li'), { timeout: 10_000 })
      .toEqual(['bad.json — providers[0].website: expected an https:// URL']);
    expect((await session.storage('local')).overlay).toBeUndefined();
  });

  it('links to the privacy page, shipped inside the extension, in the reader’s language first', async () => {
    const link = await settings.$('a[href="/privacy.html"]');
    expect(await link!.evaluate((a) => a.textContent)).toBe(t('en', 'settingsPrivacyLink'));
    await link!.click();
    await expect
      .poll(() => settings.evaluate(() => location.pathname + (document.querySelector('main h1')?.textContent ?? '')), {
        timeout: 10_000,
      })
      .toBe('/privacy.htmlCircuit court — vie privée / privacy');
    expect(await settings.evaluate(() => document.title)).toBe('Circuit court — privacy');
    expect(
      await settings.$$eval('main h2', (headings) => headings.map((h) => [h.id, h.closest('section')?.lang])),
    ).toEqual([
      ['english', 'en'],
      ['francais', 'fr'],
    ]);
    expect(await text(settings, 'main')).toContain('storage.session');
    expect(await settings.$$eval('main a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '#francais',
      '#english',
    ]);
    await shot(settings, '13-privacy-page');

    // On a phone: one column, nothing wider than the screen.
    const phone = await session.openPage('privacy.html', { width: 360, height: 640 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: screenshotPath('firefox', '14-privacy-page-narrow') });
    await phone.close();
  });

  it('made no network request and logged no error from its pages', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
