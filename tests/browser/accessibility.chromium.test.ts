/**
 * Accessibility in real Chromium on the built extension: axe-core finds no violation
 * on any page (popup, explore and its views, presentation, settings), in the light
 * and the dark theme; every control of each page is reached with Tab; and a task on
 * each page is done with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

let session: ChromiumSession;
let tabId: number;

beforeAll(async () => {
  session = await launchChromium('fr');
  const gafam = await session.context.newPage();
  await gafam.goto('https://docs.google.com/document/d/1AbC/edit');
  tabId = await session.tabIdOf(gafam);
});
afterAll(async () => {
  await session?.close();
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
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

const pages: [string, (theme: 'light' | 'dark') => Promise<Page>][] = [
  ['popup on a GAFAM service', () => session.openPopup(tabId)],
  ['popup elsewhere', async () => session.openPopup(999_999)],
  ['explore: catalogue', () => session.openPage('explore.html#catalogue')],
  ['explore: demonstration', () => session.openPage('explore.html#service/gmail')],
  ['explore: map', () => session.openPage('explore.html#nearby/write-together')],
  ['explore: presentation set-up', () => session.openPage('explore.html#present/gmail,youtube')],
  ['presentation slide', () => session.openPage('explore.html#present/gmail,youtube/2', { width: 1280, height: 720 })],
  ['explore: quiz', () => session.openPage('explore.html#quiz/5')],
  ['explore: printable sheet', () => session.openPage('explore.html#handout/gmail,whatsapp')],
  ['explore: footprint', () => session.openPage('explore.html#footprint')],
  ['settings', () => session.openPage('options.html')],
  ['welcome', () => session.openPage('welcome.html')],
];

describe('no axe-core violation (Chromium)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(pages)(`%s, ${theme} theme`, async (name, open) => {
      const page = await open(theme);
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // Let lazy parts (map outlines, the places list) settle before checking.
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
      await page.screenshot({
        path: screenshotPath('chromium', `a11y-${name.replace(/[^a-z]+/gi, '-')}-${theme}`),
        fullPage: true,
      });
      await page.close();
    });
  }
});

// The whole catalogue holds hundreds of links of the same few kinds: a search narrows it to a page's worth.
const tabbedPages: typeof pages = pages
  .filter(([name]) => name !== 'presentation slide')
  .map(([name, open]) =>
    name === 'explore: catalogue'
      ? [name, () => session.openPage('explore.html#catalogue?q=google%20d')]
      : [name, open],
  );

describe('every control reached with Tab (Chromium)', () => {
  it.each(tabbedPages)('%s', async (_, open) => {
    const page = await open('light');
    await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    const { reached, missed } = await tabThrough(page);
    expect(missed).toEqual([]);
    expect(reached).toBeGreaterThan(1);
    await page.close();
  });
});

describe('tasks done with the keyboard alone (Chromium)', () => {
  it('popup: searches the catalogue and opens a result', async () => {
    const popup = await session.openPopup(999_999);
    await popup.waitForSelector('#catalogue-search');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('catalogue-search');
    await popup.keyboard.type('agenda');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('h1').textContent()).not.toBe('Cette page n’est pas un service des GAFAM.');
    // Focus lands on "back" (once the new view is painted), and back returns to the search.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('back'))).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('#catalogue-search').count()).toBe(1);
    await popup.close();
  });

  it('settings: changes the language with the arrows', async () => {
    const page = await session.openPage('options.html');
    await page.waitForSelector('h1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('language');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Réglages');
    await page.close();
  });

  it('explore: picks a service, starts the presentation, moves and leaves', async () => {
    const page = await session.openPage('explore.html#present', { width: 1280, height: 720 });
    await page.locator('#service-picker-select').focus();
    await page.keyboard.press('ArrowDown'); // first service of the list
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.service-picker__list li').count()).toBe(1);
    await page.getByRole('button', { name: 'Lancer la présentation' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.slides').getAttribute('data-slide')).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.slides').getAttribute('data-slide')).toBe('2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-setup').count()).toBe(1);
    await page.close();
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
