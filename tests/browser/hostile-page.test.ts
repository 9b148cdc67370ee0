/**
 * A GAFAM page that wants the extension gone (tests/fixtures/pages/hostile.html), in real
 * Chromium and Firefox ESR on the built extension. Until a card shows, the page sees exactly
 * what the same page sees on a site the extension does not run on. Once a card shows, every
 * forged press, key, message or signal does nothing: the card stays, the site is not muted,
 * and the content script still follows the page. Taking the card's element away is never the
 * user's choice either. Only the user's own press acts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { defaultSettings } from '../../utils/settings-defaults';
import { records } from '../../utils/storage';
import { badgeTitle } from '../expected';
import { pressCardButton, readCard, readCards } from './card-reader';
import { catalogue } from './catalogue';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

const HOSTILE = '?fixture=hostile';
const DOCS = `https://docs.google.com/document/d/hostile${HOSTILE}`;
const ELSEWHERE = `https://example.org/${HOSTILE}`;

interface Hostile {
  snapshot(): Record<string, unknown>;
  attack(): string[];
  removeCard(): void;
}
const snapshot = (page: Page) => page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.snapshot());

/** Time for the content script and the background to answer a visit. */
const answered = () => new Promise((resolve) => setTimeout(resolve, 400));

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);
  const settings = (change: Partial<Settings>) =>
    session.store('local', { [records.settings.key]: { ...defaultSettings, ...change } });
  const badgeOf = async (page: Page) => session.badgeTitle(await session.tabIdOf(page));

  describe('a page that wants the extension gone', () => {
    it('cannot tell the extension is there while no card shows: no element, global, event, style or request', async () => {
      await settings({ notice: 'never' });
      const control = await session.openTab(ELSEWHERE);
      const page = await session.openTab(DOCS);
      // The extension did run on the GAFAM page: its badge says so.
      await expect.poll(() => badgeOf(page), { timeout: 10_000 }).toBe(badgeTitle(catalogue, 'google-docs', language));
      await answered();
      expect(await snapshot(page)).toEqual(await snapshot(control));
      await Promise.all([page.close(), control.close()]);
    });

    it('can neither read, press, dismiss nor stop it once a card shows, and the card stays', async () => {
      await settings({ notice: 'always' });
      const page = await session.openTab(DOCS);
      await expect.poll(() => readCard(page), { timeout: 10_000 }).not.toBeNull();
      const before = await readCard(page, true);
      // The card is the one thing the page now sees of the extension: the check above can tell.
      const control = await session.openTab(ELSEWHERE);
      expect((await snapshot(page)).changes).not.toEqual((await snapshot(control)).changes);
      await control.close();

      const log = await page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.attack());
      expect(log).toContain('card element: true');
      expect(log).toContain('shadowRoot: null');
      expect(log).toContain('attachShadow: refused');
      expect(log.find((line) => line.startsWith('extension API:'))).not.toMatch(/function|object/);
      await answered();

      // Nothing the page forged counted: the card is there, unchanged, and nothing was decided.
      expect(await readCards(page)).toEqual({ cards: 1, card: before });
      const stored = await session.storage('local');
      expect((stored[records.settings.key] as Settings).mutedSites).toEqual([]);
      expect((await session.tabs()).filter((tab) => tab.url.includes('/explore.html'))).toEqual([]);
      expect(await badgeOf(page)).toBe(badgeTitle(catalogue, 'google-docs', language));
      await session.shot(page, 'hostile-01-card-survives', { fullPage: false });

      // The content script still follows the page: a move to another service is reported.
      await page.evaluate(() => history.pushState({}, '', '/spreadsheets/d/hostile?fixture=hostile'));
      await expect
        .poll(() => badgeOf(page), { timeout: 10_000 })
        .toBe(badgeTitle(catalogue, 'google-sheets', language));
      await page.close();
    });

    it('takes the card away as a page always can, and that counts as no choice of the user', async () => {
      await settings({ notice: 'always' });
      const page = await session.openTab(DOCS);
      await expect.poll(() => readCard(page), { timeout: 10_000 }).not.toBeNull();
      const shownBefore = (await session.storage('local'))[records.notices.key];
      await page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.removeCard());
      await answered();
      expect(await readCards(page)).toEqual({ cards: 0, card: null });
      const stored = await session.storage('local');
      expect((stored[records.settings.key] as Settings).mutedSites).toEqual([]);
      expect(stored[records.notices.key]).toEqual(shownBefore);
      // On the next arrival the card comes again, as the settings say.
      const again = await session.openTab(DOCS);
      await expect.poll(() => readCard(again), { timeout: 10_000 }).not.toBeNull();
      await Promise.all([page.close(), again.close()]);
    });

    it('acts on the user’s own press, after all the page tried', async () => {
      await settings({ notice: 'always' });
      const page = await session.openTab(DOCS);
      await expect.poll(() => readCard(page), { timeout: 10_000 }).not.toBeNull();
      await page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.attack());
      await pressCardButton(page, t(language, 'noticeMute'));
      await expect
        .poll(async () => ((await session.storage('local'))[records.settings.key] as Settings).mutedSites, {
          timeout: 10_000,
        })
        .toEqual(['docs.google.com']);
      await settings({});
      await page.close();
    });

    itLeftNoTrace(session);
  });
});
