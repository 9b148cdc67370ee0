/**
 * One driver for both browsers: puppeteer-core starts Chromium (over the DevTools protocol,
 * chromium.ts) or Firefox ESR (over WebDriver BiDi, firefox.ts) with the built extension and
 * hands back the same `Session`, so that each scenario is written once:
 *
 *     describe.each(browsers)('the popup ($name)', ({ name, language }) => {
 *       let session: Session;
 *       beforeAll(async () => { session = await launch(name, language); });
 *       afterAll(() => session?.close());
 *       …
 *     });
 *
 * Offline in both: every host name resolves to one local HTTPS server (local-web.ts), so tests
 * write real addresses ("https://docs.google.com/…"). Chromium runs in French, Firefox in
 * English (Debian's Firefox ESR ships English only): a scenario reads its texts from the
 * locales with `session.language`, and so checks both.
 */
import type { Browser, Page } from 'puppeteer-core';
import { cardReaderExtension } from './card-reader';
import { popupFor, screenshotPath } from './harness';

export type BrowserName = 'chromium' | 'firefox';
export type Language = 'fr' | 'en';
export type Viewport = { width: number; height: number };

export const browsers: readonly { name: BrowserName; language: Language }[] = [
  { name: 'chromium', language: 'fr' },
  { name: 'firefox', language: 'en' },
];

export interface Session {
  name: BrowserName;
  language: Language;
  browser: Browser;
  /** "chrome-extension://<id>" or "moz-extension://<uuid>". */
  origin: string;
  /** The folder where the browser saves downloads, without asking. */
  downloads: string;
  /**
   * Requests made outside the extension by its pages, its background, and the tabs the
   * harness opened (their own navigations and favicons aside). `close()` fails on any.
   */
  strayRequests: string[];
  /** Uncaught errors, unhandled rejections and console errors of the extension and the pages. `close()` fails on any. */
  pageErrors: string[];
  /** "https://docs.google.com/x" as the browser shows it (Firefox adds the local server's port). */
  local(url: string): string;
  /** A new tab showing `url`, watched. */
  openTab(url: string, viewport?: Viewport): Promise<Page>;
  /** Loads `url` in a tab the harness opened. */
  goto(page: Page, url: string): Promise<void>;
  /** The address the toolbar button opens for a tab (see `popupFor`). */
  popupAddress(tabId: number): Promise<string>;
  /** The popup for a tab, opened as a page at that address. */
  openPopup(tabId: number, viewport?: Viewport): Promise<Page>;
  /** An extension page ("options.html", "explore.html#nearby"), watched. */
  openPage(path: string, viewport?: Viewport): Promise<Page>;
  /** The id of the tab showing a page (the extension may read GAFAM tabs and its own only). */
  tabIdOf(page: Page): Promise<number>;
  /** The tabs whose address the extension may read. */
  tabs(): Promise<{ id: number; url: string }[]>;
  /** Closes a tab, whoever opened it. */
  closeTab(tabId: number): Promise<void>;
  badgeText(tabId: number): Promise<string>;
  badgeTitle(tabId: number): Promise<string>;
  /** Everything the extension keeps in one storage area. */
  storage(area: 'local' | 'session'): Promise<Record<string, unknown>>;
  /** Writes records straight into the extension's storage, as a damaged profile might hold them. */
  store(area: 'local' | 'session', items: Record<string, unknown>): Promise<void>;
  /**
   * Installs the same build again, which the browser reports to runtime.onInstalled as an
   * update. Open pages keep the old content script (Firefox adds the new one to them).
   */
  update(): Promise<void>;
  /** A screenshot kept as an artifact, in this browser's folder. */
  shot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Other unpacked extensions installed beside ours (the card reader, the benchmarks' controls). */
  extraExtensions?: string[];
  /** Chromium: another build of ours than the store build (the bench's, with the popup's control page). */
  extension?: string;
  /** The theme the pages see (`prefers-color-scheme`); the system's, light, by default. */
  theme?: 'light' | 'dark';
  /** `prefers-reduced-motion` as the pages see it. */
  motion?: 'reduce' | 'no-preference';
}

/** The built extension in a fresh profile, with the tests' card reader beside it (card-reader.ts). */
export async function launch(name: BrowserName, language: Language, options: LaunchOptions = {}): Promise<Session> {
  const extraExtensions = [cardReaderExtension(name)];
  if (name === 'chromium')
    return (await import('./chromium')).launchChromium(language, { ...options, extraExtensions });
  if (language !== 'en') throw new Error('Debian’s Firefox ESR speaks English only');
  return (await import('./firefox')).launchFirefox({ ...options, extraExtensions });
}

/** Screenshots kept as artifacts, one folder per browser. */
export function shooter(name: BrowserName) {
  return (page: Page, shot: string, options: { fullPage?: boolean } = {}) =>
    page.screenshot({ path: screenshotPath(name, shot), fullPage: options.fullPage ?? true }).then(() => undefined);
}

/** Polls `check` until it holds (errors count as "not yet"), for at most `timeout` ms. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Fails with every problem the session met: each suite asserts them, whatever opened the page. */
export function problemsOf(session: Pick<Session, 'strayRequests' | 'pageErrors'>): Error | undefined {
  const problems = [
    ...session.strayRequests.map((url) => `request outside the extension: ${url}`),
    ...session.pageErrors.map((error) => `error: ${error}`),
  ];
  return problems.length > 0
    ? new Error(`The session met ${problems.length} problem(s):\n${problems.join('\n')}`)
    : undefined;
}

/**
 * The extension's API as its pages see it: `chrome` with `action` in Chromium (Manifest V3),
 * `browser` with `browserAction` in Firefox (Manifest V2).
 */
interface ExtensionApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]>; remove(tabId: number): Promise<void> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getPopup(details: { tabId?: number }): Promise<string>;
  };
  storage: Record<
    'local' | 'session',
    { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
  >;
}
/** What an extension page's global scope holds of it. */
type Scope = { browser?: ExtensionApi & { browserAction?: ExtensionApi['action'] }; chrome: ExtensionApi };

/** Reads the toolbar button's text or title for a tab. */
const action = (page: Page, read: 'getBadgeText' | 'getTitle', tabId: number) =>
  page.evaluate(
    (method, id) => {
      const scope = globalThis as unknown as Scope;
      return (scope.browser?.browserAction ?? (scope.browser ?? scope.chrome).action)[method]({ tabId: id });
    },
    read,
    tabId,
  );

type ThroughPage = Pick<
  Session,
  'popupAddress' | 'tabs' | 'tabIdOf' | 'closeTab' | 'badgeText' | 'badgeTitle' | 'storage' | 'store'
>;

/**
 * What a session reads and does through an extension page it keeps open (`page()`): tabs,
 * badges, storage. Reading never needs, nor wakes, the background.
 */
export function throughExtensionPage(page: () => Page): ThroughPage {
  const tabs = async () => {
    const all = await page().evaluate(() => {
      const scope = globalThis as unknown as Scope;
      return (scope.browser ?? scope.chrome).tabs.query({});
    });
    return all.flatMap((tab) => (tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url }] : []));
  };
  return {
    /** The address the background gave the tab (it names the tab); else the default popup, told which tab to describe. */
    popupAddress: async (tabId) =>
      popupFor(
        await page().evaluate((id) => {
          const scope = globalThis as unknown as Scope;
          const button = scope.browser?.browserAction ?? (scope.browser ?? scope.chrome).action;
          return button.getPopup({ tabId: id }).catch(() => button.getPopup({}));
        }, tabId),
        tabId,
      ),
    tabs,
    async tabIdOf(shown) {
      const tab = (await tabs()).find((candidate) => candidate.url === shown.url());
      if (!tab) throw new Error(`no readable tab shows ${shown.url()}`);
      return tab.id;
    },
    closeTab: (tabId) =>
      page().evaluate((id) => {
        const scope = globalThis as unknown as Scope;
        return (scope.browser ?? scope.chrome).tabs.remove(id);
      }, tabId),
    badgeText: (tabId) => action(page(), 'getBadgeText', tabId),
    badgeTitle: (tabId) => action(page(), 'getTitle', tabId),
    storage: (area) =>
      page().evaluate((name) => {
        const scope = globalThis as unknown as Scope;
        return (scope.browser ?? scope.chrome).storage[name].get(null);
      }, area),
    store: (area, items) =>
      page().evaluate(
        (name, values) => {
          const scope = globalThis as unknown as Scope;
          return (scope.browser ?? scope.chrome).storage[name].set(values);
        },
        area,
        items,
      ),
  };
}
