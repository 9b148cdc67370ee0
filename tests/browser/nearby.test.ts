/**
 * "Near me", in real Chromium and Firefox ESR on the built extension: choosing a place offline
 * in the popup (the gazetteer loads only then), the hosts re-ranked by distance, the collective
 * filter, the notice when nobody is near, the explore page's map kept in step with its list,
 * and a workshop's town set for one tab, through the map, slides and sheet.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../scripts/gazetteer';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import { plural, t } from '../../utils/i18n';
import { insideMapWindow } from '../../utils/map/outlines';
import { rankHosts } from '../../utils/nearby';
import { createPlaceIndex, searchPlaces } from '../../utils/places/gazetteer';
import { catalogue, hostById } from './catalogue';
import { attribute, choose, count, fill, named, suggest, text, texts } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers, until } from './session';

const view = createCatalogueView(catalogue);
const places = createPlaceIndex(compileGazetteer());
const hostsFor = (need: string) => view.hostsFor(need);
/** The order the popup must show: computed here from the same catalogue and gazetteer. */
const expectedOrder = (place: string, need: string, collectives: string[] = []) => {
  const origin = searchPlaces(places, place, 1)[0];
  const { located, placeless } = rankHosts(hostsFor(need), origin, collectives);
  return [...located, ...placeless].map((entry) => entry.host.id);
};
const locatedOrder = (place: string, need: string) =>
  expectedOrder(place, need).filter((id) => hostById(id).place !== null);

/** A chef-lieu where no host of the need is within 100 km (computed, not assumed), with what the notice must name. */
function nobodyNear(need: string) {
  for (const query of ['20000 Ajaccio', '97400 Saint-Denis', '64000 Pau', '66000 Perpignan']) {
    const origin = searchPlaces(places, query, 1)[0];
    const [nearest] = rankHosts(hostsFor(need), origin).located;
    if (nearest && nearest.km! > 100) {
      const anywhere = hostsFor(need)
        .filter((entry) => entry.host.reach?.scope === 'anywhere' && entry.host.id !== nearest.host.id)
        .map((entry) => entry.host.name);
      return { query, label: `${origin.name} (${origin.postalCode})`, nearest: nearest.host, anywhere };
    }
  }
  throw new Error('every place tried has a host within 100 km: choose farther places');
}

/** The start of a message, up to where `value` goes, and what follows it. */
const around = (message: string) => message.split('\u0000');
const brest = 'Brest (29200) — Finistère (29)';
const hostIds = (page: Page, selector: string) =>
  page.$$eval(selector, (items) => items.map((item) => item.getAttribute('data-host')));

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);
  let tabId: number;
  const shot = (page: Page, title: string, fullPage = true) => session.shot(page, `nearby-${title}`, { fullPage });

  beforeAll(async () => {
    const gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
    tabId = await session.tabIdOf(gafam);
    await until(async () => (await session.badgeText(tabId)) !== '', 'the GAFAM tab’s badge');
  });

  const showAllHosts = (popup: Page) => popup.$('.show-more').then((more) => more?.click());
  const change = async (popup: Page) =>
    (await named(popup, '.nearby__place .link-button', t(language, 'placeChange'))).click();

  describe('choosing a place', () => {
    /**
     * The gazetteer's loads, seen by the page's request events. Chromium reports the extension's
     * own files there; Firefox's WebDriver BiDi does not, so only Chromium checks them.
     */
    const gazetteerLoads = (popup: Page) => {
      const loads: string[] = [];
      popup.on('request', (request: HTTPRequest) => {
        if (/gazetteer/.test(request.url())) loads.push(request.url());
      });
      return loads;
    };
    const seesExtensionFiles = name === 'chromium';

    it('loads no list of places until the user types one, and says nothing is sent', async () => {
      const popup = await session.openPopup(tabId);
      const loads = gazetteerLoads(popup);
      await expect.poll(() => count(popup, '.host'), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(loads).toEqual([]);
      expect(await text(popup, '.place-picker__hint')).toBe(t(language, 'placeHint'));
      await popup.close();
    });

    it('suggests places as one types, tells homonyms apart, and ranks hosts from the chosen one', async () => {
      const popup = await session.openPopup(tabId);
      const loads = gazetteerLoads(popup);
      await fill(popup, '#nearby-place', 'saint-denis');
      const options = () => texts(popup, '#nearby-place-list [role=option]');
      await expect.poll(async () => (await options()).length, { timeout: 10_000 }).toBeGreaterThan(1);
      if (seesExtensionFiles) {
        expect(loads.length).toBeGreaterThan(0);
        expect(loads.every((url) => url.startsWith(`${session.origin}/`))).toBe(true);
      }
      expect(await options()).toContain('Saint-Denis (97400) — La Réunion (974)');
      expect(await options()).toContain('Saint-Denis (93200) — Seine-Saint-Denis (93)');
      expect(await attribute(popup, '#nearby-place', 'aria-expanded')).toBe('true');
      await shot(popup, '01-place-picker-homonyms');
      await popup.keyboard.press('Escape');
      expect(await attribute(popup, '#nearby-place', 'aria-expanded')).toBe('false');

      await choose(popup, await suggest(popup, '#nearby-place', 'lyon', 'Lyon (69001)'));
      await expect
        .poll(() => text(popup, '.nearby__place'), { timeout: 10_000 })
        .toContain(t(language, 'nearbyFrom', { place: 'Lyon (69001) — Rhône (69)' }));
      await showAllHosts(popup);
      const fromLyon = expectedOrder('Lyon', 'write-together');
      await expect.poll(() => hostIds(popup, '.host')).toEqual(fromLyon);
      expect(await text(popup, '.host__distance')).toMatch(/km/);
      await shot(popup, '02-ranked-from-lyon');

      await change(popup);
      await choose(popup, await suggest(popup, '#nearby-place', '29200', 'Brest (29200)'));
      await expect.poll(() => text(popup, '.nearby__place'), { timeout: 10_000 }).toContain('Brest (29200)');
      await showAllHosts(popup);
      const fromBrest = expectedOrder('Brest', 'write-together');
      expect(fromBrest).not.toEqual(fromLyon);
      await expect.poll(() => hostIds(popup, '.host')).toEqual(fromBrest);
      await popup.close();
      expect((await session.storage('local')).settings).toMatchObject({
        place: { name: 'Brest', postalCode: '29200' },
      });
    });

    it('remembers the place, and filters by collective', async () => {
      const popup = await session.openPopup(tabId);
      await expect.poll(() => text(popup, '.nearby__place'), { timeout: 10_000 }).toContain('Brest (29200)');
      await popup.select('.nearby__collective select', 'chatons');
      await showAllHosts(popup);
      const members = expectedOrder('Brest', 'write-together', ['chatons']);
      expect(members.length).toBeGreaterThan(0);
      await expect.poll(() => hostIds(popup, '.host')).toEqual(members);
      await popup.select('.nearby__collective select', '');
      expect(await count(popup, '.far')).toBe(0);
      await popup.close();
    });

    it('says plainly when nobody is within 100 km, names the nearest anyway and how to start a collective', async () => {
      const far = nobodyNear('write-together');
      const popup = await session.openPopup(tabId);
      await expect.poll(() => text(popup, '.nearby__place'), { timeout: 10_000 }).toContain('Brest (29200)');
      await change(popup);
      await choose(popup, await suggest(popup, '#nearby-place', far.query, far.label));
      await expect.poll(() => count(popup, '.far'), { timeout: 10_000 }).toBe(1);
      const verdict = (await text(popup, '.far')) ?? '';
      expect(verdict).toContain(around(t(language, 'farNone', { km: '\u0000', place: '' }))[0]);
      expect(verdict).toContain(around(t(language, 'farNearest', { name: far.nearest.name, km: '\u0000' }))[0]);
      for (const anywhere of far.anywhere) expect(verdict).toContain(anywhere);
      const chatons = await named(popup, '.far a', 'CHATONS');
      expect(await chatons.evaluate((link) => link.getAttribute('href'))).toBe(
        catalogue.collectives.find((c) => c.id === 'chatons')!.website,
      );
      // The nearest is still listed first, with its distance.
      expect(await attribute(popup, '.host', 'data-host')).toBe(far.nearest.id);
      await shot(popup, '03-nobody-near');
      // Back to Brest, where a host is near: the notice goes.
      await change(popup);
      await choose(popup, await suggest(popup, '#nearby-place', '29200', 'Brest (29200)'));
      await expect.poll(() => count(popup, '.far'), { timeout: 10_000 }).toBe(0);
      await popup.close();
    });
  });

  describe('the map of hosts', () => {
    it('highlights the nearest host, and keeps dots and list in step', async () => {
      const page = await session.openPage('explore.html#nearby/write-together');
      const dots = 'svg .hosts-map__host';
      await expect.poll(() => count(page, dots), { timeout: 10_000 }).toBeGreaterThan(0);
      const located = locatedOrder('Brest', 'write-together');
      // Hosts far away (another continent) are listed, not drawn, and the caption says how many.
      const drawn = located.filter((id) => insideMapWindow(hostById(id).place!));
      expect(await count(page, dots)).toBe(drawn.length);
      if (drawn.length < located.length)
        expect(await text(page, '.hosts-map__caption')).toContain(
          plural(language, 'mapHostsOffMap', located.length - drawn.length),
        );
      expect(await attribute(page, 'svg .is-nearest', 'data-host')).toBe(located[0]);
      expect(await attribute(page, '.nearby-view__list .host', 'data-host')).toBe(located[0]);
      await shot(page, '04-map-from-brest', false);

      // Pointing at a dot highlights its entry in the list…
      const target = drawn[Math.min(2, drawn.length - 1)];
      await page.hover(`svg [data-host="${target}"]`);
      await expect
        .poll(() => attribute(page, `.nearby-view__list [data-host="${target}"]`, 'class'))
        .toContain('is-highlighted');
      // …and focusing an entry of the list highlights its dot.
      await page.mouse.move(0, 0);
      const other = drawn[drawn.length - 1];
      await page.focus(`.nearby-view__list [data-host="${other}"] .host__name a`);
      await expect.poll(() => attribute(page, `svg [data-host="${other}"]`, 'class')).toContain('is-highlighted');
      await shot(page, '05-map-highlight', false);
      await page.close();
    });

    it('ranks from a workshop’s town set for the tab, through the map, slides and sheet, and leaves the user’s place alone', async () => {
      const far = nobodyNear('mail');
      const page = await session.openPage('explore.html#nearby/mail');
      await (await named(page, 'button', t(language, 'workshopChoose'))).click();
      await choose(page, await suggest(page, '#workshop-place', far.query, far.label));

      // The map's list now ranks from the workshop's town, and says nobody is near.
      const [, forThisTab] = around(t(language, 'workshopFrom', { place: '\u0000' }));
      await expect.poll(() => text(page, '.workshop__current'), { timeout: 10_000 }).toContain(forThisTab);
      expect(await text(page, '.workshop__current')).toContain(t(language, 'workshopOwnPlace', { place: brest }));
      await expect.poll(() => hostIds(page, '.nearby-view__list .host')).toEqual(expectedOrder(far.query, 'mail'));
      expect(await attribute(page, 'svg .is-nearest', 'data-host')).toBe(locatedOrder(far.query, 'mail')[0]);
      expect(await text(page, '.nearby-view .far')).toContain(
        around(t(language, 'farNearest', { name: far.nearest.name, km: '\u0000' }))[0],
      );
      await shot(page, '06-map-workshop-town');
      expect((await session.storage('local')).settings).toMatchObject({ place: { name: 'Brest' } });

      // The town goes along to the other views of the tab: the slides and the printed sheet.
      const at = new URL(page.url()).hash.split('at=')[1];
      expect(at).toBeTruthy();
      await (await named(page, 'a', t(language, 'exploreNavHandout'))).click();
      await expect.poll(() => page.url()).toContain(`at=${at}`);
      await page.close();
      // Each view in a page of its own: moving within one page by its hash alone is not a load to wait for.
      const handout = await session.openPage(`explore.html#handout/gmail?at=${at}`);
      const sheet = '.sheet [data-service="gmail"]';
      await expect.poll(() => count(handout, `${sheet} .far`), { timeout: 10_000 }).toBe(1);
      expect(await text(handout, `${sheet} .far`)).toContain('(chatons.org)');
      expect(await text(handout, `${sheet} .sheet__host h4`)).toBe(far.nearest.name);
      const access = ['accessOpen', 'accessMembers', 'accessPaid'] as const;
      const [checked] = around(t(language, 'hostChecked', { month: '\u0000' }));
      expect(await text(handout, `${sheet} .sheet__host`)).toMatch(
        new RegExp(`km · .+ · (${access.map((key) => t(language, key)).join('|')}) · ${checked}`),
      );
      await shot(handout, '07-sheet-workshop-town');
      await handout.close();
      const slide = await session.openPage(`explore.html#present/gmail/3?at=${at}`, { width: 1280, height: 720 });
      await expect.poll(() => count(slide, '.slide .far'), { timeout: 10_000 }).toBe(1);
      expect(await text(slide, '.slide h2')).toBe(far.nearest.name);
      // The slide fades in: the picture is taken once it is whole.
      await expect.poll(() => slide.$eval('.slide', (element) => getComputedStyle(element).opacity)).toBe('1');
      await shot(slide, '08-slide-workshop-town', false);
      await slide.close();

      // Back to the user's own place: Brest, where a host is near.
      const map = await session.openPage(`explore.html#nearby/mail?at=${at}`);
      await (await named(map, 'button', t(language, 'workshopEnd'))).click();
      await expect.poll(() => count(map, '.workshop__current')).toBe(0);
      expect(map.url()).not.toContain('at=');
      expect(await attribute(map, '.nearby-view__list .host', 'data-host')).toBe(expectedOrder('Brest', 'mail')[0]);
      expect((await session.storage('local')).settings).toMatchObject({ place: { name: 'Brest' } });
      await map.close();
    });

    it('prints the sheet from a workshop’s town chosen on the sheet itself, without touching the user’s place', async () => {
      const own = (await session.storage('local')).settings;
      const far = nobodyNear('mail');
      const page = await session.openPage('explore.html#handout/gmail', { width: 1100, height: 1400 });
      const service = '.sheet [data-service="gmail"]';
      // From the user's own place, Brest, a mail host is near.
      await expect
        .poll(() => text(page, `${service} .sheet__host h4`), { timeout: 10_000 })
        .toBe(hostById(locatedOrder('Brest', 'mail')[0]).name);
      expect(await count(page, `${service} .far`)).toBe(0);
      await (await named(page, '.workshop .link-button', t(language, 'workshopChoose'))).click();
      await choose(page, await suggest(page, '#workshop-place', far.query, far.label));
      await expect.poll(() => count(page, `${service} .far`), { timeout: 10_000 }).toBe(1);
      expect(await text(page, `${service} .sheet__host h4`)).toBe(far.nearest.name);
      expect(await text(page, '.sheet__header p')).toContain(far.label);
      await shot(page, '09-sheet-workshop-town-from-the-sheet');
      expect((await session.storage('local')).settings).toEqual(own);
      await page.close();
    });

    itLeftNoTrace(session);
  });
});
