/**
 * Accessibility in real Chromium and Firefox ESR on the built extension: axe-core finds no
 * violation on any page (popup, explore and its views, presentation, settings), in the light
 * and the dark theme; every control of each page is reached with Tab; and a task on each page
 * is done with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { attribute, count, named, text } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers, type Session } from './session';

/** axe-core's own bundle, evaluated in each page (the extension's pages forbid a script tag of ours). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

/** Presses Tab until the focus comes back, and checks every enabled, visible control was reached. */
async function tabThrough(page: Page): Promise<{ reached: number; missed: string[] }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      element.dataset.tabbed ??= String(Math.random());
      return element.dataset.tabbed;
    });
    if (id === null || reached.has(id)) break;
    reached.add(id);
  }
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')]
      .filter(
        (element) =>
          !(element as HTMLButtonElement).disabled &&
          element.getClientRects().length > 0 &&
          getComputedStyle(element).visibility !== 'hidden',
      )
      // Radio buttons of one group share a single tab stop: the arrows move inside.
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked))
      .filter((element) => element.dataset.tabbed === undefined)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  return { reached: reached.size, missed };
}

/** Each page of the extension, opened in a session: the popup on a GAFAM tab, elsewhere, and the pages. */
type Opener = (session: Session, gafamTab: number) => Promise<Page>;
const pages: [string, Opener][] = [
  ['popup on a GAFAM service', (session, tab) => session.openPopup(tab)],
  ['popup elsewhere', (session) => session.openPopup(999_999)],
  ['explore: catalogue', (session) => session.openPage('explore.html#catalogue')],
  ['explore: demonstration', (session) => session.openPage('explore.html#service/gmail')],
  ['explore: map', (session) => session.openPage('explore.html#nearby/write-together')],
  ['explore: presentation set-up', (session) => session.openPage('explore.html#present/gmail,youtube')],
  [
    'presentation slide',
    (session) => session.openPage('explore.html#present/gmail,youtube/2', { width: 1280, height: 720 }),
  ],
  ['explore: quiz', (session) => session.openPage('explore.html#quiz/5')],
  ['explore: printable sheet', (session) => session.openPage('explore.html#handout/gmail,whatsapp')],
  ['explore: footprint', (session) => session.openPage('explore.html#footprint')],
  ['settings', (session) => session.openPage('options.html')],
  ['welcome', (session) => session.openPage('welcome.html')],
];

// The whole catalogue holds hundreds of links of the same few kinds: a search narrows it to a page's worth.
const tabbedPages: [string, Opener][] = pages
  .filter(([name]) => name !== 'presentation slide')
  .map(([name, open]) =>
    name === 'explore: catalogue'
      ? [name, (session) => session.openPage('explore.html#catalogue?q=google%20d')]
      : [name, open],
  );

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a GAFAM tab in the block's session, for the popup to describe; gives the getter of its id. */
function withGafamTab(session: Session): () => number {
  let tab: number;
  beforeAll(async () => {
    tab = await session.tabIdOf(await session.openTab('https://docs.google.com/document/d/1AbC/edit'));
  });
  return () => tab;
}

describe.each(browsers)('$name', ({ name, language }) => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`no axe-core violation, ${theme} theme`, () => {
      const session = sessionFor(name, language, { theme });
      const tab = withGafamTab(session);

      it.each(pages)('%s', async (title, open) => {
        const page = await open(session, tab());
        await expect.poll(() => count(page, 'h1'), { timeout: 10_000 }).toBeGreaterThan(0);
        // Let lazy parts (map outlines, the places list) settle before checking.
        await settle(300);
        expect(await violations(page)).toEqual([]);
        await session.shot(page, `a11y-${title.replace(/[^a-z]+/gi, '-')}-${theme}`);
        await page.close();
      });
    });
  }

  describe('with the keyboard', () => {
    const session = sessionFor(name, language, { theme: 'light' });
    const tab = withGafamTab(session);

    it.each(tabbedPages)('reaches every control with Tab: %s', async (_, open) => {
      const page = await open(session, tab());
      await expect.poll(() => count(page, 'h1'), { timeout: 10_000 }).toBeGreaterThan(0);
      await settle(200);
      const { reached, missed } = await tabThrough(page);
      expect(missed).toEqual([]);
      expect(reached).toBeGreaterThan(1);
      await page.close();
    });

    it('popup: searches the catalogue and opens a result', async () => {
      const popup = await session.openPopup(999_999);
      await popup.waitForSelector('#catalogue-search');
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('catalogue-search');
      await popup.keyboard.type('nextcloud');
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('Enter');
      await expect.poll(() => text(popup, 'h1')).toBe('Nextcloud');
      // Focus lands on "back" (once the new view is painted), and back returns to the search.
      await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('back'))).toBe(true);
      await popup.keyboard.press('Enter');
      await expect.poll(() => count(popup, '#catalogue-search')).toBe(1);
      await popup.close();
    });

    it('settings: changes the language with the arrows', async () => {
      const page = await session.openPage('options.html');
      await page.waitForSelector('h1');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('language');
      const chosen = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      // The arrows move through the choices: the browser's, then each language.
      await page.keyboard.press('ArrowDown');
      const first = await chosen();
      await expect
        .poll(() => text(page, 'h1'))
        .toBe(t(first === 'auto' ? language : (first as 'fr' | 'en'), 'settingsHeading'));
      await page.keyboard.press('ArrowDown');
      const second = await chosen();
      await expect.poll(() => text(page, 'h1')).toBe(t(second as 'fr' | 'en', 'settingsHeading'));
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => text(page, 'h1')).toBe(t(language, 'settingsHeading'));
      expect((await session.storage('local')).settings).toMatchObject({ language: 'auto' });
      await page.close();
    });

    it('explore: picks a service, starts the presentation, moves and leaves', async () => {
      const page = await session.openPage('explore.html#present', { width: 1280, height: 720 });
      await page.focus('#service-picker-select');
      await page.keyboard.press('ArrowDown'); // first service of the list
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => count(page, '.service-picker__list li')).toBe(1);
      await (await named(page, 'button', t(language, 'presentStart'))).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => attribute(page, '.slides', 'data-slide')).toBe('1');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => attribute(page, '.slides', 'data-slide')).toBe('2');
      await page.keyboard.press('Escape');
      await expect.poll(() => count(page, '.present-setup')).toBe(1);
      await page.close();
    });

    itLeftNoTrace(session);
  });
});
