/**
 * Debian's Chromium with the built Chrome extension (Manifest V3), offline, driven by
 * puppeteer-core over the DevTools protocol. See session.ts for what a session offers.
 *
 * - Every host name maps to the local HTTPS server (`--host-resolver-rules`), port included,
 *   so addresses keep their usual form.
 * - The helpers read tabs, badges and storage through an extension page kept open all along
 *   (`extension`), as in Firefox: reading never needs, nor wakes, the service worker.
 * - Each service worker the extension starts is watched through a DevTools session (requests,
 *   uncaught errors, console errors). Chromium stops an idle worker and starts it again at the
 *   next event, under the same session, waiting for it: the harness lets it run on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { builtExtension } from './harness';
import { startLocalWeb } from './local-web';
import type { Language, LaunchOptions, Session, Viewport } from './session';
import { problemsOf, shooter, throughExtensionPage, until } from './session';

export interface ChromiumSession extends Session {
  extensionId: string;
  /** Runs `code` (an expression, awaited) in the service worker now running; its value, as JSON. */
  inWorker(code: string): Promise<unknown>;
}

const isOurWorker = (target: Target, origin?: string) =>
  target.type() === 'service_worker' && target.url().startsWith(origin ?? 'chrome-extension://');

export async function launchChromium(language: Language = 'fr', options: LaunchOptions = {}): Promise<ChromiumSession> {
  const ours = options.extension ?? builtExtension('chrome-mv3');
  const web = await startLocalWeb();
  const profile = mkdtempSync(join(tmpdir(), 'circuit-court-chromium-'));
  const browser = await puppeteer
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      userDataDir: profile,
      enableExtensions: [ours, ...(options.extraExtensions ?? [])],
      acceptInsecureCerts: true,
      env: { ...process.env, LANGUAGE: language },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        `--lang=${language}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${web.port}`,
        // Without these Chromium keeps calling its own services.
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    })
    .catch(async (error: unknown) => {
      await web.close();
      throw error;
    });

  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  const downloads = join(profile, 'downloads');
  await (await browser.target().createCDPSession()).send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: downloads,
  });
  const firstWorker = await browser.waitForTarget((target) => isOurWorker(target));
  const origin = `chrome-extension://${new URL(firstWorker.url()).host}`;

  /** Each service worker the extension starts: its requests, uncaught errors and console errors. */
  const workerSessions = new Map<Target, CDPSession>();
  const watchWorker = async (target: Target) => {
    const cdp = await target.createCDPSession();
    workerSessions.set(target, cdp);
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith(`${origin}/`)) strayRequests.push(event.request.url);
    });
    cdp.on('Runtime.exceptionThrown', (event) =>
      pageErrors.push(
        `service worker: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`,
      ),
    );
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type === 'error')
        pageErrors.push(`service worker: ${event.args.map((arg) => arg.value ?? arg.description).join(' ')}`);
    });
    // A worker Chromium started again waits for this session's word before it runs.
    cdp.on(
      'Inspector.targetReloadedAfterCrash',
      () => void cdp.send('Runtime.runIfWaitingForDebugger').catch(() => {}),
    );
    cdp.on('Inspector.detached', () => workerSessions.delete(target));
    await Promise.all([cdp.send('Network.enable'), cdp.send('Runtime.enable')]);
  };
  /** Every page, however opened: by a test, by the extension (tabs.create), by a link. */
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return page;
    watched.add(page);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return;
      if (request.isNavigationRequest() || new URL(url).pathname === '/favicon.ico') return;
      strayRequests.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    return page;
  };
  const onTarget = async (target: Target) => {
    if (isOurWorker(target, origin)) {
      if (!workerSessions.has(target)) await watchWorker(target);
    } else if (target.type() === 'page') {
      const page = await target.page();
      if (page) watch(page);
    }
  };
  browser.on('targetcreated', (target: Target) => void onTarget(target).catch(() => undefined));
  await Promise.all(browser.targets().map(onTarget));

  // The tab the extension opens on install, waited for, so that it never arrives in the middle of a test.
  await until(
    async () => (await browser.pages()).some((page) => page.url() === `${origin}/welcome.html`),
    'the welcome page the extension opens on install',
  );

  const newTab = async (viewport: Viewport) => {
    const page = watch(await browser.newPage());
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([
      ...(options.theme ? [{ name: 'prefers-color-scheme', value: options.theme }] : []),
      ...(options.motion ? [{ name: 'prefers-reduced-motion', value: options.motion }] : []),
    ]);
    return page;
  };
  const openPage = async (path: string, viewport: Viewport = { width: 1280, height: 900 }) => {
    const page = await newTab(viewport);
    await page.goto(`${origin}/${path}`);
    return page;
  };
  let extension = await openPage('privacy.html', { width: 800, height: 600 });
  const api = throughExtensionPage(() => extension);
  const session: ChromiumSession = {
    name: 'chromium',
    language,
    browser,
    origin,
    downloads,
    strayRequests,
    pageErrors,
    extensionId: new URL(origin).host,
    async inWorker(code) {
      for (const cdp of workerSessions.values()) {
        const { result, exceptionDetails } = await cdp
          .send('Runtime.evaluate', { expression: code, awaitPromise: true, returnByValue: true })
          .catch(() => ({ result: undefined, exceptionDetails: undefined }));
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        if (result) return result.value;
      }
      throw new Error('no service worker of the extension answers');
    },
    local: (url) => url,
    async openTab(url, viewport = { width: 1024, height: 700 }) {
      const page = await newTab(viewport);
      await page.goto(url);
      return page;
    },
    async goto(page, url) {
      await page.goto(url);
    },
    ...api,
    async openPopup(tabId, viewport = { width: 380, height: 600 }) {
      const page = await newTab(viewport);
      await page.goto(await api.popupAddress(tabId));
      return page;
    },
    openPage,
    async update() {
      // Loading the same folder again is an update (CDP's Extensions.loadUnpacked); the old
      // instance's pages close with it.
      const old = extension;
      await browser.installExtension(ours);
      await until(async () => old.isClosed(), 'the old instance to go');
      extension = await openPage('privacy.html', { width: 800, height: 600 });
    },
    shot: shooter('chromium'),
    async close() {
      // Taken before closing: a browser shutting down rejects what was still under way.
      const problems = problemsOf(session);
      await browser.close();
      await web.close();
      rmSync(profile, { recursive: true, force: true });
      if (problems) throw problems;
    },
  };
  return session;
}
