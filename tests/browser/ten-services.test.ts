/**
 * Ten everyday services over the five companies, each visited in real Chromium and Firefox ESR:
 * the badge counts the alternatives, and the popup gives the full answer — libre
 * software with its license and link, the hosts that run it, how to leave.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { plural, t } from '../../utils/i18n';
import { hostsRunning } from '../expected';
import { catalogue } from './catalogue';
import { count, text, texts } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

const visits = [
  ['gmail', 'https://mail.google.com/mail/u/0/#inbox'],
  ['youtube', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'],
  ['google-maps', 'https://www.google.fr/maps/@45.7640,4.8357,13z'],
  ['whatsapp', 'https://web.whatsapp.com/'],
  ['instagram', 'https://www.instagram.com/explore/'],
  ['outlook', 'https://outlook.live.com/mail/0/'],
  ['github', 'https://github.com/explore'],
  ['linkedin', 'https://www.linkedin.com/feed/'],
  ['amazon-shop', 'https://www.amazon.de/gp/bestsellers/'],
  ['icloud', 'https://www.icloud.com/'],
] as const;

it('spans the five companies', () => {
  const companies = new Set(visits.map(([id]) => catalogue.services.find((service) => service.id === id)!.company));
  expect([...companies].sort()).toEqual(['amazon', 'apple', 'google', 'meta', 'microsoft']);
});

describe.each(browsers)('rich suggestions on ten services of the five companies ($name)', ({ name, language }) => {
  const session = sessionFor(name, language);
  let gafam: Page;

  beforeAll(async () => {
    gafam = await session.openTab('about:blank');
  });

  it.each(visits)('%s', async (serviceId, url) => {
    const service = catalogue.services.find((candidate) => candidate.id === serviceId)!;
    const need = catalogue.needs.find((candidate) => candidate.id === service.need)!;
    const software = need.alternatives.map(
      (alternative) => catalogue.software.find((s) => s.id === alternative.software)!,
    );
    const hosts = hostsRunning(catalogue, need.id);

    await session.goto(gafam, url);
    const tabId = await session.tabIdOf(gafam);
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe(String(software.length));

    const popup = await session.openPopup(tabId);
    await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe(service.name[language]);

    // Where no libre software does the same job yet, the popup says so before the closest options.
    if (need.noEquivalent) {
      expect(await text(popup, '#alternatives-heading')).toBe(t(language, 'popupClosestHeading'));
      expect(await text(popup, '.no-equivalent')).toBe(`${t(language, 'noEquivalent')} ${need.noEquivalent[language]}`);
    } else {
      expect(await text(popup, '#alternatives-heading')).toBe(t(language, 'popupAlternativesHeading'));
      expect(await count(popup, '.no-equivalent')).toBe(0);
    }

    // Every alternative: its name, its sentence in the reader's language, its license and a link to its site.
    expect(software.length).toBeGreaterThan(0);
    expect(await texts(popup, '.card .card__title')).toEqual(software.map((s) => s.name));
    const cards = await popup.$$eval('.card', (all) =>
      all.map((card) => ({
        text: card.querySelector('.card__text')?.textContent,
        all: card.textContent,
        links: [...card.querySelectorAll('a')].map((link) => link.getAttribute('href')),
      })),
    );
    for (const [index, entry] of software.entries()) {
      expect(cards[index].text).toBe(need.alternatives[index].why[language]);
      expect(cards[index].all).toContain(entry.license);
      expect(cards[index].links.filter((href) => href === entry.website)).toHaveLength(1);
    }

    // The hosts: the five first, and how many more are a press away.
    expect(await count(popup, '.host')).toBe(Math.min(hosts.length, 5));
    if (hosts.length > 5) {
      expect(await text(popup, '.show-more')).toBe(plural(language, 'showMoreHosts', hosts.length - 5));
    }

    // How to leave: the company's own export page and the formats, just after the first frame.
    expect(service.leaving).toBeDefined();
    await expect
      .poll(() => text(popup, '.leaving .leaving__steps'), { timeout: 10_000 })
      .toBe(service.leaving!.steps[language]);
    expect(await popup.$eval('.leaving a', (link) => link.getAttribute('href'))).toBe(service.leaving!.exportPage);
    expect(await texts(popup, '.leaving .chip')).toEqual(service.leaving!.formats);

    await session.shot(popup, `ten-services-${serviceId}`);
    await popup.close();
  });

  itLeftNoTrace(session);
});
