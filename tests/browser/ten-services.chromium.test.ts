/**
 * Ten everyday services over the five companies, each visited in real Chromium:
 * the badge counts the alternatives, and the popup gives the full answer — libre
 * software with its license and link, the hosts that run it, how to leave.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { hostsRunning } from '../expected';
import { screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

const catalogue = loadValidCatalogue();

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

let session: ChromiumSession;
let gafam: Page;

beforeAll(async () => {
  session = await launchChromium('fr');
  gafam = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('rich suggestions on ten services of the five companies (Chromium)', () => {
  it('spans the five companies', () => {
    const companies = new Set(visits.map(([id]) => catalogue.services.find((service) => service.id === id)!.company));
    expect([...companies].sort()).toEqual(['amazon', 'apple', 'google', 'meta', 'microsoft']);
  });

  it.each(visits)('%s', async (serviceId, url) => {
    const service = catalogue.services.find((candidate) => candidate.id === serviceId)!;
    const category = catalogue.categories.find((candidate) => candidate.id === service.category)!;
    const software = category.alternatives.map(
      (alternative) => catalogue.software.find((s) => s.id === alternative.software)!,
    );
    const hosts = hostsRunning(catalogue, category.id);

    await gafam.goto(url);
    const tabId = await session.tabIdOf(gafam);
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe(String(software.length));

    const popup = await session.openPopup(tabId);
    await expect.poll(() => popup.locator('h1').textContent(), { timeout: 10_000 }).toBe(service.name.fr);

    // Where no libre software does the same job yet, the popup says so before the closest options.
    const heading = popup.locator('#alternatives-heading');
    if (category.noEquivalent) {
      expect(await heading.textContent()).toBe('Les options les plus proches');
      expect(await popup.locator('.no-equivalent').textContent()).toBe(
        `Pas encore d’équivalent libre. ${category.noEquivalent.fr}`,
      );
    } else {
      expect(await heading.textContent()).toBe('Les logiciels libres pour ça');
      expect(await popup.locator('.no-equivalent').count()).toBe(0);
    }

    // Every alternative: its name, its sentence in French, its license and a link to its site.
    expect(software.length).toBeGreaterThan(0);
    const cards = popup.locator('.card');
    expect(await cards.locator('.card__title').allTextContents()).toEqual(software.map((s) => s.name));
    for (const [index, entry] of software.entries()) {
      const card = cards.nth(index);
      expect(await card.locator('.card__text').textContent()).toBe(category.alternatives[index].why.fr);
      expect(await card.textContent()).toContain(entry.license);
      expect(await card.locator(`a[href="${entry.website}"]`).count()).toBe(1);
    }

    // The hosts: the five first, and how many more are a press away.
    const shown = Math.min(hosts.length, 5);
    expect(await popup.locator('.provider').count()).toBe(shown);
    if (hosts.length > 5) {
      const more = hosts.length - 5;
      expect(await popup.locator('.show-more').textContent()).toBe(
        more === 1 ? 'Voir l’autre hébergeur' : `Voir les ${more} autres hébergeurs`,
      );
    }

    // How to leave: the company's own export page and the formats.
    expect(service.leaving).toBeDefined();
    const leaving = popup.locator('.leaving');
    expect(await leaving.locator('.leaving__steps').textContent()).toBe(service.leaving!.steps.fr);
    expect(await leaving.locator('a').getAttribute('href')).toBe(service.leaving!.exportPage);
    expect(await leaving.locator('.chip').allTextContents()).toEqual(service.leaving!.formats);

    await popup.screenshot({ path: screenshotPath('chromium', `ten-services-${serviceId}`), fullPage: true });
    await popup.close();
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
