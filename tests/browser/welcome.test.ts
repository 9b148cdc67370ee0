/**
 * The welcome page, in real Chromium and Firefox ESR on the built extension: it opens once,
 * on install; the choices made there are saved; an update (the same build installed again)
 * neither opens it again nor loses them.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { choose, named, suggest, text } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);

  const welcomeTabs = async () => (await session.tabs()).filter((tab) => tab.url === `${session.origin}/welcome.html`);

  describe('the welcome page', () => {
    it('opens by itself on install, once', async () => {
      await expect.poll(async () => (await welcomeTabs()).length, { timeout: 10_000 }).toBe(1);
    });

    it('saves the place, the in-page card and the footprint as they are chosen, keyboard only', async () => {
      // WebDriver BiDi cannot drive the tab the add-on opened: the same page, opened by the harness.
      const page = await session.openPage('welcome.html', { width: 1000, height: 1400 });
      expect(await text(page, 'h1')).toBe(t(language, 'welcomeTitle'));
      expect(await text(page, 'main')).toContain(t(language, 'welcomeSendsNothing'));
      // Nothing is stored before a choice: the defaults hold.
      expect((await session.storage('local')).settings).toBeUndefined();

      const quimper = 'Quimper (29000) — Finistère (29)';
      await choose(page, await suggest(page, '#welcome-place-input', 'quimper', quimper));
      await page.focus('input[name=notice][value=never]');
      await page.keyboard.press(' ');
      await page.focus('input[type=checkbox]');
      await page.keyboard.press(' ');
      await expect
        .poll(async () => (await session.storage('local')).settings, { timeout: 10_000 })
        .toMatchObject({ place: { name: 'Quimper' }, notice: 'never', footprint: false });
      expect(await text(page, '.settings__current')).toContain('Quimper');
      // The two ways on are links to the extension's own pages.
      const explore = await named(page, 'a', t(language, 'welcomeExplore'));
      expect(await explore.evaluate((link) => link.getAttribute('href'))).toBe('/explore.html');
      await session.shot(page, 'welcome-01-choices');
      await page.close();
    });

    it('does not open again on an update, which keeps every choice', async () => {
      for (const tab of await welcomeTabs()) await session.closeTab(tab.id);
      const kept = (await session.storage('local')).settings;
      const gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
      const tabId = await session.tabIdOf(gafam);
      await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).not.toBe('');

      await session.update();
      // The badge comes back through runtime.onInstalled (Chromium adds no content script to
      // open tabs): once it is back, the handler has run to its end, where an install opens its tab.
      await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).not.toBe('');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await welcomeTabs()).toEqual([]);
      expect((await session.storage('local')).settings).toEqual(kept);
      await gafam.close();
    });

    itLeftNoTrace(session);
  });
});
