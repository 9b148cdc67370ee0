/**
 * The in-page card in Firefox ESR (the test build, see firefox.ts): it appears on
 * arriving on a GAFAM service, never takes the focus, closes with the keyboard,
 * fits a phone-wide screen, and its two actions open the alternatives or silence
 * the site. The card loads nothing: the stand-in pages are watched for requests.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { plural, t } from '../../utils/i18n';
import { type FirefoxSession, launchFirefox } from './firefox';
import { screenshotPath } from './harness';

const catalogue = loadValidCatalogue();
const alternativesOf = (serviceId: string) => {
  const service = catalogue.services.find((candidate) => candidate.id === serviceId)!;
  return catalogue.categories.find((category) => category.id === service.category)!.alternatives.length;
};

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

/** What the card shows, read through its (open) shadow root; null when there is none. */
const card = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('circuit-court-notice')?.shadowRoot?.querySelector('section');
    if (!box) return null;
    const { left, right } = box.getBoundingClientRect();
    return { label: box.getAttribute('aria-label'), title: box.querySelector('h2')?.textContent, left, right };
  });

/** Waits for the card's entrance to end, so that a screenshot shows it as people see it. */
const settled = (page: Page) =>
  page.evaluate(async () => {
    const root = document.querySelector('circuit-court-notice')?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((animation) => animation.finished));
  });

/** Presses one of the card's buttons, found by its words. */
const press = (page: Page, words: string) =>
  page.evaluate((name) => {
    const buttons = [...(document.querySelector('circuit-court-notice')?.shadowRoot?.querySelectorAll('button') ?? [])];
    buttons.find((button) => button.textContent === name)!.click();
  }, words);

describe('the in-page card (Firefox)', () => {
  it('appears on arrival, says what exists, never takes the focus, and closes with the keyboard', async () => {
    const page = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
    await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
    expect(await card(page)).toMatchObject({
      label: 'Circuit court',
      title: plural('en', 'noticeTitle', alternativesOf('google-docs'), { service: 'Google Docs' }),
    });
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await settled(page);
    await page.screenshot({ path: screenshotPath('firefox', '20-notice-google-docs') });

    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.querySelector('circuit-court-notice')?.shadowRoot?.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe(t('en', 'noticeClose'));
    await page.keyboard.press('Escape');
    expect(await card(page)).toBeNull();
    await page.close();
  });

  it('fits a phone-wide screen (360 px), as on Firefox for Android', async () => {
    const page = await session.openTab('https://www.amazon.fr/gp/bestsellers/', { width: 360, height: 640 });
    await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
    await settled(page);
    const box = (await card(page))!;
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('firefox', '21-notice-narrow-360') });
    await page.close();
  });

  it('opens the alternatives of the service in a new tab', async () => {
    const page = await session.openTab('https://www.linkedin.com/feed/');
    await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
    await press(page, t('en', 'noticeSee'));
    const explore = `${session.origin}/explore.html#service/linkedin`;
    await expect
      .poll(async () => (await session.tabs()).some((tab) => tab.url === explore), { timeout: 10_000 })
      .toBe(true);
    expect(await card(page)).toBeNull();
    const opened = (await session.tabs()).find((tab) => tab.url === explore)!;
    await session.closeTab(opened.id);
    await page.close();
  });

  it('silences the site on request: no card, no badge, listed in the settings', async () => {
    const page = await session.openTab('https://www.instagram.com/explore/');
    const tabId = await session.tabIdOf(page);
    await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
    await press(page, t('en', 'noticeMute'));
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
    expect((await session.storage('local')).settings).toMatchObject({ mutedSites: ['www.instagram.com'] });
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await card(page)).toBeNull();
    expect(await session.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
