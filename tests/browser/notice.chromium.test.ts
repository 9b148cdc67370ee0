/**
 * The in-page card, in real Chromium on the built extension: it appears on arriving on
 * a GAFAM service (once a day per service by default), never takes the focus, cannot
 * be restyled by the page, is reachable and closable with the keyboard, and its two
 * actions open the alternatives or silence the site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium('fr');
});
afterAll(async () => {
  await session?.close();
});

const card = (page: Page) => page.locator('circuit-court-notice section');

/** The part of the extension API the reload test calls inside the service worker. */
declare const chrome: { runtime: { reload(): void } };

describe('the in-page card (Chromium)', () => {
  it('appears on arrival, says what exists, and never takes the focus', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto('https://docs.google.com/document/d/1AbC/edit');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await card(page).getAttribute('aria-label')).toBe('Circuit court');
    expect(await card(page).locator('h2').textContent()).toMatch(/^Google Docs : il existe \d+ alternatives libres$/);
    expect(await card(page).locator('p').textContent()).toMatch(/^Par exemple : Etherpad, CryptPad, /);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.screenshot({ path: screenshotPath('chromium', '40-notice-google-docs') });

    // The page's styles do not reach it.
    await page.addStyleTag({ content: 'button { display: none !important; } section { background: red !important; }' });
    expect(await card(page).getByRole('button', { name: 'Voir les alternatives' }).isVisible()).toBe(true);
    expect(await card(page).evaluate((box) => getComputedStyle(box).backgroundColor)).not.toBe('rgb(255, 0, 0)');

    // Keyboard: the card comes last in the tab order; Escape closes it.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.querySelector('circuit-court-notice')?.shadowRoot?.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe('Fermer');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('circuit-court-notice')?.shadowRoot?.activeElement?.textContent),
    ).toBe('Voir les alternatives');
    await page.keyboard.press('Escape');
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  it('stays for moves inside the service, and comes once a day per service', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.youtube.com/watch?v=x');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => history.pushState({}, '', '/watch?v=y'));
    // The background answers the move; the card is still about YouTube and stays.
    await page.waitForTimeout(300);
    expect(await card(page).count()).toBe(1);
    await page.close();

    const again = await session.context.newPage();
    await again.goto('https://docs.google.com/document/d/other');
    // Google Docs was shown today already: the badge comes, the card does not.
    await expect.poll(async () => session.badgeText(await session.tabIdOf(again)), { timeout: 10_000 }).not.toBe('');
    await again.waitForTimeout(300);
    expect(await card(again).count()).toBe(0);
    await again.close();
  });

  it('opens the alternatives of the service in a new tab', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    const opened = session.context.waitForEvent('page');
    await card(page).getByRole('button', { name: 'Voir les alternatives' }).click();
    const explore = await opened;
    await expect
      .poll(() => explore.url(), { timeout: 10_000 })
      .toBe(`chrome-extension://${session.extensionId}/explore.html#service/linkedin`);
    await expect.poll(() => explore.locator('.demo__frame h1').textContent(), { timeout: 10_000 }).toBe('LinkedIn');
    expect(await card(page).count()).toBe(0);
    await Promise.all([page.close(), explore.close()]);
  });

  it('silences the site on request: no card, no badge, listed in the settings', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.instagram.com/explore/');
    const tabId = await session.tabIdOf(page);
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    await card(page).getByRole('button', { name: 'Pas sur ce site' }).click();
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');
    const settings = await session.openPage('options.html');
    await expect
      .poll(() => settings.locator('.muted-sites li span').allTextContents(), { timeout: 10_000 })
      .toEqual(['www.instagram.com']);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await card(page).count()).toBe(0);
    expect(await session.badgeText(tabId)).toBe('');
    await Promise.all([page.close(), settings.close()]);
  });

  it('reads well on a phone-sized screen, in the dark, without motion', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto('https://www.amazon.fr/gp/bestsellers/');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await card(page).evaluate((section) => getComputedStyle(section).animationName)).toBe('none');
    expect(await card(page).evaluate((section) => getComputedStyle(section).backgroundColor)).toBe('rgb(31, 36, 39)');
    await page.screenshot({ path: screenshotPath('chromium', '41-notice-narrow-dark') });
    await page.close();
  });

  it('never comes when the settings say never', async () => {
    const settings = await session.openPage('options.html');
    await settings.getByLabel('Jamais').check();
    const page = await session.context.newPage();
    await page.goto('https://outlook.live.com/mail/0/');
    await expect.poll(async () => session.badgeText(await session.tabIdOf(page)), { timeout: 10_000 }).not.toBe('');
    await page.waitForTimeout(300);
    expect(await card(page).count()).toBe(0);
    await settings.getByLabel('Une fois par jour et par service').check();
    await Promise.all([page.close(), settings.close()]);
  });

  // Last: the extension reloads as an update would, and the page keeps its old script.
  it('leaves neither an error nor its card behind when the extension is reloaded under the page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/groups/123');
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
    const gone = new Promise((done) => session.worker.once('close', done));
    // The worker goes away with the reload, before it can answer.
    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gone;
    // Once the page learns the extension is gone, the orphaned script stops at its next move and takes its card away.
    let move = 0;
    await expect
      .poll(
        async () => {
          await page.evaluate((n) => history.pushState({}, '', `/groups/${n}`), ++move);
          return card(page).count();
        },
        { timeout: 10_000 },
      )
      .toBe(0);
    await page.close();
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
