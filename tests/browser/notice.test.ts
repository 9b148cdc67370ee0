/**
 * The in-page card, in real Chromium and Firefox ESR on the built extension: it appears on
 * arriving on a GAFAM service (once a day per service by default), never takes the focus,
 * cannot be restyled by the page, is reachable and closable with the keyboard, fits a phone,
 * reads in the dark without motion, and its two actions open the alternatives or silence
 * the site. Its buttons are pressed as a person does, with the pointer.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { plural, t } from '../../utils/i18n';
import { pressCardButton, readCard } from './card-reader';
import { alternativeNames, needOf } from './catalogue';
import { texts } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

/** What the card shows; null when there is none. */
const card = (page: Page) => readCard(page);

/** The label or words of what has the focus inside the card. */
const focused = async (page: Page) => (await readCard(page))?.focused ?? null;

/** Time for the content script and the background to answer a visit, before checking that no card came. */
const answered = () => new Promise((resolve) => setTimeout(resolve, 300));

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);

  describe('the in-page card', () => {
    it('appears on arrival, says what exists, never takes the focus, and closes with the keyboard', async () => {
      const page = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      const alternatives = needOf('google-docs').alternatives;
      const examples = alternativeNames('google-docs').slice(0, 3);
      expect(await card(page)).toMatchObject({
        label: 'Circuit court',
        title: plural(language, 'noticeTitle', alternatives.length, { service: 'Google Docs' }),
        text: t(language, 'noticeExamples', { examples: examples.join(', ') }),
      });
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await readCard(page, true);
      await session.shot(page, 'notice-01-google-docs', { fullPage: false });

      // The page's styles do not reach it.
      await page.addStyleTag({
        content: 'button { display: none !important; } section { background: red !important; }',
      });
      const restyled = await card(page);
      expect(restyled?.buttons.find((button) => button.name === t(language, 'noticeSee'))?.visible).toBe(true);
      expect(restyled?.background).not.toBe('rgb(255, 0, 0)');

      // Keyboard: the card comes last in the tab order; Escape closes it.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(t(language, 'noticeClose'));
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(t(language, 'noticeSee'));
      await page.keyboard.press('Escape');
      expect(await card(page)).toBeNull();
      await page.close();
    });

    it('stays for moves inside the service, and comes once a day per service', async () => {
      const page = await session.openTab('https://www.youtube.com/watch?v=x');
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      await page.evaluate(() => history.pushState({}, '', '/watch?v=y'));
      // The background answers the move; the card is still about YouTube and stays.
      await answered();
      expect(await card(page)).not.toBeNull();
      await page.close();

      const again = await session.openTab('https://docs.google.com/document/d/other');
      // Google Docs was shown today already: the badge comes, the card does not.
      await expect.poll(async () => session.badgeText(await session.tabIdOf(again)), { timeout: 10_000 }).not.toBe('');
      await answered();
      expect(await card(again)).toBeNull();
      await again.close();
    });

    it('fits a phone-wide screen (360 px), as on Firefox for Android', async () => {
      const page = await session.openTab('https://www.amazon.fr/gp/bestsellers/', { width: 360, height: 640 });
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      const box = (await readCard(page, true))!;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await session.shot(page, 'notice-02-narrow-360', { fullPage: false });
      await page.close();
    });

    it('opens the alternatives of the service in a new tab', async () => {
      const page = await session.openTab('https://www.linkedin.com/feed/');
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      await pressCardButton(page, t(language, 'noticeSee'));
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
      await pressCardButton(page, t(language, 'noticeMute'));
      await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
      expect((await session.storage('local')).settings).toMatchObject({ mutedSites: ['www.instagram.com'] });
      const settings = await session.openPage('options.html');
      await expect
        .poll(() => texts(settings, '.muted-sites li span'), { timeout: 10_000 })
        .toEqual(['www.instagram.com']);
      await page.reload();
      await answered();
      expect(await card(page)).toBeNull();
      expect(await session.badgeText(tabId)).toBe('');
      await Promise.all([page.close(), settings.close()]);
    });

    it('never comes when the settings say never', async () => {
      const settings = await session.openPage('options.html');
      await settings.click('input[name=notice][value=never]');
      await expect.poll(async () => (await session.storage('local')).settings).toMatchObject({ notice: 'never' });
      const page = await session.openTab('https://outlook.live.com/mail/0/');
      await expect.poll(async () => session.badgeText(await session.tabIdOf(page)), { timeout: 10_000 }).not.toBe('');
      await answered();
      expect(await card(page)).toBeNull();
      // Chromium lays out a background tab only once it is in front again.
      await settings.bringToFront();
      await settings.click('input[name=notice][value=daily]');
      await Promise.all([page.close(), settings.close()]);
    });

    // Last: the extension starts again as an update would, and the page keeps its old script.
    it('leaves neither an error nor its card behind when the extension is updated under the page', async () => {
      const page = await session.openTab('https://www.facebook.com/groups/123');
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      await session.update();
      // Once the page learns the extension is gone, the orphaned script stops at its next move and takes its card away.
      let move = 0;
      await expect
        .poll(
          async () => {
            await page.evaluate((n) => history.pushState({}, '', `/groups/${n}`), ++move);
            return card(page);
          },
          { timeout: 10_000 },
        )
        .toBeNull();
      await page.close();
    });

    itLeftNoTrace(session);
  });

  describe('in the dark, without motion', () => {
    const dark = sessionFor(name, language, { theme: 'dark', motion: 'reduce' });

    it('reads well, and comes in without moving', async () => {
      const page = await dark.openTab('https://www.amazon.fr/gp/bestsellers/', { width: 360, height: 640 });
      await expect.poll(() => card(page), { timeout: 10_000 }).not.toBeNull();
      expect(await card(page)).toMatchObject({ animation: 'none', background: 'rgb(31, 36, 39)' });
      await dark.shot(page, 'notice-03-narrow-dark', { fullPage: false });
      await page.close();
    });
  });
});
