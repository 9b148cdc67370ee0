/**
 * What a user sees first, in real Chromium (in French) and Firefox ESR (in English) on the
 * built extension: the badge and tooltip on a service of each company, the popup on a GAFAM
 * page and elsewhere, moves inside single-page apps, a phone-wide popup, the dark theme, and
 * no request or error from the extension. Choosing a place: nearby.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { plural, t } from '../../utils/i18n';
import { records } from '../../utils/storage';
import { alternativeCount, badgeTitle, hostsRunning } from '../expected';
import { catalogue, needOf, serviceById, softwareById } from './catalogue';
import { attribute, count, fill, isVisible, named, pushState, text, texts } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);
  let gafam: Page;
  let tabId: number;
  const shot = (page: Page, title: string) => session.shot(page, `popup-${title}`);

  async function expectBadgeFor(serviceId: string) {
    await expect
      .poll(() => session.badgeTitle(tabId), { timeout: 10_000 })
      .toBe(badgeTitle(catalogue, serviceId, language));
    expect(await session.badgeText(tabId)).toBe(String(alternativeCount(catalogue, serviceId)));
  }

  async function expectPopupShows(popup: Page, serviceId: string) {
    const service = serviceById(serviceId);
    await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(service.name[language]);
    const company = catalogue.companies.find((c) => c.id === service.company)!;
    expect(await text(popup, '.service__meta')).toContain(t(language, 'popupServiceBy', { company: company.name }));
    expect(await texts(popup, '.card__title')).toEqual(
      needOf(serviceId).alternatives.map((a) => softwareById(a.software).name),
    );
    // The brand icons come just after the first frame, in place of empty squares.
    await expect.poll(() => count(popup, '.mark--pending')).toBe(0);
  }

  beforeAll(async () => {
    gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
    tabId = await session.tabIdOf(gafam);
  });

  describe('the harness', () => {
    it('sees errors and requests of extension pages and web pages, so that their absence means something', async () => {
      const popup = await session.openPopup(tabId);
      await popup.evaluate(() => {
        console.error('harness check: console');
        setTimeout(() => {
          throw new Error('harness check: uncaught');
        });
        void fetch('https://example.org/harness-check').catch(() => undefined);
      });
      const both =
        /harness check: console[\s\S]*harness check: uncaught|harness check: uncaught[\s\S]*harness check: console/;
      await expect.poll(() => session.pageErrors.join('\n'), { timeout: 10_000 }).toMatch(both);
      await expect
        .poll(() => session.strayRequests, { timeout: 10_000 })
        .toContain('https://example.org/harness-check');
      await popup.close();
      // Web pages are watched too: the in-page card lives there.
      // Opaque, so that no cross-origin refusal adds an error of its own.
      await gafam.evaluate(
        () => void fetch('https://example.net/harness-check', { mode: 'no-cors' }).catch(() => undefined),
      );
      await expect
        .poll(() => session.strayRequests, { timeout: 10_000 })
        .toContain('https://example.net/harness-check');
      session.pageErrors.length = 0;
      session.strayRequests.length = 0;
    });
  });

  describe('on a GAFAM service', () => {
    it('badges Google Docs with the number of alternatives and names it in the tooltip', async () => {
      await expectBadgeFor('google-docs');
      await session.shot(gafam, 'popup-01-google-docs-page', { fullPage: false });
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
      const popup = await session.openPopup(tabId);
      await expectPopupShows(popup, 'google-docs');
      const first = needOf('google-docs').alternatives[0];
      const software = softwareById(first.software);
      expect(await text(popup, '.card .card__text')).toBe(first.why[language]);
      expect(await text(popup, '.card')).toContain(software.license);
      expect(await attribute(popup, '.card a', 'href')).toBe(software.website);
      const hosts = hostsRunning(catalogue, 'write-together');
      expect(hosts.length).toBeGreaterThan(5);
      // The first five show at once; the rest come with one press, focus on the first newcomer.
      expect(await count(popup, '.host')).toBe(5);
      await shot(popup, '02-google-docs');
      const showMore = await named(popup, 'button', plural(language, 'showMoreHosts', hosts.length - 5));
      await showMore.focus();
      await popup.keyboard.press('Enter');
      expect(new Set(await texts(popup, '.host__name'))).toEqual(new Set(hosts.map((p) => p.name)));
      // Focus moves once the new hosts are painted (an effect, after the frame).
      await expect
        .poll(() =>
          popup.evaluate(() => document.activeElement?.closest('.host') === document.querySelectorAll('.host')[5]),
        )
        .toBe(true);
      expect(await count(popup, '.show-more')).toBe(0);
      const placed = hosts.find((p) => p.place !== null)!;
      expect(await text(popup, `[data-host="${placed.id}"] .host__place`)).toContain(placed.place!.city);
      // Brand icons are inline SVG; nothing is fetched.
      expect(await count(popup, '.service__header svg path')).toBe(1);
      await shot(popup, '02b-google-docs-all-hosts');
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
          popup.evaluate(
            (key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.settings?.version,
            records.settingsHint.key,
          ),
        )
        .toBeGreaterThan(0);
      await popup.close();
    });

    it('says when no libre software does the same job yet, and names the closest options', async () => {
      await session.goto(gafam, 'https://pay.google.com/');
      const need = needOf('google-pay');
      expect(need.noEquivalent).toBeDefined();
      const service = serviceById('google-pay').name[language];
      await expect
        .poll(() => session.badgeTitle(tabId), { timeout: 10_000 })
        .toBe(plural(language, 'badgeTitleClosest', need.alternatives.length, { service }));
      const popup = await session.openPopup(tabId);
      await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(service);
      expect(await text(popup, '#alternatives-heading')).toBe(t(language, 'popupClosestHeading'));
      expect(await text(popup, '.no-equivalent')).toBe(
        `${t(language, 'noEquivalent')} ${need.noEquivalent![language]}`,
      );
      expect(await texts(popup, '.card__title')).toEqual(need.alternatives.map((a) => softwareById(a.software).name));
      await shot(popup, '10-no-equivalent');
      await popup.close();
      await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
      await expectBadgeFor('google-docs');
    });

    it('follows Docs → Sheets in the same tab without a reload, badge and open popup alike', async () => {
      const popup = await session.openPopup(tabId);
      await expectPopupShows(popup, 'google-docs');
      await pushState(gafam, '/spreadsheets/d/1AbC/edit');
      await expectBadgeFor('google-sheets');
      await expectPopupShows(popup, 'google-sheets');
      await shot(popup, '03-google-sheets-after-spa-move');
      await popup.close();
    });

    it.each([
      // A single-page app's move: no reload, a new address.
      [
        'YouTube video → Shorts',
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        'youtube',
        '/shorts/AbC123',
        'youtube-shorts',
      ],
      // A load in the same tab.
      [
        'Gmail → Calendar',
        'https://mail.google.com/mail/u/0/#inbox',
        'gmail',
        'https://calendar.google.com/calendar/u/0/r',
        'google-calendar',
      ],
    ])('follows %s in the same tab', async (_, from, first, to, then) => {
      await session.goto(gafam, from);
      await expectBadgeFor(first);
      if (to.startsWith('/')) await pushState(gafam, to);
      else await session.goto(gafam, to);
      await expectBadgeFor(then);
      const popup = await session.openPopup(tabId);
      await expectPopupShows(popup, then);
      await shot(popup, `04-${then}`);
      await popup.close();
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
      await shot(popup, '11-narrow-360');
      await popup.close();
    });

    it('clears the badge when the tab leaves for another site', async () => {
      await session.goto(gafam, 'https://example.org/some/page');
      await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
      // The badge and the tooltip are two calls: the tooltip may come a moment after.
      await expect.poll(() => session.badgeTitle(tabId), { timeout: 10_000 }).toBe(t(language, 'actionTitle'));
    });
  });

  describe('elsewhere', () => {
    it('says the page is not a GAFAM service and searches the catalogue, accents and case aside', async () => {
      const popup = await session.openPopup(tabId);
      await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(t(language, 'popupNotGafam'));
      await shot(popup, '06-not-gafam');

      const search = '#catalogue-search';
      const writeTogether = catalogue.needs.find((c) => c.id === 'write-together')!;
      await fill(popup, search, writeTogether.name[language].toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
      await expect.poll(() => texts(popup, '.result__name')).toContain(writeTogether.name[language]);

      const calendar = serviceById('google-calendar').name[language];
      await fill(popup, search, calendar.split(' ').at(-1)!.toUpperCase());
      await expect.poll(() => texts(popup, '.result__name')).toContain(calendar);

      await fill(popup, search, 'nextcloud');
      await expect.poll(() => attribute(popup, '.result', 'data-id')).toBe('nextcloud');

      await fill(popup, search, 'outlook');
      await shot(popup, '07-search');
      // Keyboard only: down to the first result, Enter shows it.
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('Enter');
      await expectPopupShows(popup, 'outlook');
      await shot(popup, '08-search-result-outlook');
      const back = await named(popup, 'button', new RegExp(t(language, 'popupBack')));
      await back.focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => isVisible(popup, search)).toBe(true);

      await fill(popup, search, 'zzzqqq');
      await expect.poll(() => text(popup, '.empty')).toBe(t(language, 'searchNoResult', { query: 'zzzqqq' }));
      await popup.close();
    });
  });

  describe('in the end', () => {
    itLeftNoTrace(session);
  });

  describe('in the dark theme', () => {
    const dark = sessionFor(name, language, { theme: 'dark' });

    it('is readable', async () => {
      const page = await dark.openTab('https://www.instagram.com/p/AbC/');
      const tab = await dark.tabIdOf(page);
      await expect
        .poll(() => dark.badgeTitle(tab), { timeout: 10_000 })
        .toBe(badgeTitle(catalogue, 'instagram', language));
      const popup = await dark.openPopup(tab);
      await expectPopupShows(popup, 'instagram');
      const background = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe('rgb(21, 24, 26)');
      await dark.shot(popup, 'popup-09-instagram-dark');
      await popup.close();
    });
  });
});
