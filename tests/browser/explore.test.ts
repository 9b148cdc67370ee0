/**
 * Workshop mode in real Chromium and Firefox ESR on the built extension: browsing with filters
 * kept in the address, demonstrating a service without visiting it, presenting with the
 * keyboard (with and without motion), the quiz, how to leave, the printable sheet (printed to
 * PDF and read back), and the local footprint.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { makeQuiz } from '../../entrypoints/explore/quiz';
import { t } from '../../utils/i18n';
import { alternativeNames, catalogue, needById, serviceById, softwareById } from './catalogue';
import { attribute, count, fill, labelled, named, text, texts } from './dom';
import { artifactsDir, screenshotPath } from './harness';
import { itLeftNoTrace, sessionFor } from './scenario';
import { browsers } from './session';

const shownServices = (page: Page) =>
  page.$$eval('.browser__service', (items) => items.map((item) => item.getAttribute('data-service')));
/** The start of a message, up to where `value` goes. */
const opening = (message: string) => message.split('\u0000')[0];
const animation = (page: Page) => page.$eval('.slide', (slide) => getComputedStyle(slide).animationName);

describe.each(browsers)('$name', ({ name, language }) => {
  const session = sessionFor(name, language);
  const shot = (page: Page, title: string, fullPage = true) => session.shot(page, `explore-${title}`, { fullPage });

  describe('exploring the catalogue', () => {
    it('lists every service by company, filters, and keeps the view in the address', async () => {
      const page = await session.openPage('explore.html');
      await expect.poll(() => count(page, '.browser__service'), { timeout: 10_000 }).toBe(catalogue.services.length);
      expect(await texts(page, '.browser__section h2')).toEqual(['Google', 'Apple', 'Meta', 'Amazon', 'Microsoft']);

      await (await labelled(page, t(language, 'browserSelfHostable'))).click();
      await (await labelled(page, t(language, 'browserGroupNeed'))).click();
      await fill(page, await labelled(page, t(language, 'browserQueryLabel')), 'docs');
      await expect.poll(() => page.url()).toContain('#catalogue?group=need&q=docs&self=1');
      const filtered = await shownServices(page);
      expect(filtered).toContain('google-docs');
      expect(filtered.length).toBeLessThan(catalogue.services.length);
      // Only self-hostable software is listed for Google Docs.
      const docsAlternatives = await texts(page, '[data-service="google-docs"] .browser__alternatives a');
      expect(docsAlternatives).not.toContain('LibreOffice');
      expect(docsAlternatives).toContain('Etherpad');
      await shot(page, '01-filtered');

      // The address alone brings the same view back.
      const again = await session.openPage(`explore.html${new URL(page.url()).hash}`);
      await expect.poll(() => shownServices(again), { timeout: 10_000 }).toEqual(filtered);
      expect(
        await (await labelled(again, t(language, 'browserGroupNeed'))).evaluate(
          (radio) => (radio as HTMLInputElement).checked,
        ),
      ).toBe(true);
      await again.close();

      await page.bringToFront();
      await page.select('#browser-collective', 'chatons');
      await expect.poll(() => page.url()).toContain('collective=chatons');
      expect((await texts(page, '.browser__hosts')).length).toBeGreaterThan(0);
      await page.close();
    });

    it('demonstrates what the popup shows on a service, without visiting it', async () => {
      const page = await session.openPage('explore.html');
      await expect.poll(() => count(page, '.browser__service'), { timeout: 10_000 }).toBe(catalogue.services.length);
      await page.click('[data-service="whatsapp"] button');
      await expect.poll(() => page.url()).toContain('#service/whatsapp');
      await expect.poll(() => text(page, '.demo__frame h1'), { timeout: 10_000 }).toBe('WhatsApp');
      expect(await texts(page, '.demo__frame .card__title')).toEqual(alternativeNames('whatsapp'));

      // The same as the real popup on the real page.
      const gafam = await session.openTab('https://web.whatsapp.com/');
      const tab = await session.tabIdOf(gafam);
      await expect.poll(() => session.badgeText(tab), { timeout: 10_000 }).not.toBe('');
      const popup = await session.openPopup(tab);
      await expect.poll(() => text(popup, 'h1'), { timeout: 10_000 }).toBe('WhatsApp');
      expect(await texts(page, '.demo__frame .card__title')).toEqual(await texts(popup, '.card__title'));
      const steps = serviceById('whatsapp').leaving!.steps[language];
      await expect.poll(() => text(popup, '.leaving__steps'), { timeout: 10_000 }).toBe(steps);
      expect(await text(page, '.demo__frame .leaving__steps')).toBe(steps);
      await page.bringToFront();
      await shot(page, '02-demo-whatsapp');
      // Back, as the browser's button does (a move within the page: no load to wait for).
      await page.evaluate(() => history.back());
      await expect.poll(() => count(page, '.browser__service')).toBe(catalogue.services.length);
      await Promise.all([page.close(), popup.close(), gafam.close()]);
    });
  });

  describe('presenting', () => {
    it('picks and orders slides, then moves through them with the keyboard', async () => {
      const page = await session.openPage('explore.html#present', { width: 1280, height: 720 });
      const add = async (id: string) => {
        await page.select('#service-picker-select', id);
        await (await named(page, 'button', t(language, 'pickerAdd'))).click();
      };
      await add('youtube');
      await add('gmail');
      await (await named(page, 'button', t(language, 'pickerUp', { service: 'Gmail' }))).click();
      expect(
        await page.$$eval('.service-picker__list li', (items) => items.map((i) => i.getAttribute('data-service'))),
      ).toEqual(['gmail', 'youtube']);
      await shot(page, '03-present-setup', false);

      await (await named(page, 'button', t(language, 'presentStart'))).click();
      const heading = () => text(page, '.slide h1');
      await expect.poll(heading).toBe('Gmail');
      expect(await attribute(page, 'progress', 'value')).toBe('1');
      expect(await attribute(page, 'progress', 'max')).toBe('6');
      await shot(page, '04-present-slide-1', false);

      await page.keyboard.press('ArrowRight');
      await expect.poll(heading).toBe(t(language, 'presentAlternatives', { service: 'Gmail' }));
      expect(await texts(page, '.slide__list h2')).toEqual(alternativeNames('gmail').slice(0, 4));
      await shot(page, '05-present-slide-2', false);
      const hosts = async () => (await heading())?.startsWith(t(language, 'presentHosts'));
      await page.keyboard.press(' ');
      await expect.poll(hosts).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(heading).toBe('YouTube');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(hosts).toBe(true);
      await page.keyboard.press('End');
      await expect.poll(() => attribute(page, '.slides', 'data-slide')).toBe('6');
      await page.keyboard.press('ArrowRight');
      expect(await attribute(page, '.slides', 'data-slide')).toBe('6');
      await page.keyboard.press('Home');
      await expect.poll(heading).toBe('Gmail');
      expect(page.url()).toContain('#present/gmail,youtube/1');

      await page.keyboard.press('Escape');
      await expect.poll(() => count(page, '.present-setup')).toBe(1);
      expect(await count(page, '.service-picker__list li')).toBe(2);
      await page.close();
    });

    it('moves with an animation by default', async () => {
      const page = await session.openPage('explore.html#present/gmail/2', { width: 1280, height: 720 });
      await expect
        .poll(() => text(page, '.slide h1'), { timeout: 10_000 })
        .toBe(t(language, 'presentAlternatives', { service: 'Gmail' }));
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => animation(page)).not.toBe('none');
      await page.close();
    });
  });

  describe('how to leave, and when nothing does the same job', () => {
    it('says on the slides, the sheet and the catalogue when no libre software does the same job yet', async () => {
      const linkedin = catalogue.services.find((service) => service.id === 'linkedin')!;
      const need = catalogue.needs.find((need) => need.id === linkedin.need)!;
      expect(need.noEquivalent).toBeDefined();
      // Each view in a page of its own: moving within one page by its hash alone is not a load to wait for.
      const slide = await session.openPage('explore.html#present/linkedin/2', { width: 1280, height: 720 });
      await expect
        .poll(() => text(slide, '.slide h1'), { timeout: 10_000 })
        .toBe(t(language, 'presentNoEquivalent', { service: 'LinkedIn' }));
      expect(await text(slide, '.slide > p')).toBe(need.noEquivalent![language]);
      await slide.close();
      const sheet = await session.openPage('explore.html#handout/linkedin');
      await expect
        .poll(() => text(sheet, '.sheet .no-equivalent'), { timeout: 10_000 })
        .toBe(`${t(language, 'noEquivalent')} ${need.noEquivalent![language]}`);
      await sheet.close();
      const browser = await session.openPage('explore.html#catalogue?q=linkedin');
      await expect
        .poll(() => text(browser, '[data-service="linkedin"] .browser__label'), { timeout: 10_000 })
        .toBe(`${t(language, 'browserClosestLabel')} `);
      await browser.close();
    });

    it('says how to leave, what is lost, and plainly when a service has no export', async () => {
      const withExport = catalogue.services.find((service) => service.leaving?.exportPage && service.leaving.lost)!;
      const page = await session.openPage(`explore.html#service/${withExport.id}`);
      await expect
        .poll(() => text(page, '.leaving__steps'), { timeout: 10_000 })
        .toBe(withExport.leaving!.steps[language]);
      expect(await text(page, '.leaving__lost')).toBe(
        `${t(language, 'leavingLost')} ${withExport.leaving!.lost![language]}`,
      );
      expect(await attribute(page, '.leaving__export', 'href')).toBe(withExport.leaving!.exportPage);
      expect(await count(page, '.leaving__none')).toBe(0);
      await page.close();
      const unnamed = catalogue.services.find(
        (service) => service.leaving?.exportPage && service.leaving.formats.length === 0,
      )!;
      const vague = await session.openPage(`explore.html#service/${unnamed.id}`);
      await expect
        .poll(() => texts(vague, '.leaving__meta .chip'), { timeout: 10_000 })
        .toEqual([t(language, 'leavingFormatsNotGiven')]);
      expect(await attribute(vague, '.leaving__export', 'href')).toBe(unnamed.leaving!.exportPage);
      await (await vague.$('.leaving'))!.screenshot({
        path: screenshotPath(name, 'explore-06-leaving-format-not-given'),
      });
      await vague.close();
      const none = catalogue.services.find((service) => service.leaving && !service.leaving.exportPage)!;
      const other = await session.openPage(`explore.html#service/${none.id}`);
      await expect.poll(() => text(other, '.leaving__none'), { timeout: 10_000 }).toBe(t(language, 'leavingNoExport'));
      expect(await text(other, '.leaving__steps')).toBe(none.leaving!.steps[language]);
      expect(await count(other, '.leaving__export')).toBe(0);
      await shot(other, '07-leaving-no-export');
      await other.close();
    });
  });

  describe('the quiz', () => {
    it('asks, takes the room’s answer by key, reveals it and keeps the score', async () => {
      const seed = 42;
      const quiz = makeQuiz(catalogue, seed);
      const page = await session.openPage(`explore.html#quiz/${seed}`);
      const first = quiz[0];
      await expect
        .poll(() => text(page, '.quiz__question h2'), { timeout: 10_000 })
        .toContain(serviceById(first.service).name[language]);

      // The room answers right: the letter of the right choice, then Enter.
      await page.keyboard.press('ABCD'[first.answer] as 'A');
      expect(
        await page.$$eval('.quiz__choice', (choices, at) => choices[at].getAttribute('aria-pressed'), first.answer),
      ).toBe('true');
      await page.keyboard.press('Enter');
      await expect.poll(() => count(page, '.quiz__choice.is-right')).toBe(1);
      expect(await text(page, '.quiz__status')).toBe(
        t(language, 'quizProgress', { question: 1, total: quiz.length, score: 1 }),
      );
      await shot(page, '08-quiz-revealed', false);

      // Next question; the room answers wrong.
      await page.keyboard.press('Enter');
      const second = quiz[1];
      await expect.poll(() => text(page, '.quiz__question h2')).toContain(serviceById(second.service).name[language]);
      await page.keyboard.press(String(((second.answer + 1) % 4) + 1) as '1');
      await page.keyboard.press(' ');
      await expect.poll(() => count(page, '.quiz__choice.is-wrong')).toBe(1);
      expect(await text(page, '.quiz__status')).toBe(
        t(language, 'quizProgress', { question: 2, total: quiz.length, score: 1 }),
      );
      expect(await text(page, '.quiz__answer')).toContain(opening(t(language, 'quizRoomWrong', { answer: '\u0000' })));
      await page.close();
    });
  });

  describe('the printable sheet', () => {
    it('prints an A4 sheet with each alternative, the hosts and a QR code per link', async () => {
      const ids = ['gmail', 'google-docs', 'whatsapp'];
      const page = await session.openPage(`explore.html#handout/${ids.join(',')}`);
      await expect.poll(() => count(page, '.sheet__service'), { timeout: 10_000 }).toBe(3);
      const links = await count(page, '.sheet__links li');
      expect(await count(page, '.sheet svg.qr')).toBe(links);
      expect(await attribute(page, '.sheet svg.qr', 'data-qr')).toBe(
        softwareById(needById('mail').alternatives[0].software).website,
      );

      const dir = mkdtempSync(join(tmpdir(), 'circuit-court-pdf-'));
      try {
        const pdf = join(dir, 'sheet.pdf');
        const printed = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(pdf, printed);
        writeFileSync(join(artifactsDir, `handout-${name}.pdf`), printed);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        // Nothing of the page around the sheet is printed.
        expect(words).not.toContain(t(language, 'exploreNavHandout'));
        expect(words).not.toContain(t(language, 'pickerAddLabel'));
        for (const id of ids) {
          expect(words).toContain(t(language, 'handoutInsteadOf', { service: serviceById(id).name[language] }));
          for (const software of alternativeNames(id).slice(0, 3)) expect(words).toContain(software);
        }
        expect(words).toContain('etherpad.org');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await shot(page, '09-handout');
      await page.close();
    });
  });

  describe('the local footprint', () => {
    it('counts arrivals per company, shows the week, and stops or clears in one click', async () => {
      const gafam = await session.openTab('about:blank');
      for (const url of [
        'https://mail.google.com/mail/u/0/',
        'https://www.youtube.com/watch?v=x',
        'https://www.instagram.com/',
      ]) {
        await session.goto(gafam, url);
        await expect
          .poll(async () => session.badgeText(await session.tabIdOf(gafam)), { timeout: 10_000 })
          .not.toBe('');
      }
      const page = await session.openPage('explore.html#footprint');
      const summary = () => text(page, '.footprint__summary');
      const week = opening(t(language, 'footprintWeek', { counts: '\u0000' }));
      // Earlier tests visited other services too: Google and Meta are there, counted per arrival.
      await expect.poll(summary, { timeout: 10_000 }).toMatch(new RegExp(`^${week}.*Google \\d+`));
      expect(await summary()).toMatch(/Meta \d+/);
      expect(await count(page, '.footprint__chart rect')).toBeGreaterThan(0);
      await shot(page, '10-footprint', false);
      const google = Number(/Google (\d+)/.exec((await summary())!)![1]);

      await (await named(page, 'button', t(language, 'footprintTurnOff'))).click();
      await expect.poll(summary).toBe(t(language, 'footprintOff'));
      await session.goto(gafam, 'https://docs.google.com/document/d/x');
      await page.bringToFront();
      await (await named(page, 'button', t(language, 'footprintTurnOn'))).click();
      await expect.poll(summary).toContain(`Google ${google}`);

      await (await named(page, 'button', t(language, 'settingsFootprintClear'))).click();
      await expect.poll(summary).toBe(t(language, 'footprintEmpty'));
      await Promise.all([page.close(), gafam.close()]);
    });

    itLeftNoTrace(session);
  });

  describe('without motion', () => {
    const still = sessionFor(name, language, { motion: 'reduce' });

    it('moves through slides without animation when the user asks for reduced motion', async () => {
      const page = await still.openPage('explore.html#present/gmail/2', { width: 1280, height: 720 });
      await expect
        .poll(() => text(page, '.slide h1'), { timeout: 10_000 })
        .toBe(t(language, 'presentAlternatives', { service: 'Gmail' }));
      expect(await animation(page)).toBe('none');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => text(page, '.slide h1')).toBe('Gmail');
      expect(await animation(page)).toBe('none');
      await page.close();
    });
  });
});
