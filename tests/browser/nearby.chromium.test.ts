/**
 * "Near me", in real Chromium on the built extension: choosing a place offline in the
 * popup (the gazetteer loads only then), the hosts re-ranked by distance, the collective
 * filter, and the explore page's map kept in step with its list.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { compileGazetteer } from '../../scripts/gazetteer';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import { insideMapWindow } from '../../utils/map/outlines';
import { rankProviders } from '../../utils/nearby';
import { createPlaceIndex, searchPlaces } from '../../utils/places/gazetteer';
import { screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

const view = createCatalogueView(loadValidCatalogue());
const places = createPlaceIndex(compileGazetteer());
const hostsFor = (category: string) => view.providersFor(category);
/** The order the popup must show: computed here from the same catalogue and gazetteer. */
const expectedOrder = (place: string, category: string, collectives: string[] = []) => {
  const origin = searchPlaces(places, place, 1)[0];
  const { located, placeless } = rankProviders(hostsFor(category), origin, collectives);
  return [...located, ...placeless].map((entry) => entry.provider.id);
};

/** A chef-lieu where no host of the need is within 100 km (computed, not assumed), with what the notice must name. */
function nobodyNear(category: string) {
  for (const query of ['20000 Ajaccio', '97400 Saint-Denis', '64000 Pau', '66000 Perpignan']) {
    const origin = searchPlaces(places, query, 1)[0];
    const [nearest] = rankProviders(hostsFor(category), origin).located;
    if (nearest && nearest.km! > 100) {
      const anywhere = hostsFor(category)
        .filter((entry) => entry.provider.reach?.scope === 'anywhere' && entry.provider.id !== nearest.provider.id)
        .map((entry) => entry.provider.name);
      return {
        query,
        option: new RegExp(`^${origin.name} \\(${origin.postalCode}\\)`),
        nearest: nearest.provider,
        anywhere,
      };
    }
  }
  throw new Error('every place tried has a host within 100 km: choose farther places');
}

let session: ChromiumSession;
let tabId: number;
const gazetteerRequests: string[] = [];

beforeAll(async () => {
  session = await launchChromium('fr');
  const gafam = await session.context.newPage();
  await gafam.goto('https://docs.google.com/document/d/1AbC/edit');
  tabId = await session.tabIdOf(gafam);
  session.context.on('request', (request) => {
    if (/gazetteer/.test(request.url())) gazetteerRequests.push(request.url());
  });
});

afterAll(async () => {
  await session?.close();
});

async function showAllHosts(popup: Page) {
  const more = popup.locator('.show-more');
  if (await more.count()) await more.click();
}

/** The picker's own list (the collective filter is a <select>, whose options are options too). */
const suggestions = (popup: Page) => popup.getByRole('listbox', { name: 'Votre lieu' });

async function chooseIn(popup: Page, text: string, option: RegExp) {
  const input = popup.getByRole('combobox', { name: 'Votre lieu' });
  await input.fill(text);
  const wanted = suggestions(popup).getByRole('option', { name: option });
  await expect.poll(() => wanted.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  // Keyboard only: down the list to the wanted option, then Enter.
  const options = await suggestions(popup).getByRole('option').allTextContents();
  const position = options.findIndex((label) => option.test(label));
  for (let i = 0; i < position; i++) await input.press('ArrowDown');
  await input.press('Enter');
}

describe('choosing a place (Chromium)', () => {
  it('loads no list of places until the user types one, and says nothing is sent', async () => {
    const popup = await session.openPopup(tabId);
    await expect.poll(() => popup.locator('.provider').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(gazetteerRequests).toEqual([]);
    expect(await popup.locator('.place-picker__hint').textContent()).toMatch(/rien n’est envoyé/);
    await popup.close();
  });

  it('suggests places as one types, tells homonyms apart, and ranks hosts from the chosen one', async () => {
    const popup = await session.openPopup(tabId);
    const input = popup.getByRole('combobox', { name: 'Votre lieu' });
    await input.fill('saint-denis');
    await expect.poll(() => suggestions(popup).getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(gazetteerRequests.length).toBeGreaterThan(0);
    expect(gazetteerRequests.every((url) => url.startsWith(`chrome-extension://${session.extensionId}/`))).toBe(true);
    const labels = await suggestions(popup).getByRole('option').allTextContents();
    expect(labels).toContain('Saint-Denis (97400) — La Réunion (974)');
    expect(labels).toContain('Saint-Denis (93200) — Seine-Saint-Denis (93)');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await popup.screenshot({ path: screenshotPath('chromium', '20-place-picker-homonyms'), fullPage: true });
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');

    await chooseIn(popup, 'lyon', /^Lyon \(69001\)/);
    await expect
      .poll(() => popup.locator('.nearby__place').textContent(), { timeout: 10_000 })
      .toContain('Lyon (69001) — Rhône (69)');
    await showAllHosts(popup);
    const fromLyon = expectedOrder('Lyon', 'write-together');
    expect(
      await popup.locator('.provider').evaluateAll((items) => items.map((item) => item.getAttribute('data-provider'))),
    ).toEqual(fromLyon);
    expect(await popup.locator('.provider__distance').first().textContent()).toMatch(/km/);
    await popup.screenshot({ path: screenshotPath('chromium', '21-popup-ranked-from-lyon'), fullPage: true });

    await popup.getByRole('button', { name: 'Changer' }).click();
    await chooseIn(popup, '29200', /^Brest \(29200\)/);
    await expect
      .poll(() => popup.locator('.nearby__place').textContent(), { timeout: 10_000 })
      .toContain('Brest (29200)');
    await showAllHosts(popup);
    const fromBrest = expectedOrder('Brest', 'write-together');
    expect(fromBrest).not.toEqual(fromLyon);
    expect(
      await popup.locator('.provider').evaluateAll((items) => items.map((item) => item.getAttribute('data-provider'))),
    ).toEqual(fromBrest);
    await popup.close();
  });

  it('remembers the place, and filters by collective', async () => {
    const popup = await session.openPopup(tabId);
    await expect
      .poll(() => popup.locator('.nearby__place').textContent(), { timeout: 10_000 })
      .toContain('Brest (29200)');
    await popup.getByLabel('Collectif').selectOption('chatons');
    await showAllHosts(popup);
    const members = expectedOrder('Brest', 'write-together', ['chatons']);
    expect(members.length).toBeGreaterThan(0);
    expect(
      await popup.locator('.provider').evaluateAll((items) => items.map((item) => item.getAttribute('data-provider'))),
    ).toEqual(members);
    await popup.getByLabel('Collectif').selectOption('');
    expect(await popup.locator('.far').count()).toBe(0);
    await popup.close();
  });

  it('says plainly when nobody is within 100 km, names the nearest anyway and how to start a collective', async () => {
    const far = nobodyNear('write-together');
    const popup = await session.openPopup(tabId);
    await popup.getByRole('button', { name: 'Changer' }).click();
    await chooseIn(popup, far.query, far.option);
    const notice = popup.locator('.far');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/Aucun hébergeur à moins de 100\s?km/);
    expect(text).toContain(`Le plus proche, ${far.nearest.name}, est à`);
    for (const name of far.anywhere) expect(text).toContain(name);
    expect(await notice.getByRole('link', { name: 'CHATONS' }).getAttribute('href')).toBe(
      view.catalogue.collectives.find((c) => c.id === 'chatons')!.website,
    );
    // The nearest is still listed first, with its distance.
    expect(await popup.locator('.provider').first().getAttribute('data-provider')).toBe(far.nearest.id);
    await popup.screenshot({ path: screenshotPath('chromium', '21b-popup-nobody-near'), fullPage: true });
    // Back to Brest, where a host is near: the notice goes.
    await popup.getByRole('button', { name: 'Changer' }).click();
    await chooseIn(popup, '29200', /^Brest \(29200\)/);
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(0);
    await popup.close();
  });
});

describe('the map of hosts (Chromium)', () => {
  it('highlights the nearest host, and keeps dots and list in step', async () => {
    const page = await session.openPage('explore.html#nearby/write-together');
    const dots = page.locator('svg .hosts-map__host');
    await expect.poll(() => dots.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const order = expectedOrder('Brest', 'write-together');
    const located = order.filter((id) => view.catalogue.providers.find((p) => p.id === id)!.place !== null);
    // Hosts far away (another continent) are listed, not drawn, and the caption says how many.
    const drawn = located.filter((id) => insideMapWindow(view.catalogue.providers.find((p) => p.id === id)!.place!));
    expect(await dots.count()).toBe(drawn.length);
    if (drawn.length < located.length)
      expect(await page.locator('.hosts-map__caption').textContent()).toContain(
        `${located.length - drawn.length} hébergeur`,
      );
    expect(await page.locator('svg .is-nearest').getAttribute('data-host')).toBe(located[0]);
    expect(await page.locator('.nearby-page__list .provider').first().getAttribute('data-provider')).toBe(located[0]);
    await page.screenshot({ path: screenshotPath('chromium', '22-explore-map-from-brest') });

    // Pointing at a dot highlights its entry in the list…
    const target = drawn[Math.min(2, drawn.length - 1)];
    await page.locator(`svg [data-host="${target}"]`).hover();
    await expect
      .poll(() => page.locator(`.nearby-page__list [data-provider="${target}"]`).getAttribute('class'))
      .toContain('is-highlighted');
    // …and focusing an entry of the list highlights its dot.
    await page.mouse.move(0, 0);
    const other = drawn[drawn.length - 1];
    await page.locator(`.nearby-page__list [data-provider="${other}"] .provider__name a`).focus();
    await expect
      .poll(() => page.locator(`svg [data-host="${other}"]`).getAttribute('class'))
      .toContain('is-highlighted');
    await page.screenshot({ path: screenshotPath('chromium', '23-explore-map-highlight') });
    await page.close();
  });

  it('ranks from a workshop’s town set for the tab, through the map, slides and sheet, and leaves the user’s place alone', async () => {
    const far = nobodyNear('mail');
    const page = await session.openPage('explore.html#nearby/mail');
    await page.getByRole('button', { name: 'Choisir la ville de l’atelier' }).click();
    const input = page.getByRole('combobox', { name: 'Ville de l’atelier' });
    await input.fill(far.query);
    const list = page.getByRole('listbox', { name: 'Ville de l’atelier' });
    await expect
      .poll(() => list.getByRole('option', { name: far.option }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const labels = await list.getByRole('option').allTextContents();
    for (let i = 0; i < labels.findIndex((label) => far.option.test(label)); i++) await input.press('ArrowDown');
    await input.press('Enter');

    // The map's list now ranks from the workshop's town, and says nobody is near.
    await expect
      .poll(() => page.locator('.workshop__current').textContent(), { timeout: 10_000 })
      .toContain('dans cet onglet seulement');
    expect(await page.locator('.workshop__current').textContent()).toContain(
      'Votre lieu, dans les réglages, reste Brest (29200)',
    );
    const located = expectedOrder(far.query, 'mail').filter(
      (id) => view.catalogue.providers.find((p) => p.id === id)!.place !== null,
    );
    expect(
      await page
        .locator('.nearby-page__list .provider')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-provider'))),
    ).toEqual(expectedOrder(far.query, 'mail'));
    expect(await page.locator('svg .is-nearest').getAttribute('data-host')).toBe(located[0]);
    expect(await page.locator('.nearby-page .far').textContent()).toContain(
      `Le plus proche, ${far.nearest.name}, est à`,
    );
    await page.screenshot({ path: screenshotPath('chromium', '25-explore-map-workshop-town'), fullPage: true });
    const stored = () =>
      page.evaluate(() =>
        (globalThis as any).chrome.storage.local.get('settings').then((all: any) => all.settings.place.name),
      );
    expect(await stored()).toBe('Brest');

    // The town goes along to the other views of the tab: the slides and the printed sheet.
    const at = new URL(page.url()).hash.split('at=')[1];
    expect(at).toBeTruthy();
    await page.getByRole('link', { name: 'Fiche à imprimer' }).click();
    expect(page.url()).toContain(`at=${at}`);
    await page.close();
    // Each view in a page of its own: moving within one page by its hash alone is not a load to wait for.
    const handout = await session.openPage(`explore.html#handout/gmail?at=${at}`);
    const sheet = handout.locator('.sheet [data-service="gmail"]');
    await expect.poll(() => sheet.locator('.far').count(), { timeout: 10_000 }).toBe(1);
    expect(await sheet.locator('.far').textContent()).toContain('(chatons.org)');
    expect(await sheet.locator('.sheet__host h4').first().textContent()).toBe(far.nearest.name);
    expect(await sheet.locator('.sheet__host').first().textContent()).toMatch(
      /km · .+ · (Ouvert à tous|Pour les adhérents|Offre payante) · vérifié en/,
    );
    await handout.screenshot({ path: screenshotPath('chromium', '26-sheet-workshop-town'), fullPage: true });
    await handout.close();
    const slide = await session.openPage(`explore.html#present/gmail/3?at=${at}`, { width: 1280, height: 720 });
    await expect.poll(() => slide.locator('.slide .far').count(), { timeout: 10_000 }).toBe(1);
    expect(await slide.locator('.slide h2').first().textContent()).toBe(far.nearest.name);
    // The slide fades in: the picture is taken once it is whole.
    await expect.poll(() => slide.locator('.slide').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await slide.screenshot({ path: screenshotPath('chromium', '27-slide-workshop-town') });
    await slide.close();

    // Back to the user's own place: Brest, where a host is near.
    const map = await session.openPage(`explore.html#nearby/mail?at=${at}`);
    await map.getByRole('button', { name: 'Revenir à mon lieu' }).click();
    await expect.poll(() => map.locator('.workshop__current').count()).toBe(0);
    expect(map.url()).not.toContain('at=');
    expect(await map.locator('.nearby-page__list .provider').first().getAttribute('data-provider')).toBe(
      expectedOrder('Brest', 'mail')[0],
    );
    expect(
      await map.evaluate(() =>
        (globalThis as any).chrome.storage.local.get('settings').then((all: any) => all.settings.place.name),
      ),
    ).toBe('Brest');
    await map.close();
  });

  it('made no network request and logged no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
