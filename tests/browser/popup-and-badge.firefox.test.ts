/**
 * The built extension in Firefox ESR (its test build, see firefox.ts), in English:
 * the badge and tooltip on a service of each company, the popup on a GAFAM page
 * and elsewhere, moves inside single-page apps, a phone-wide popup, choosing a
 * place offline, and no request or error from the extension's pages.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { compileGazetteer } from '../../scripts/gazetteer';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import { plural, t } from '../../utils/i18n';
import { rankProviders } from '../../utils/nearby';
import { createPlaceIndex, searchPlaces } from '../../utils/places/gazetteer';
import { hostsRunning } from '../expected';
import { type FirefoxSession, launchFirefox } from './firefox';
import { screenshotPath } from './harness';

const catalogue = loadValidCatalogue();
const serviceById = (id: string) => catalogue.services.find((service) => service.id === id)!;
const categoryOf = (serviceId: string) => catalogue.categories.find((c) => c.id === serviceById(serviceId).category)!;
const softwareName = (id: string) => catalogue.software.find((software) => software.id === id)!.name;
const count = (serviceId: string) => categoryOf(serviceId).alternatives.length;
/** The tooltip: the count of alternatives, or of closest options where there is no libre equivalent yet. */
const title = (serviceId: string) =>
  plural('en', categoryOf(serviceId).noEquivalent ? 'badgeTitleClosest' : 'badgeTitle', count(serviceId), {
    service: serviceById(serviceId).name.en,
  });

let session: FirefoxSession;
let gafam: Page;
let tabId: number;

const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent));
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath('firefox', name), fullPage: true });

async function expectBadgeFor(serviceId: string) {
  await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(title(serviceId));
  expect(await session.badgeText(tabId)).toBe(String(count(serviceId)));
}

async function expectPopupShows(popup: Page, serviceId: string) {
  const service = serviceById(serviceId);
  await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(service.name.en);
  const company = catalogue.companies.find((c) => c.id === service.company)!;
  expect(await text(popup, '.service__meta')).toContain(t('en', 'popupServiceBy', { company: company.name }));
  expect(await texts(popup, '.card__title')).toEqual(
    categoryOf(serviceId).alternatives.map((a) => softwareName(a.software)),
  );
}

beforeAll(async () => {
  session = await launchFirefox();
  gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
  tabId = await session.tabIdOf(gafam);
});

afterAll(async () => {
  await session?.close();
});

describe('the harness (Firefox)', () => {
  it('sees errors and requests of extension pages and web pages, so that their absence means something', async () => {
    const popup = await session.openPopup(tabId);
    await popup.evaluate(() => {
      console.error('harness check: console');
      setTimeout(() => {
        throw new Error('harness check: uncaught');
      });
      void fetch('https://example.org/harness-check').catch(() => undefined);
    });
    await expect
      .poll(() => session.pageErrors.join('\n'), { timeout: 10_000 })
      .toMatch(
        /harness check: console[\s\S]*harness check: uncaught|harness check: uncaught[\s\S]*harness check: console/,
      );
    await expect.poll(() => session.strayRequests, { timeout: 10_000 }).toContain('https://example.org/harness-check');
    await popup.close();
    // Web pages are watched too: the in-page card lives there.
    await gafam.evaluate(() => void fetch('https://example.net/harness-check').catch(() => undefined));
    await expect.poll(() => session.strayRequests, { timeout: 10_000 }).toContain('https://example.net/harness-check');
    session.pageErrors.length = 0;
    session.strayRequests.length = 0;
  });
});

describe('on a GAFAM service (Firefox)', () => {
  it('badges Google Docs with the number of alternatives and names it in the tooltip', async () => {
    await expectBadgeFor('google-docs');
    await gafam.screenshot({ path: screenshotPath('firefox', '01-google-docs-page') });
  });

  it.each([
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['instagram', 'https://www.instagram.com/explore/'],
    ['outlook', 'https://outlook.live.com/mail/0/'],
    ['amazon-shop', 'https://www.amazon.de/gp/bestsellers/'],
    ['icloud', 'https://www.icloud.com/'],
  ])('badges %s', async (serviceId, url) => {
    await session.goto(gafam, url);
    await expectBadgeFor(serviceId);
  });

  it('lists the service, its company, the libre alternatives and who hosts them', async () => {
    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    await expectBadgeFor('google-docs');
    // The toolbar opens the popup at an address naming the tab and its service: its first frame needs no read.
    expect(Object.fromEntries(new URL(await session.popupAddress(tabId)).searchParams)).toEqual({
      tab: String(tabId),
      service: 'google-docs',
    });
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');
    const first = categoryOf('google-docs').alternatives[0];
    const software = catalogue.software.find((s) => s.id === first.software)!;
    expect(await text(popup, '.card .card__text')).toBe(first.why.en);
    expect(await text(popup, '.card')).toContain(software.license);
    expect(await popup.$eval('.card a', (link) => link.getAttribute('href'))).toBe(software.website);
    const hosts = hostsRunning(catalogue, 'write-together');
    expect((await popup.$$('.provider')).length).toBe(Math.min(5, hosts.length));
    await shot(popup, '02-popup-google-docs');
    await popup.close();
  });

  it('says when no libre software does the same job yet, and names the closest options', async () => {
    await session.goto(gafam, 'https://pay.google.com/');
    const need = categoryOf('google-pay');
    expect(need.noEquivalent).toBeDefined();
    await expect
      .poll(() => session.badgeTitle(tabId), { timeout: 10_000 })
      .toBe(
        plural('en', 'badgeTitleClosest', need.alternatives.length, { service: serviceById('google-pay').name.en }),
      );
    const popup = await session.openPopup(tabId);
    await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(serviceById('google-pay').name.en);
    expect(await text(popup, '#alternatives-heading')).toBe(t('en', 'popupClosestHeading'));
    expect(await text(popup, '.no-equivalent')).toBe(`${t('en', 'noEquivalent')} ${need.noEquivalent!.en}`);
    expect(await texts(popup, '.card__title')).toEqual(
      need.alternatives.map((alternative) => softwareName(alternative.software)),
    );
    await shot(popup, '08-popup-no-equivalent');
    await popup.close();
    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    await expectBadgeFor('google-docs');
  });

  it('follows Docs → Sheets in the same tab without a reload, badge and open popup alike', async () => {
    const popup = await session.openPopup(tabId);
    await expectPopupShows(popup, 'google-docs');
    await gafam.evaluate(() => history.pushState({}, '', '/spreadsheets/d/1AbC/edit'));
    await expectBadgeFor('google-sheets');
    await expectPopupShows(popup, 'google-sheets');
    await shot(popup, '03-popup-google-sheets-after-spa-move');
    await popup.close();
  });

  it('follows YouTube video → Shorts', async () => {
    await session.goto(gafam, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expectBadgeFor('youtube');
    await gafam.evaluate(() => history.pushState({}, '', '/shorts/AbC123'));
    await expectBadgeFor('youtube-shorts');
  });

  it('fits a phone-wide screen (360 px), as on Firefox for Android', async () => {
    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    await expectBadgeFor('google-docs');
    const popup = await session.openPopup(tabId, { width: 360, height: 640 });
    await expectPopupShows(popup, 'google-docs');
    const widths = await popup.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(
        ...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right),
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.widest).toBeLessThanOrEqual(360);
    await shot(popup, '04-popup-narrow-360');
    await popup.close();
  });

  it('clears the badge when the tab leaves for another site', async () => {
    await session.goto(gafam, 'https://example.org/some/page');
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
    await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(t('en', 'actionTitle'));
  });
});

describe('elsewhere (Firefox)', () => {
  it('says the page is not a GAFAM service and searches the catalogue', async () => {
    const popup = await session.openPopup(tabId);
    await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(t('en', 'popupNotGafam'));
    await shot(popup, '05-popup-not-gafam');
    await popup.focus('#catalogue-search');
    await popup.keyboard.type('nextcloud');
    await expect
      .poll(() => popup.$eval('.result', (result) => result.getAttribute('data-id')), { timeout: 10_000 })
      .toBe('nextcloud');
    await popup.close();
  });
});

describe('choosing a place (Firefox)', () => {
  const view = createCatalogueView(catalogue);
  const places = createPlaceIndex(compileGazetteer());
  const expectedOrder = (place: string) => {
    const origin = searchPlaces(places, place, 1)[0];
    const { located, placeless } = rankProviders(view.providersFor('write-together'), origin, []);
    return [...located, ...placeless].map((entry) => entry.provider.id);
  };

  it('suggests places offline, and ranks the hosts from the chosen one', async () => {
    await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
    await expectBadgeFor('google-docs');
    const popup = await session.openPopup(tabId);
    await expect.poll(() => popup.$$eval('.provider', (items) => items.length), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.focus('#nearby-place');
    await popup.keyboard.type('lyon');
    const options = () => texts(popup, '#nearby-place-list [role=option]');
    await expect.poll(options, { timeout: 10_000 }).toContain('Lyon (69001) — Rhône (69)');
    await shot(popup, '06-place-picker');
    const position = (await options()).indexOf('Lyon (69001) — Rhône (69)');
    for (let i = 0; i < position; i++) await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => text(popup, '.nearby__place'), { timeout: 10_000 })
      .toContain(t('en', 'nearbyFrom', { place: 'Lyon (69001) — Rhône (69)' }));
    const more = await popup.$('.show-more');
    if (more) await more.click();
    await expect
      .poll(() => popup.$$eval('.provider', (items) => items.map((item) => item.getAttribute('data-provider'))))
      .toEqual(expectedOrder('Lyon'));
    expect(await text(popup, '.provider__distance')).toMatch(/km/);
    await shot(popup, '07-popup-ranked-from-lyon');
    await popup.close();
    expect((await session.storage('local')).settings).toMatchObject({ place: { name: 'Lyon', postalCode: '69001' } });
  });

  it('says plainly when nobody is within 100 km, and still names the nearest', async () => {
    // A chef-lieu with no pad host within 100 km, found from the catalogue rather than assumed.
    const far = ['20000 Ajaccio', '97400 Saint-Denis', '64000 Pau']
      .map((query) => ({ query, origin: searchPlaces(places, query, 1)[0] }))
      .map((place) => ({
        ...place,
        nearest: rankProviders(view.providersFor('write-together'), place.origin).located[0],
      }))
      .find((place) => place.nearest && place.nearest.km! > 100);
    if (!far) throw new Error('every place tried has a host within 100 km: choose farther places');
    const label = `${far.origin.name} (${far.origin.postalCode})`;
    const popup = await session.openPopup(tabId);
    await expect.poll(() => text(popup, '.nearby__place'), { timeout: 10_000 }).toContain('Lyon');
    expect(await popup.$('.far')).toBeNull();
    const [change] = await popup.$$('.nearby__place .link-button');
    expect(await change.evaluate((button) => button.textContent)).toBe(t('en', 'placeChange'));
    await change.click();
    await popup.focus('#nearby-place');
    await popup.keyboard.type(far.query);
    const options = () => texts(popup, '#nearby-place-list [role=option]');
    await expect
      .poll(async () => (await options()).some((option) => option?.startsWith(label)), { timeout: 10_000 })
      .toBe(true);
    const position = (await options()).findIndex((option) => option?.startsWith(label));
    for (let i = 0; i < position; i++) await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await popup.$('.far')) !== null, { timeout: 10_000 }).toBe(true);
    const notice = (await text(popup, '.far')) ?? '';
    expect(notice).toMatch(/No host within 100\s?km/);
    expect(notice).toContain(`The nearest, ${far.nearest.provider.name}, is`);
    expect(await popup.$$eval('.provider', (items) => items[0]?.getAttribute('data-provider'))).toBe(
      far.nearest.provider.id,
    );
    await shot(popup, '07b-popup-nobody-near');
    await popup.close();
  });

  it('prints the sheet from a workshop’s town set for the tab, without touching the user’s place', async () => {
    const own = (await session.storage('local')).settings;
    const sheet = await session.openPage('explore.html#handout/gmail', { width: 1100, height: 1400 });
    const service = '.sheet [data-service="gmail"]';
    // From the user's own place, chosen far from every mail host by the test above.
    await expect.poll(async () => (await sheet.$(`${service} .far`)) !== null, { timeout: 10_000 }).toBe(true);
    const [choose] = await sheet.$$('.workshop .link-button');
    expect(await choose.evaluate((button) => button.textContent)).toBe(t('en', 'workshopChoose'));
    await choose.click();
    await sheet.focus('#workshop-place');
    await sheet.keyboard.type('29200');
    const options = () => texts(sheet, '#workshop-place-list [role=option]');
    await expect
      .poll(async () => (await options()).some((option) => option?.startsWith('Brest (29200)')), { timeout: 10_000 })
      .toBe(true);
    const position = (await options()).findIndex((option) => option?.startsWith('Brest (29200)'));
    for (let i = 0; i < position; i++) await sheet.keyboard.press('ArrowDown');
    await sheet.keyboard.press('Enter');
    await expect
      .poll(() => text(sheet, '.sheet__header p'), { timeout: 10_000 })
      .toBe(t('en', 'handoutNear', { place: 'Brest (29200) — Finistère (29)' }));
    // From Brest a mail host is near: the notice goes, the nearest host comes first.
    const fromBrest = rankProviders(view.providersFor('mail'), searchPlaces(places, '29200 Brest', 1)[0]).located[0];
    expect(fromBrest.km!).toBeLessThan(100);
    expect(await sheet.$(`${service} .far`)).toBeNull();
    expect(await text(sheet, `${service} .sheet__host h4`)).toBe(fromBrest.provider.name);
    expect(await text(sheet, '.workshop__current')).toContain(
      t('en', 'workshopFrom', { place: 'Brest (29200) — Finistère (29)' }),
    );
    await shot(sheet, '16-sheet-workshop-town');
    expect((await session.storage('local')).settings).toEqual(own);
    await sheet.close();
  });

  it('made no network request and logged no error from its pages', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
