/**
 * `npm start`: the store build of each browser, loaded in that browser, with the explore
 * page open; a place saved in one start is still there at the next start on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import { type StartBrowser, startBrowser } from '../../scripts/start';
import { defaultSettings } from '../../utils/settings-defaults';
import { screenshotPath } from './harness';

const taglines = [fr.exploreTagline.message, en.exploreTagline.message];
const brest = { name: 'Brest', postalCode: '29200', area: 'Finistère', country: 'FR', lat: 48.39, lon: -4.49 };

/** The part of the extension API the test calls in the explore page: `browser` in Firefox, `chrome` in Chromium. */
interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}
declare const chrome: StorageApi;

describe.each<[StartBrowser, string]>([
  ['chromium', '53-start-explore'],
  ['firefox', '17-start-explore'],
])('npm start in %s', (browser, screenshot) => {
  const profile = mkdtempSync(join(tmpdir(), `circuit-court-start-${browser}-`));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('opens the explore page with the extension loaded, and keeps the profile for the next start', async () => {
    const first = await startBrowser({ browser, profile, headless: true });
    try {
      await first.explore.waitForSelector('.explore__tagline');
      expect(taglines).toContain(await first.explore.$eval('.explore__tagline', (element) => element.textContent));
      expect(new URL(first.explore.url()).pathname).toBe('/explore.html');
      await first.explore.screenshot({ path: screenshotPath(browser, screenshot) });
      await first.explore.evaluate(
        (record) =>
          ((globalThis as { browser?: StorageApi }).browser ?? chrome).storage.local.set({ settings: record }),
        {
          ...defaultSettings,
          place: brest,
        } as never,
      );
    } finally {
      await first.browser.close();
    }

    const second = await startBrowser({ browser, profile, headless: true });
    try {
      await second.explore.waitForSelector('.explore__tagline');
      const kept = (
        await second.explore.evaluate(() =>
          ((globalThis as { browser?: StorageApi }).browser ?? chrome).storage.local.get('settings'),
        )
      ).settings as {
        place: unknown;
      };
      expect(kept.place).toEqual(brest);
    } finally {
      await second.browser.close();
    }
  });
});
