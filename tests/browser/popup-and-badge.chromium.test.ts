/**
 * The five things a user sees, in real Chromium on the built extension: badge and
 * tooltip on a GAFAM page, the popup's suggestions, the search elsewhere, moves
 * inside single-page apps, and a readable popup in light and dark themes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { records } from '../../utils/storage';
import { alternativeCount, frenchBadgeTitle, hostsRunning } from '../expected';
import { type ChromiumSession, launchChromium } from './chromium';
import { screenshotPath } from './harness';

const catalogue = loadValidCatalogue();
const serviceById = (id: string) => catalogue.services.find((service) => service.id === id)!;
const categoryOf = (serviceId: string) => catalogue.categories.find((c) => c.id === serviceById(serviceId).category)!;
const softwareName = (id: string) => catalogue.software.find((software) => software.id === id)!.name;
const count = (serviceId: string) => alternativeCount(catalogue, serviceId);
const frenchTitle = (serviceId: string) => frenchBadgeTitle(catalogue, serviceId);

let session: ChromiumSession;
let gafam: Page;
let tabId: number;

async function expectBadgeFor(serviceId: string) {
  await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(frenchTitle(serviceId));
  expect(await session.badgeText(tabId)).toBe(String(count(serviceId)));
}

async function expectPopupShows(popup: Page, serviceId: string) {
  const service = serviceById(serviceId);
  await expect.poll(() => popup.locator('h1').textContent(), { timeout: 10_000 }).toBe(service.name.fr);
  const company = catalogue.companies.find((c) => c.id === service.company)!;
  expect(await popup.locator('.service__meta').textContent()).toContain(`Service de ${company.name}`);
  const names = await popup.locator('.card__title').allTextContents();
  expect(names).toEqual(categoryOf(serviceId).alternatives.map((a) => softwareName(a.software)));
  // The brand icons come just after the first frame, in place of empty squares.
  await expect.poll(() => popup.locator('.mark--pending').count()).toBe(0);
}

/** Moves inside the page as a single-page app does: no reload, a new URL. */
async function pushState(page: Page, path: string) {
  await page.evaluate((to) => history.pushState({}, '', to), path);
}

beforeAll(async () => {
  session = await launchChromium('fr');
  gafam = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('on a GAFAM service (Chromium)', () => {
  it('badges Google Docs with the number of alternatives and names it in the tooltip', async () => {
    await gafam.goto('https://docs.google.com/document/d/1AbC/edit');
    tabId = await session.tabIdOf(gafam);
    await expectBadgeFor('google-docs');
    await gafam.screenshot({ path: screenshotPath('chromium', '01-google-docs-page') });
  });

  it('lists the service, its company, the libre alternatives and who hosts them', async () => {
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');
    const card = popup.locator('.card').first();
    const first = catalogue.software.find((s) => s.id === categoryOf('google-docs').alternatives[0].software)!;
    expect(await card.locator('.card__text').textContent()).toBe(categoryOf('google-docs').alternatives[0].why.fr);
    expect(await card.textContent()).toContain(first.license);
    expect(await card.locator('a').getAttribute('href')).toBe(first.website);
    const providers = hostsRunning(catalogue, 'write-together');
    expect(providers.length).toBeGreaterThan(5);
    // The first five show at once; the rest come with one press, focus on the first newcomer.
    expect(await popup.locator('.provider').count()).toBe(5);
    await popup.screenshot({ path: screenshotPath('chromium', '02-popup-google-docs'), fullPage: true });
    const showMore = popup.getByRole('button', { name: `Voir les ${providers.length - 5} autres hébergeurs` });
    await showMore.focus();
    await popup.keyboard.press('Enter');
    expect(new Set(await popup.locator('.provider__name').allTextContents())).toEqual(
      new Set(providers.map((p) => p.name)),
    );
    // Focus moves once the new hosts are painted (an effect, after the frame).
    await expect
      .poll(() =>
        popup.evaluate(
          () => document.activeElement?.closest('.provider') === document.querySelectorAll('.provider')[5],
        ),
      )
      .toBe(true);
    expect(await showMore.count()).toBe(0);
    const withPlace = providers.find((p) => p.place !== null)!;
    expect(await popup.locator(`[data-provider="${withPlace.id}"] .provider__place`).textContent()).toContain(
      withPlace.place!.city,
    );
    // Brand icons are inline SVG; nothing is fetched.
    expect(await popup.locator('.service__header svg path').count()).toBe(1);
    await popup.screenshot({ path: screenshotPath('chromium', '02b-popup-google-docs-all-hosts'), fullPage: true });
    await popup.close();
  });

  it('opens, from the toolbar, at an address naming the tab and its service; a wrong or garbled hint is corrected', async () => {
    const address = new URL(await session.popupAddress(tabId));
    expect(Object.fromEntries(address.searchParams)).toEqual({ tab: String(tabId), service: 'google-docs' });
    // The address is only a hint for the first frame: the tab's stored state wins.
    address.searchParams.set('service', 'youtube');
    const misled = await session.openPage(`popup.html${address.search}`, { width: 380, height: 600 });
    await expectPopupShows(misled, 'google-docs');
    // So is the settings copy kept in localStorage: a garbled one is ignored, then replaced.
    await misled.evaluate((key) => localStorage.setItem(key, '{"version":'), records.settingsHint.key);
    await misled.close();
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');
    await expect
      .poll(() =>
        popup.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.version, records.settingsHint.key),
      )
      .toBeGreaterThan(0);
    await popup.close();
  });

  it('follows Docs → Sheets in the same tab without a reload, badge and open popup alike', async () => {
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');
    await pushState(gafam, '/spreadsheets/d/1AbC/edit');
    await expectBadgeFor('google-sheets');
    await expectPopupShows(popup, 'google-sheets');
    await popup.screenshot({
      path: screenshotPath('chromium', '03-popup-google-sheets-after-spa-move'),
      fullPage: true,
    });
    await popup.close();
  });

  it('follows YouTube video → Shorts', async () => {
    await gafam.goto('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expectBadgeFor('youtube');
    await pushState(gafam, '/shorts/AbC123');
    await expectBadgeFor('youtube-shorts');
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'youtube-shorts');
    await popup.screenshot({ path: screenshotPath('chromium', '04-popup-youtube-shorts'), fullPage: true });
    await popup.close();
  });

  it('follows Gmail → Calendar in the same tab', async () => {
    await gafam.goto('https://mail.google.com/mail/u/0/#inbox');
    await expectBadgeFor('gmail');
    await gafam.goto('https://calendar.google.com/calendar/u/0/r');
    await expectBadgeFor('google-calendar');
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-calendar');
    await popup.screenshot({ path: screenshotPath('chromium', '05-popup-google-calendar'), fullPage: true });
    await popup.close();
  });

  it('clears the badge when the tab leaves for another site', async () => {
    await gafam.goto('https://example.org/some/page');
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
    // The badge and the tooltip are two calls: the tooltip may come a moment after.
    await expect
      .poll(() => session.badgeTitle(tabId), { timeout: 10_000 })
      .toBe('Circuit court : des alternatives libres aux services des GAFAM');
  });
});

describe('elsewhere (Chromium)', () => {
  it('says the page is not a GAFAM service and searches the catalogue, accents and case aside', async () => {
    const popup = await session.openPopup(tabId);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Cette page n’est pas un service des GAFAM.');
    await popup.screenshot({ path: screenshotPath('chromium', '06-popup-not-gafam'), fullPage: true });

    const input = popup.getByLabel('Chercher dans le catalogue');
    const writeTogether = catalogue.categories.find((c) => c.id === 'write-together')!;
    await input.fill(writeTogether.name.fr.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
    await expect.poll(() => popup.locator('.result__name').allTextContents()).toContain(writeTogether.name.fr);

    await input.fill('AGENDA');
    await expect.poll(() => popup.locator('.result__name').allTextContents()).toContain('Google Agenda');

    await input.fill('nextcloud');
    await expect.poll(() => popup.locator('.result').first().getAttribute('data-id')).toBe('nextcloud');

    await input.fill('outlook');
    await popup.screenshot({ path: screenshotPath('chromium', '07-popup-search'), fullPage: true });
    // Keyboard only: down to the first result, Enter shows it.
    await input.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expectPopupShows(popup, 'outlook');
    await popup.screenshot({ path: screenshotPath('chromium', '08-popup-search-result-outlook'), fullPage: true });
    await popup.getByRole('button', { name: /Retour/ }).press('Enter');
    await expect.poll(() => popup.getByLabel('Chercher dans le catalogue').isVisible()).toBe(true);

    await input.fill('zzzqqq');
    await expect.poll(() => popup.locator('.empty').textContent()).toBe('Rien ne correspond à « zzzqqq ».');
    await popup.close();
  });

  it('is readable in the dark theme', async () => {
    await gafam.goto('https://www.instagram.com/p/AbC/');
    await expectBadgeFor('instagram');
    const popup = await session.openPopup(tabId);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expectPopupShows(popup, 'instagram');
    const background = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 24, 26)');
    await popup.screenshot({ path: screenshotPath('chromium', '09-popup-instagram-dark'), fullPage: true });
    await popup.close();
  });

  it('made no network request and logged no error from its pages', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
