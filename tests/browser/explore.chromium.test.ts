/**
 * Workshop mode in real Chromium on the built extension: browsing with filters kept in
 * the address, demonstrating a service without visiting it, presenting with the
 * keyboard, the quiz, the printable sheet (printed to PDF and read back), and the
 * local footprint.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuiz } from '../../entrypoints/explore/quiz';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import { artifactsDir, screenshotPath } from './harness';
import { type ChromiumSession, launchChromium } from './playwright-chromium';

const catalogue = loadValidCatalogue();
const view = createCatalogueView(catalogue);
const softwareNames = (serviceId: string) =>
  view.category(view.service(serviceId)!.category)!.alternatives.map((a) => view.software(a.software)!.name);

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium('fr');
});
afterAll(async () => {
  await session?.close();
});

const shownServices = (page: Page) =>
  page.locator('.browser__service').evaluateAll((items) => items.map((item) => item.getAttribute('data-service')));

describe('exploring the catalogue (Chromium)', () => {
  it('lists every service by company, filters, and keeps the view in the address', async () => {
    const page = await session.openPage('explore.html');
    await expect
      .poll(() => page.locator('.browser__service').count(), { timeout: 10_000 })
      .toBe(catalogue.services.length);
    expect(await page.locator('.browser__section h2').allTextContents()).toEqual([
      'Google',
      'Apple',
      'Meta',
      'Amazon',
      'Microsoft',
    ]);

    await page.getByLabel('les logiciels qu’un collectif peut héberger').check();
    await page.getByLabel('par besoin').check();
    await page.getByLabel('Chercher un service, un logiciel, un besoin').fill('docs');
    await expect.poll(() => page.url()).toContain('#catalogue?group=need&q=docs&self=1');
    const filtered = await shownServices(page);
    expect(filtered).toContain('google-docs');
    expect(filtered.length).toBeLessThan(catalogue.services.length);
    // Only self-hostable software is listed for Google Docs.
    const docsAlternatives = await page
      .locator('[data-service="google-docs"] .browser__alternatives a')
      .allTextContents();
    expect(docsAlternatives).not.toContain('LibreOffice');
    expect(docsAlternatives).toContain('Etherpad');
    await page.screenshot({ path: screenshotPath('chromium', '30-explore-filtered'), fullPage: true });

    // The address alone brings the same view back.
    const again = await session.openPage(`explore.html${new URL(page.url()).hash}`);
    await expect.poll(() => shownServices(again), { timeout: 10_000 }).toEqual(filtered);
    expect(await again.getByLabel('par besoin').isChecked()).toBe(true);
    await again.close();

    await page.getByLabel('Collectif', { exact: true }).selectOption('chatons');
    await expect.poll(() => page.url()).toContain('collective=chatons');
    const hosts = await page.locator('.browser__hosts').allTextContents();
    expect(hosts.length).toBeGreaterThan(0);
    await page.close();
  });

  it('demonstrates what the popup shows on a service, without visiting it', async () => {
    const page = await session.openPage('explore.html');
    await page.locator('[data-service="whatsapp"] button').click();
    await expect.poll(() => page.url()).toContain('#service/whatsapp');
    const frame = page.locator('.demo__frame');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 10_000 }).toBe('WhatsApp');
    expect(await frame.locator('.card__title').allTextContents()).toEqual(softwareNames('whatsapp'));

    // The same as the real popup on the real page.
    const gafam = await session.context.newPage();
    await gafam.goto('https://web.whatsapp.com/');
    const popup = await session.openPopup(await session.tabIdOf(gafam));
    await expect.poll(() => popup.locator('h1').textContent(), { timeout: 10_000 }).toBe('WhatsApp');
    expect(await frame.locator('.card__title').allTextContents()).toEqual(
      await popup.locator('.card__title').allTextContents(),
    );
    expect(await frame.locator('.leaving__steps').textContent()).toBe(
      await popup.locator('.leaving__steps').textContent(),
    );
    await page.screenshot({ path: screenshotPath('chromium', '31-explore-demo-whatsapp'), fullPage: true });
    await page.goBack();
    await expect.poll(() => page.locator('.browser__service').count()).toBe(catalogue.services.length);
    await Promise.all([page.close(), popup.close(), gafam.close()]);
  });
});

describe('presenting (Chromium)', () => {
  it('picks and orders slides, then moves through them with the keyboard', async () => {
    const page = await session.openPage('explore.html#present', { width: 1280, height: 720 });
    const add = async (id: string) => {
      await page.getByLabel('Ajouter un service').selectOption(id);
      await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    };
    await add('youtube');
    await add('gmail');
    await page.getByRole('button', { name: 'Monter Gmail' }).click();
    expect(
      await page
        .locator('.service-picker__list li')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-service'))),
    ).toEqual(['gmail', 'youtube']);
    await page.screenshot({ path: screenshotPath('chromium', '32-present-setup') });

    await page.getByRole('button', { name: 'Lancer la présentation' }).click();
    const heading = page.locator('.slide h1');
    await expect.poll(() => heading.textContent()).toBe('Gmail');
    expect(await page.locator('progress').getAttribute('value')).toBe('1');
    expect(await page.locator('progress').getAttribute('max')).toBe('6');
    await page.screenshot({ path: screenshotPath('chromium', '33-present-slide-1') });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toBe('Au lieu de Gmail');
    expect(await page.locator('.slide__list h2').allTextContents()).toEqual(softwareNames('gmail').slice(0, 4));
    await page.screenshot({ path: screenshotPath('chromium', '34-present-slide-2') });
    await page.keyboard.press(' ');
    await expect.poll(() => heading.textContent()).toMatch(/^Qui les propose/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toBe('YouTube');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading.textContent()).toMatch(/^Qui les propose/);
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.slides').getAttribute('data-slide')).toBe('6');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.slides').getAttribute('data-slide')).toBe('6');
    await page.keyboard.press('Home');
    await expect.poll(() => heading.textContent()).toBe('Gmail');
    expect(page.url()).toContain('#present/gmail,youtube/1');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-setup').count()).toBe(1);
    expect(await page.locator('.service-picker__list li').count()).toBe(2);
    await page.close();
  });

  it('moves without animation when the user asks for reduced motion', async () => {
    const page = await session.openPage('explore.html#present/gmail/2', { width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.locator('.slide h1').textContent()).toBe('Au lieu de Gmail');
    expect(await page.locator('.slide').evaluate((slide) => getComputedStyle(slide).animationName)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('.slide').evaluate((slide) => getComputedStyle(slide).animationName))
      .not.toBe('none');
    await page.close();
  });
});

describe('the quiz (Chromium)', () => {
  it('says on the slides, the sheet and the catalogue when no libre software does the same job yet', async () => {
    const linkedin = catalogue.services.find((service) => service.id === 'linkedin')!;
    const need = catalogue.categories.find((category) => category.id === linkedin.category)!;
    expect(need.noEquivalent).toBeDefined();
    // Each view in a page of its own: moving within one page by its hash alone is not a load to wait for.
    const slide = await session.openPage('explore.html#present/linkedin/2', { width: 1280, height: 720 });
    await expect
      .poll(() => slide.locator('.slide h1').textContent(), { timeout: 10_000 })
      .toBe('Pas encore d’équivalent libre à LinkedIn');
    expect(await slide.locator('.slide > p').textContent()).toBe(need.noEquivalent!.fr);
    await slide.close();
    const sheet = await session.openPage('explore.html#handout/linkedin');
    await expect
      .poll(() => sheet.locator('.sheet .no-equivalent').textContent(), { timeout: 10_000 })
      .toBe(`Pas encore d’équivalent libre. ${need.noEquivalent!.fr}`);
    await sheet.close();
    const browser = await session.openPage('explore.html#catalogue?q=linkedin');
    await expect
      .poll(() => browser.locator('[data-service="linkedin"] .browser__label').first().textContent(), {
        timeout: 10_000,
      })
      .toMatch(/^Pas encore d’équivalent libre/);
    await browser.close();
  });

  it('says how to leave, what is lost, and plainly when a service has no export', async () => {
    const withExport = catalogue.services.find((service) => service.leaving?.exportPage && service.leaving.lost)!;
    const page = await session.openPage(`explore.html#service/${withExport.id}`);
    await expect
      .poll(() => page.locator('.leaving__steps').textContent(), { timeout: 10_000 })
      .toBe(withExport.leaving!.steps.fr);
    expect(await page.locator('.leaving__lost').textContent()).toBe(
      `Ce qui ne suit pas\u202f: ${withExport.leaving!.lost!.fr}`,
    );
    expect(await page.locator('.leaving__export').getAttribute('href')).toBe(withExport.leaving!.exportPage);
    expect(await page.locator('.leaving__none').count()).toBe(0);
    await page.close();
    const unnamed = catalogue.services.find(
      (service) => service.leaving?.exportPage && service.leaving.formats.length === 0,
    )!;
    const vague = await session.openPage(`explore.html#service/${unnamed.id}`);
    await expect
      .poll(() => vague.locator('.leaving__meta .chip').allTextContents(), { timeout: 10_000 })
      .toEqual(['format non précisé']);
    expect(await vague.locator('.leaving__export').getAttribute('href')).toBe(unnamed.leaving!.exportPage);
    await vague.locator('.leaving').screenshot({ path: screenshotPath('chromium', '54-leaving-format-not-given') });
    await vague.close();
    const none = catalogue.services.find((service) => service.leaving && !service.leaving.exportPage)!;
    const other = await session.openPage(`explore.html#service/${none.id}`);
    await expect
      .poll(() => other.locator('.leaving__none').textContent(), { timeout: 10_000 })
      .toBe('Nous ne connaissons aucun moyen d’exporter vos données de ce service.');
    expect(await other.locator('.leaving__steps').textContent()).toBe(none.leaving!.steps.fr);
    expect(await other.locator('.leaving__export').count()).toBe(0);
    await other.screenshot({ path: screenshotPath('chromium', '28-leaving-no-export'), fullPage: true });
    await other.close();
  });

  it('asks, takes the room’s answer by key, reveals it and keeps the score', async () => {
    const seed = 42;
    const quiz = makeQuiz(catalogue, seed);
    const page = await session.openPage(`explore.html#quiz/${seed}`);
    const first = quiz[0];
    const serviceName = view.service(first.service)!.name.fr;
    await expect
      .poll(() => page.locator('.quiz__question h2').textContent(), { timeout: 10_000 })
      .toContain(serviceName);

    // The room answers right: the letter of the right choice, then Enter.
    await page.keyboard.press('ABCD'[first.answer]);
    expect(await page.locator('.quiz__choice').nth(first.answer).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.quiz__choice.is-right').count()).toBe(1);
    expect(await page.locator('.quiz__status').textContent()).toContain('score : 1');
    await page.screenshot({ path: screenshotPath('chromium', '35-quiz-revealed') });

    // Next question; the room answers wrong.
    await page.keyboard.press('Enter');
    const second = quiz[1];
    await expect
      .poll(() => page.locator('.quiz__question h2').textContent())
      .toContain(view.service(second.service)!.name.fr);
    await page.keyboard.press(String(((second.answer + 1) % 4) + 1));
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.quiz__choice.is-wrong').count()).toBe(1);
    expect(await page.locator('.quiz__status').textContent()).toContain('score : 1');
    expect(await page.locator('.quiz__answer').textContent()).toMatch(/^La bonne réponse était /);
    await page.close();
  });
});

describe('the printable sheet (Chromium)', () => {
  it('prints an A4 sheet with each alternative, the hosts and a QR code per link', async () => {
    const ids = ['gmail', 'google-docs', 'whatsapp'];
    const page = await session.openPage(`explore.html#handout/${ids.join(',')}`);
    await expect.poll(() => page.locator('.sheet__service').count(), { timeout: 10_000 }).toBe(3);
    const links = await page.locator('.sheet__links li').count();
    expect(await page.locator('.sheet svg.qr').count()).toBe(links);
    expect(await page.locator('.sheet svg.qr').first().getAttribute('data-qr')).toBe(
      view.software(view.category('mail')!.alternatives[0].software)!.website,
    );

    const dir = mkdtempSync(join(tmpdir(), 'circuit-court-pdf-'));
    try {
      const pdf = join(dir, 'sheet.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      writeFileSync(join(artifactsDir, 'handout.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      // Nothing of the page around the sheet is printed.
      expect(text).not.toContain('Fiche à imprimer');
      expect(text).not.toContain('Ajouter un service');
      for (const id of ids) {
        expect(text).toContain(`Au lieu de ${view.service(id)!.name.fr}`);
        for (const name of softwareNames(id).slice(0, 3)) expect(text).toContain(name);
      }
      expect(text).toContain('etherpad.org');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.screenshot({ path: screenshotPath('chromium', '36-handout'), fullPage: true });
    await page.close();
  });
});

describe('the local footprint (Chromium)', () => {
  it('counts arrivals per company, shows the week, and stops or clears in one click', async () => {
    const gafam = await session.context.newPage();
    for (const url of [
      'https://mail.google.com/mail/u/0/',
      'https://www.youtube.com/watch?v=x',
      'https://www.instagram.com/',
    ]) {
      await gafam.goto(url);
      await expect.poll(async () => session.badgeText(await session.tabIdOf(gafam)), { timeout: 10_000 }).not.toBe('');
    }
    const page = await session.openPage('explore.html#footprint');
    const summary = page.locator('.footprint__summary');
    // Earlier tests visited other services too: Google and Meta are there, counted per arrival.
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Cette semaine : .*Google \d+/);
    expect(await summary.textContent()).toMatch(/Meta \d+/);
    expect(await page.locator('.footprint__chart rect').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('chromium', '37-footprint') });
    const google = Number(/Google (\d+)/.exec((await summary.textContent())!)![1]);

    await page.getByRole('button', { name: 'Arrêter de compter' }).click();
    await expect.poll(() => summary.textContent()).toBe('Le comptage est arrêté.');
    await gafam.goto('https://docs.google.com/document/d/x');
    await page.getByRole('button', { name: 'Compter mes visites' }).click();
    await expect.poll(() => summary.textContent()).toContain(`Google ${google}`);

    await page.getByRole('button', { name: 'Effacer l’empreinte' }).click();
    await expect.poll(() => summary.textContent()).toBe('Aucune visite comptée cette semaine.');
    await Promise.all([page.close(), gafam.close()]);
  });

  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
