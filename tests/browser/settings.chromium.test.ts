/**
 * The settings page in real Chromium on the built extension: language, place, silent
 * sites, importing a local list (and refusing a bad one whole), saving a backup and
 * restoring it exactly, resetting, and the notice about an unreadable record.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/settings';
import { records } from '../../utils/storage';
import { importableHost } from '../fixtures/importable-host';
import { screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

let session: ChromiumSession;
let dir: string;
let page: Page;

/** What the extension keeps, read from one of its pages. */
const storedAll = (from: Page) =>
  from.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null),
  );

/** Writes records straight into the extension's storage, as a damaged profile might hold them. */
const storeRaw = (from: Page, records: Record<string, unknown>) =>
  from.evaluate(
    (raw) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set(raw),
    records,
  );

/** The records an import or a restore may write (the background keeps counting visits meanwhile). */
const stored = async (from: Page) => {
  const { settings, overlay } = await storedAll(from);
  return { settings, overlay };
};

beforeAll(async () => {
  session = await launchChromium('fr');
  dir = mkdtempSync(join(tmpdir(), 'circuit-court-files-'));
  page = await session.openPage('options.html', { width: 900, height: 1000 });
  await page.waitForSelector('h1');
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the settings page (Chromium)', () => {
  it('switches the language at once, for every page', async () => {
    await page.getByLabel('English').check();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Français').check();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Réglages');
  });

  it('chooses a place offline, and forgets it', async () => {
    await page.getByRole('combobox', { name: 'Votre lieu' }).fill('35000');
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Votre lieu' }).getByRole('option').first().textContent(), {
        timeout: 10_000,
      })
      .toBe('Rennes (35000) — Ille-et-Vilaine (35)');
    await page.getByRole('combobox', { name: 'Votre lieu' }).press('Enter');
    await expect
      .poll(() => page.locator('.settings__current').textContent())
      .toBe('Lieu choisi : Rennes (35000) — Ille-et-Vilaine (35).');
    expect((await stored(page)).settings).toMatchObject({ place: { name: 'Rennes', postalCode: '35000' } });
  });

  it('adds silent sites from an address, refuses what is not one, and removes them', async () => {
    const input = page.getByLabel('Site à mettre en silence');
    await input.fill('https://Mail.Google.com./mail/u/0/');
    await input.press('Enter');
    await expect.poll(() => page.locator('.muted-sites li span').allTextContents()).toEqual(['mail.google.com']);
    await input.fill('not a site');
    await input.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('Ce n’est pas une adresse de site');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Retirer mail.google.com' }).click();
    await expect.poll(() => page.locator('.muted-sites li').count()).toBe(0);
  });

  it('imports a local list, marks its hosts in the popup, and removes it', async () => {
    const file = join(dir, 'liste.json');
    writeFileSync(file, JSON.stringify({ providers: [importableHost] }));
    await page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => page.locator('.settings__done').textContent(), { timeout: 10_000 })
      .toContain('Liste importée : 1 hébergeur');
    expect(await page.locator('.import__list [data-provider] span').first().textContent()).toBe('Asso du quartier');
    await page.screenshot({ path: screenshotPath('chromium', '50-settings-imported'), fullPage: true });

    // The popup lists the host, nearest from Rennes, with its mark.
    const gafam = await session.context.newPage();
    await gafam.goto('https://docs.google.com/document/d/x');
    const popup = await session.openPopup(await session.tabIdOf(gafam));
    const item = popup.locator('[data-provider="asso-du-quartier"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.provider').first().getAttribute('data-provider')).toBe('asso-du-quartier');
    expect(await item.locator('.chip--local').textContent()).toBe('liste locale');
    await Promise.all([popup.close(), gafam.close()]);

    await page.getByRole('button', { name: 'Retirer Asso du quartier' }).click();
    await expect.poll(async () => (await stored(page)).overlay).toBeUndefined();
  });

  it('refuses a bad list whole, naming each problem, and keeps what was there', async () => {
    const good = join(dir, 'bonne.json');
    writeFileSync(good, JSON.stringify({ providers: [importableHost] }));
    await page.locator('input[type=file]').setInputFiles(good);
    // The previous test's message is still on the page: wait for the list itself to be kept.
    await expect.poll(async () => (await stored(page)).overlay, { timeout: 10_000 }).toBeDefined();
    const before = await stored(page);

    const bad = join(dir, 'mauvaise.json');
    writeFileSync(
      bad,
      JSON.stringify({
        providers: [{ ...importableHost, id: 'autre', website: 'javascript:alert(1)', name: '<b>gras</b>' }],
      }),
    );
    await page.locator('input[type=file]').setInputFiles(bad);
    await expect
      .poll(() => page.locator('.import__report [role=alert]').textContent(), { timeout: 10_000 })
      .toContain('Rien n’a été importé');
    expect(await page.locator('.import__problems li').allTextContents()).toEqual([
      'mauvaise.json — providers[0].website : expected an https:// URL',
    ]);
    expect(await stored(page)).toEqual(before);

    const big = join(dir, 'enorme.json');
    writeFileSync(big, `{"providers":[],"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    await page.locator('input[type=file]').setInputFiles(big);
    await expect
      .poll(() => page.locator('.import__problems li').allTextContents(), { timeout: 10_000 })
      .toEqual(['enorme.json — (file) : larger than 5 MB: not read']);
    expect(await stored(page)).toEqual(before);
    await page.screenshot({ path: screenshotPath('chromium', '51-settings-import-refused'), fullPage: true });
  });

  it('saves a backup, and restores it exactly after a reset', async () => {
    await page.getByLabel('À chaque visite').check();
    const before = await stored(page);
    // The copy of the settings the popup draws its first frame from follows every change…
    const hinted = () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.notice, records.settingsHint.key);
    const chosen = (before.settings as { notice: string }).notice;
    await expect.poll(hinted).toBe(chosen);
    expect(chosen).not.toBe(defaultSettings.notice);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Enregistrer une sauvegarde' }).click();
    const file = join(dir, 'sauvegarde.json');
    await (await download).saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'circuit-court-backup', settings: before.settings });
    expect(saved.overlay).toEqual(before.overlay);

    await page.getByRole('button', { name: 'Tout remettre à zéro…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => storedAll(page)).toEqual({});
    expect(await page.getByLabel('Une fois par jour et par service').isChecked()).toBe(true);
    // …and the reset.
    await expect.poll(hinted).toBe(defaultSettings.notice);

    await page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => page.locator('.settings__done').textContent(), { timeout: 10_000 })
      .toBe('Sauvegarde restaurée : réglages et liste locale.');
    const after = await stored(page);
    expect(after.settings).toEqual(before.settings);
    expect(after.overlay).toEqual(before.overlay);
    expect(await page.getByLabel('À chaque visite').isChecked()).toBe(true);
  });

  it('reads an unreadable record as the defaults, says so in one line, and erases nothing', async () => {
    await storeRaw(page, { settings: { version: 2, language: 'klingon' } });
    const fresh = await session.openPage('options.html');
    await expect.poll(() => fresh.locator('.notice').textContent(), { timeout: 10_000 }).toContain('illisibles');
    expect((await stored(fresh)).settings).toEqual({ version: 2, language: 'klingon' });
    expect((await stored(fresh)).overlay).toBeDefined();
    await fresh.close();
  });

  it('ignores an unreadable imported list, says so, erases nothing, and shows the list once it reads again', async () => {
    const unreadable = { version: 1, providers: 'not a list' };
    await storeRaw(page, { overlay: unreadable });
    const fresh = await session.openPage('options.html');
    await expect
      .poll(() => fresh.locator('.notice').allTextContents(), { timeout: 10_000 })
      .toContain('La liste locale enregistrée était illisible : elle est ignorée, rien n’a été effacé.');
    await fresh.close();

    // The popup answers from the bundled catalogue alone, and follows the list once it reads again.
    const gafam = await session.context.newPage();
    await gafam.goto('https://docs.google.com/document/d/x');
    const popup = await session.openPopup(await session.tabIdOf(gafam));
    const more = popup.locator('.show-more');
    await expect.poll(() => more.count(), { timeout: 10_000 }).toBe(1);
    const hiddenHosts = async () => Number((await more.textContent())?.match(/\d+/)?.[0]);
    const bundledHidden = await hiddenHosts();
    expect((await stored(popup)).overlay).toEqual(unreadable);

    await storeRaw(page, {
      overlay: {
        version: 1,
        source: 'liste.json',
        imported: '2026-11-25',
        providers: [importableHost],
        collectives: [],
      },
    });
    await expect.poll(hiddenHosts, { timeout: 10_000 }).toBe(bundledHidden + 1);
    await more.click();
    expect(await popup.locator('[data-provider="asso-du-quartier"] .chip--local').textContent()).toBe('liste locale');
    await Promise.all([popup.close(), gafam.close()]);
    await page.getByRole('button', { name: 'Retirer Asso du quartier' }).click();
    await expect.poll(async () => (await stored(page)).overlay).toBeUndefined();
  });

  it('shows a name holding HTML as text in the popup, never as markup', async () => {
    const name = '<img src=x onerror="alert(1)"><b>Asso</b> & <script>alert(2)</script>';
    const file = join(dir, 'balises.json');
    writeFileSync(
      file,
      JSON.stringify({
        providers: [{ ...importableHost, id: 'asso-balises', website: 'https://asso-balises.example.org/', name }],
      }),
    );
    const settings = await session.openPage('options.html', { width: 900, height: 1000 });
    await settings.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => settings.locator('.settings__done').textContent(), { timeout: 10_000 })
      .toContain('Liste importée : 1 hébergeur');
    expect(await settings.locator('.import__list [data-provider="asso-balises"] span').first().textContent()).toBe(
      name,
    );

    const gafam = await session.context.newPage();
    await gafam.goto('https://docs.google.com/document/d/x');
    const popup = await session.openPopup(await session.tabIdOf(gafam));
    await expect.poll(() => popup.locator('.provider').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const more = popup.getByRole('button', { name: /^Voir les \d+ autres hébergeurs$/ });
    if (await more.count()) await more.click();
    const item = popup.locator('[data-provider="asso-balises"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.locator('.provider__name').textContent()).toBe(name);
    expect(await item.locator('img, b, script').count()).toBe(0);
    expect(await popup.locator('.provider__name img, .provider__name b, .provider__name script').count()).toBe(0);
    await popup.screenshot({ path: screenshotPath('chromium', '52-popup-name-with-html'), fullPage: true });
    await Promise.all([popup.close(), gafam.close()]);
    await settings.getByRole('button', { name: `Retirer ${name}` }).click();
    await expect.poll(async () => (await stored(settings)).overlay).toBeUndefined();
    await settings.close();
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
