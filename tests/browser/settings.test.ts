/**
 * The settings page in real Chromium and Firefox ESR on the built extension: language, place,
 * silent sites, importing a local list (and refusing a bad one whole), saving a backup and
 * restoring it exactly, resetting, the notice about an unreadable record, names holding HTML,
 * and the privacy page it links to, shipped inside the extension.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plural, t } from '../../utils/i18n';
import { defaultSettings } from '../../utils/settings-defaults';
import { records } from '../../utils/storage';
import { alternativeCount, badgeTitle } from '../expected';
import { importableHost } from '../fixtures/importable-host';
import { catalogue } from './catalogue';
import { attribute, choose, count, fill, named, suggest, text, texts } from './dom';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

const docs = catalogue.services.find((service) => service.id === 'google-docs')!;
const cardCount = (page: Page) => page.evaluate(() => document.querySelectorAll('circuit-court-notice').length);

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);
  let settings: Page;
  let gafam: Page;
  let gafamTab: number;
  let dir: string;
  const other = language === 'fr' ? 'en' : 'fr';
  const shot = (page: Page, title: string) => session.shot(page, `settings-${title}`);

  /** The records an import or a restore may write (the background keeps counting visits meanwhile). */
  const stored = async () => {
    const all = await session.storage('local');
    return { settings: all[records.settings.key], localList: all[records.localList.key] };
  };
  /** Gives a file to the page's file field, as a person choosing it would. */
  const upload = async (page: Page, file: string) => (await page.$('input[type=file]'))!.uploadFile(file);
  /** The popup of the GAFAM tab, its hosts all shown. */
  const popupWithAllHosts = async () => {
    await session.goto(gafam, 'https://docs.google.com/document/d/x');
    await expect.poll(() => session.badgeText(gafamTab), { timeout: 10_000 }).not.toBe('');
    const popup = await session.openPopup(gafamTab);
    await expect.poll(() => count(popup, '.host'), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.$('.show-more').then((more) => more?.click());
    return popup;
  };
  /** Takes the imported list away from the settings page, and waits for it to be gone. */
  const removeList = async (host: string) => {
    await settings.bringToFront();
    await removeButton(settings, host);
    await expect.poll(async () => (await stored()).localList).toBeUndefined();
  };
  const removeButton = async (page: Page, site: string) =>
    (await named(page, 'button', t(language, 'settingsMutedRemoveLabel', { site }))).click();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'circuit-court-files-'));
    gafam = await session.openTab('https://docs.google.com/document/d/1AbC/edit');
    gafamTab = await session.tabIdOf(gafam);
    settings = await session.openPage('options.html', { width: 900, height: 1000 });
  });
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the settings page', () => {
    it('switches the language at once, for the page, the popup and the badge', async () => {
      await expect.poll(() => text(settings, 'h1'), { timeout: 10_000 }).toBe(t(language, 'settingsHeading'));
      await settings.click(`input[name=language][value=${other}]`);
      await expect.poll(() => text(settings, 'h1')).toBe(t(other, 'settingsHeading'));
      expect(await settings.evaluate(() => document.documentElement.lang)).toBe(other);
      await shot(settings, '01-other-language');

      await session.goto(gafam, 'https://docs.google.com/document/d/1AbC/edit');
      await expect
        .poll(() => session.badgeTitle(gafamTab), { timeout: 10_000 })
        .toBe(badgeTitle(catalogue, 'google-docs', other));
      const popup = await session.openPopup(gafamTab);
      await expect
        .poll(() => text(popup, '.service__meta'), { timeout: 10_000 })
        .toContain(t(other, 'popupServiceBy', { company: 'Google' }));
      await popup.close();

      await settings.bringToFront();
      await settings.click('input[name=language][value=auto]');
      await expect.poll(() => text(settings, 'h1')).toBe(t(language, 'settingsHeading'));
    });

    it('chooses a place offline', async () => {
      const rennes = 'Rennes (35000) — Ille-et-Vilaine (35)';
      await choose(settings, await suggest(settings, '#settings-place', '35000', rennes));
      await expect
        .poll(() => text(settings, '.settings__current'))
        .toBe(t(language, 'settingsPlaceCurrent', { place: rennes }));
      expect((await stored()).settings).toMatchObject({ place: { name: 'Rennes', postalCode: '35000' } });
    });

    it('adds a silent site from an address: no badge and no card there, until it is removed', async () => {
      // The card on every arrival, so that its absence is the silent site's doing.
      await settings.click('input[name=notice][value=always]');
      await expect.poll(async () => (await stored()).settings).toMatchObject({ notice: 'always' });
      await fill(settings, '#muted-site-input', 'https://Docs.Google.com./document/');
      await settings.keyboard.press('Enter');
      await expect.poll(() => texts(settings, '.muted-sites li span')).toEqual(['docs.google.com']);
      expect((await stored()).settings).toMatchObject({ mutedSites: ['docs.google.com'] });
      // What is not a site address is refused, and said so.
      await fill(settings, '#muted-site-input', 'not a site');
      await settings.keyboard.press('Enter');
      expect(await text(settings, '#muted-site-error')).toBe(t(language, 'settingsMutedInvalid'));
      expect(await attribute(settings, '#muted-site-input', 'aria-invalid')).toBe('true');

      await session.goto(gafam, 'https://docs.google.com/document/d/other/edit');
      await expect.poll(() => session.badgeTitle(gafamTab), { timeout: 10_000 }).toBe(t(language, 'actionTitle'));
      expect(await session.badgeText(gafamTab)).toBe('');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await cardCount(gafam)).toBe(0);
      await settings.bringToFront();
      await shot(settings, '02-silent-site');

      await removeButton(settings, 'docs.google.com');
      await expect.poll(() => count(settings, '.muted-sites li')).toBe(0);
      await session.goto(gafam, 'https://docs.google.com/document/d/other/edit');
      await expect
        .poll(() => session.badgeText(gafamTab), { timeout: 10_000 })
        .toBe(String(alternativeCount(catalogue, docs.id)));
      await expect.poll(() => cardCount(gafam), { timeout: 10_000 }).toBe(1);
      await settings.bringToFront();
      await settings.click('input[name=notice][value=daily]');
    });

    it('imports a local list, marks its host in the popup, nearest first, and removes it', async () => {
      const file = join(dir, 'list.json');
      writeFileSync(file, JSON.stringify({ hosts: [importableHost] }));
      await upload(settings, file);
      await expect
        .poll(() => text(settings, '.settings__done'), { timeout: 10_000 })
        .toBe(plural(language, 'importDone', 1));
      expect(await text(settings, '.import__list [data-host] span')).toBe(importableHost.name);
      await shot(settings, '03-imported');

      // The popup lists the host, nearest from Rennes, with its mark.
      const popup = await popupWithAllHosts();
      await expect.poll(() => count(popup, '[data-host="asso-du-quartier"]'), { timeout: 10_000 }).toBe(1);
      expect(await attribute(popup, '.host', 'data-host')).toBe('asso-du-quartier');
      expect(await text(popup, '[data-host="asso-du-quartier"] .chip--local')).toBe(t(language, 'hostLocal'));
      await popup.close();
      await removeList(importableHost.name);
    });

    it('refuses a bad list whole, naming each problem, and keeps what was there', async () => {
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify({ hosts: [importableHost] }));
      await upload(settings, good);
      // The previous test's message is still on the page: wait for the list itself to be kept.
      await expect.poll(async () => (await stored()).localList, { timeout: 10_000 }).toBeDefined();
      const before = await stored();

      const bad = join(dir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({
          hosts: [{ ...importableHost, id: 'autre', website: 'javascript:alert(1)', name: '<b>gras</b>' }],
        }),
      );
      await upload(settings, bad);
      await expect
        .poll(() => text(settings, '.import__report [role=alert]'), { timeout: 10_000 })
        .toContain(t(language, 'importRefused'));
      expect(await texts(settings, '.import__problems li')).toEqual([
        t(language, 'importProblem', {
          file: 'bad.json',
          where: 'hosts[0].website',
          message: 'expected an https:// URL',
        }),
      ]);
      expect(await stored()).toEqual(before);

      const big = join(dir, 'big.json');
      writeFileSync(big, `{"hosts":[],"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
      await upload(settings, big);
      await expect
        .poll(() => texts(settings, '.import__problems li'), { timeout: 10_000 })
        .toEqual([
          t(language, 'importProblem', { file: 'big.json', where: '(file)', message: 'larger than 5 MB: not read' }),
        ]);
      expect(await stored()).toEqual(before);
      await shot(settings, '04-import-refused');
    });

    it('saves a backup, and restores it exactly after a reset', async () => {
      await settings.click('input[name=notice][value=always]');
      await expect.poll(async () => (await stored()).settings).toMatchObject({ notice: 'always' });
      const before = await stored();
      // The copy of the settings the popup draws its first frame from follows every change…
      const hinted = () =>
        settings.evaluate(
          (key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.settings?.notice,
          records.settingsHint.key,
        );
      await expect.poll(hinted).toBe('always');
      expect(defaultSettings.notice).not.toBe('always');
      await (await named(settings, 'button', t(language, 'backupSave'))).click();
      // Read once whole: a browser writes the file in steps.
      const saved = () => {
        const [name] = readdirSync(session.downloads).filter((file) => /^circuit-court-.*\.json$/.test(file));
        return name ? JSON.parse(readFileSync(join(session.downloads, name), 'utf8')) : undefined;
      };
      await expect.poll(() => saved()?.format, { timeout: 10_000 }).toBe('circuit-court-backup');
      const backup = saved();
      const file = join(dir, 'backup.json');
      writeFileSync(file, JSON.stringify(backup));
      expect(backup).toMatchObject({ format: 'circuit-court-backup', settings: before.settings });
      expect(backup.localList).toEqual(before.localList);

      await (await named(settings, 'button', t(language, 'settingsReset'))).click();
      await (await named(settings, 'button', t(language, 'settingsResetConfirm'))).click();
      await expect.poll(() => session.storage('local')).toEqual({});
      expect(
        await settings.$eval('input[name=notice][value=daily]', (radio) => (radio as HTMLInputElement).checked),
      ).toBe(true);
      // …and the reset.
      await expect.poll(hinted).toBe(defaultSettings.notice);

      await upload(settings, file);
      await expect
        .poll(() => text(settings, '.settings__done'), { timeout: 10_000 })
        .toBe(t(language, 'importRestored'));
      const after = await stored();
      expect(after.settings).toEqual(before.settings);
      expect(after.localList).toEqual(before.localList);
      expect(
        await settings.$eval('input[name=notice][value=always]', (radio) => (radio as HTMLInputElement).checked),
      ).toBe(true);
    });

    it('reads an unreadable record as the defaults, says so in one line, and erases nothing', async () => {
      await session.store('local', { settings: { version: 2, language: 'klingon' } });
      const fresh = await session.openPage('options.html');
      await expect.poll(() => text(fresh, '.warning'), { timeout: 10_000 }).toBe(t(language, 'settingsCorrupted'));
      expect((await stored()).settings).toEqual({ version: 2, language: 'klingon' });
      expect((await stored()).localList).toBeDefined();
      await fresh.close();
    });

    it('ignores an unreadable imported list, says so, erases nothing, and shows the list once it reads again', async () => {
      const unreadable = { version: 1, hosts: 'not a list' };
      await session.store('local', { [records.localList.key]: unreadable });
      const fresh = await session.openPage('options.html');
      await expect.poll(() => texts(fresh, '.warning'), { timeout: 10_000 }).toContain(t(language, 'importCorrupted'));
      await fresh.close();

      // The popup answers from the bundled catalogue alone, and follows the list once it reads again.
      await session.goto(gafam, 'https://docs.google.com/document/d/x');
      const popup = await session.openPopup(gafamTab);
      await expect.poll(() => count(popup, '.show-more'), { timeout: 10_000 }).toBe(1);
      const hiddenHosts = async () => Number((await text(popup, '.show-more'))?.match(/\d+/)?.[0]);
      const bundledHidden = await hiddenHosts();
      expect((await stored()).localList).toEqual(unreadable);

      await session.store('local', {
        [records.localList.key]: {
          version: 2,
          source: 'list.json',
          imported: '2026-11-25',
          hosts: [importableHost],
          collectives: [],
        },
      });
      await expect.poll(hiddenHosts, { timeout: 10_000 }).toBe(bundledHidden + 1);
      await popup.click('.show-more');
      expect(await text(popup, '[data-host="asso-du-quartier"] .chip--local')).toBe(t(language, 'hostLocal'));
      await popup.close();
      await removeList(importableHost.name);
    });

    it('shows a name holding HTML as text in the popup, never as markup', async () => {
      const html = '<img src=x onerror="alert(1)"><b>Asso</b> & <script>alert(2)</script>';
      const file = join(dir, 'tags.json');
      writeFileSync(
        file,
        JSON.stringify({
          hosts: [{ ...importableHost, id: 'asso-balises', website: 'https://asso-balises.example.org/', name: html }],
        }),
      );
      await upload(settings, file);
      await expect
        .poll(() => text(settings, '.settings__done'), { timeout: 10_000 })
        .toBe(plural(language, 'importDone', 1));
      expect(await text(settings, '.import__list [data-host="asso-balises"] span')).toBe(html);

      const popup = await popupWithAllHosts();
      const item = '[data-host="asso-balises"]';
      await expect.poll(() => count(popup, item), { timeout: 10_000 }).toBe(1);
      expect(await text(popup, `${item} .host__name`)).toBe(html);
      expect(await count(popup, `${item} img, ${item} b, ${item} script`)).toBe(0);
      expect(await count(popup, '.host__name img, .host__name b, .host__name script')).toBe(0);
      await shot(popup, '05-popup-name-with-html');
      await popup.close();
      await removeList(html);
    });

    it('links to the privacy page, shipped inside the extension, in the reader’s language first', async () => {
      const link = await named(settings, 'a', t(language, 'settingsPrivacyLink'));
      expect(await link.evaluate((a) => a.getAttribute('href'))).toBe('/privacy.html');
      await link.click();
      await expect
        .poll(
          () => settings.evaluate(() => location.pathname + (document.querySelector('main h1')?.textContent ?? '')),
          {
            timeout: 10_000,
          },
        )
        .toBe('/privacy.htmlCircuit court — vie privée / privacy');
      const sections = { en: ['english', 'en'], fr: ['francais', 'fr'] };
      expect(await settings.evaluate(() => document.title)).toBe(
        language === 'fr' ? 'Circuit court — vie privée' : 'Circuit court — privacy',
      );
      expect(
        await settings.$$eval('main h2', (headings) => headings.map((h) => [h.id, h.closest('section')?.lang])),
      ).toEqual([sections[language], sections[other]]);
      expect(await text(settings, 'main')).toContain('storage.session');
      expect(await settings.$$eval('main a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
        '#francais',
        '#english',
      ]);
      await shot(settings, '06-privacy-page');

      // On a phone: one column, nothing wider than the screen.
      const phone = await session.openPage('privacy.html', { width: 360, height: 640 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await session.shot(phone, 'settings-07-privacy-page-narrow', { fullPage: false });
      await phone.close();
    });

    itLeftNoTrace(session);
  });
});
