/**
 * The built extension in real Chromium (the real-browser tests' launcher): the time
 * from opening the popup on a detected tab to its alternatives being painted, and
 * the main-thread time the content script takes on a GAFAM page, beside control
 * content scripts loaded in the same browser (an empty one; one doing 1 ms of plain
 * work, a ruler for the method; one that only sends the page's address; the
 * webextension-polyfill alone; the polyfill sending the page's address) that show what
 * the stack costs before any code of ours.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { projectRoot } from '../scripts/catalogue-files';
import { type ChromiumSession, launchChromium } from '../tests/browser/chromium';
import { benchBuild } from './sizes';

export interface Spread {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface ScriptTime {
  /** Wall time the main thread spent on the script: its evaluation at document_start and its callbacks. */
  mainThread: Spread;
  /** The same, as CPU time of the thread (what the script cost, whatever else the machine did). */
  cpu: Spread;
}

/**
 * From a page's navigation to the frame after what it shows appears (`firstRunMs`: the first
 * opening, cold); `scriptsLoaded`: its DOMContentLoaded (its modules fetched and run);
 * `firstContentfulPaint`: Chromium's own paint timing, taken when the frame is presented.
 */
export type PageOpenings = Spread & { firstRunMs: number; scriptsLoaded: Spread; firstContentfulPaint: Spread };

export interface BrowserFigures {
  /** The popup on a detected tab, until its alternatives are painted. */
  popup: PageOpenings;
  /** The popup's control (bench/control-page): Preact painting one line, loaded the same way, from the same build. */
  controlPage: PageOpenings;
  contentScript: {
    visits: number;
    ours: ScriptTime;
    /** The card's script, injected on the visits where a card shows: apart from the reporter every page runs. */
    card: ScriptTime;
    emptyScript: ScriptTime;
    /** A ruler for the method: 1 ms of plain work, timed by the script itself. */
    oneMillisecond: ScriptTime;
    /** chrome.runtime.sendMessage of the page's address, nothing else: the least a reporting script does. */
    messageAlone: ScriptTime;
    polyfillAlone: ScriptTime;
    /** The polyfill, then browser.runtime.sendMessage of the page's address: the least our stack allows. */
    polyfillAndMessage: ScriptTime;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
  };
};

/** The control scripts: each one's extension name, and its code. */
const CONTROLS = {
  emptyScript: ['control-empty', 'void 0;\n'],
  oneMillisecond: [
    'control-one-millisecond',
    'const start = performance.now();\nwhile (performance.now() - start < 1);\n',
  ],
  messageAlone: [
    'control-message',
    "chrome.runtime.sendMessage({ type: 'page', url: location.href }).catch(() => undefined);\n",
  ],
  polyfillAlone: ['control-polyfill', '{polyfill}'],
  polyfillAndMessage: [
    'control-polyfill-message',
    "{polyfill}\nbrowser.runtime.sendMessage({ type: 'page', url: location.href }).catch(() => undefined);\n",
  ],
} as const;

/**
 * A control's pages: the GAFAM visits' paths on a host of its own, so that each
 * content script is alone on its page, as ours is on a GAFAM page. (Sharing a page,
 * the first script to use extension messaging pays for setting it up, and Chromium
 * orders the scripts by extension id, which changes with the folder at every run.)
 */
const controlPage = (name: string, visit: string) => {
  const url = new URL(visit);
  return `https://${name}.test${url.pathname}${url.search}${url.hash}`;
};

/**
 * Control extensions: content scripts at document_start like ours, each on its own
 * host: an empty one, one busy for 1 ms by its own clock, one that only sends the page's
 * address with the bare extension API, one holding only the webextension-polyfill, and
 * one sending the address through it.
 */
function controlExtensions(dir: string): string[] {
  const polyfill = readFileSync(
    join(projectRoot, 'node_modules', 'webextension-polyfill', 'dist', 'browser-polyfill.min.js'),
    'utf8',
  );
  return Object.values(CONTROLS).map(([name, template]) => {
    const code = template.replace('{polyfill}', polyfill);
    const extension = join(dir, name);
    mkdirSync(extension, { recursive: true });
    writeFileSync(join(extension, `${name}.js`), code);
    writeFileSync(
      join(extension, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name,
        version: '1.0',
        content_scripts: [{ matches: [`https://${name}.test/*`], js: [`${name}.js`], run_at: 'document_start' }],
      }),
    );
    return extension;
  });
}

type Time = { wallMs: number; cpuMs: number };

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
  });
  await work();
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The main thread's time in one script: its evaluation and the callbacks into it, overlaps counted once. */
function scriptTime(events: TraceEvent[], scriptUrl: string): Time | null {
  const own = events.filter(
    (event) =>
      event.ph === 'X' &&
      (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
      event.args?.data?.url === scriptUrl,
  );
  if (own.length === 0) return null;
  own.sort((a, b) => a.ts - b.ts);
  let wall = 0;
  let cpu = 0;
  let reach = -Infinity;
  for (const event of own) {
    const end = event.ts + (event.dur ?? 0);
    // A callback nested in another already counted adds nothing.
    if (end <= reach) continue;
    wall += (end - Math.max(event.ts, reach)) / 1000;
    cpu += event.ts >= reach ? (event.tdur ?? 0) / 1000 : 0;
    reach = end;
  }
  return { wallMs: wall, cpuMs: cpu };
}

interface Probe {
  __painted?: number;
}

/** Marks, in a page, the frame after the one where `selector` first appears. */
const paintProbe = (selector: string) => `(() => {
  const seen = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
  });
  seen.observe(document, { childList: true, subtree: true });
})();`;

/** What the popup paints first that matters: its alternatives. The control page: its one line. */
const POPUP_PAINTED = '.card__title';
const CONTROL_PAINTED = '.control-line';

/** A page to open afresh, and what it shows that matters. */
interface Opened {
  address: string;
  selector: string;
}

/** One opening: the frame after `selector` appears, DOMContentLoaded, first contentful paint. */
async function openOnce(session: ChromiumSession, { address, selector }: Opened) {
  const page: Page = await session.browser.newPage();
  await page.setViewport({ width: 380, height: 600 });
  await page.evaluateOnNewDocument(paintProbe(selector));
  await page.goto(address);
  // Polled with evaluate: the extension's pages forbid eval, which waitForFunction may need.
  let painted: number | undefined;
  for (let wait = 0; painted === undefined; wait++) {
    if (wait > 200) throw new Error(`${address} never painted ${selector}`);
    painted = await page.evaluate(() => (window as unknown as Probe).__painted);
    if (painted === undefined) await sleep(50);
  }
  const loaded = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  // Chromium reports the paint once the frame is presented, which may come after the probe.
  let contentful: number | undefined;
  for (let wait = 0; contentful === undefined; wait++) {
    if (wait > 200) throw new Error(`${address} never reported its first contentful paint`);
    contentful = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    if (contentful === undefined) await sleep(10);
  }
  await page.close();
  return { painted, loaded, contentful };
}

/**
 * Pages opened afresh in turns, `runs` times each: the same moments of a busy machine fall on
 * each, and their ratio holds better than that of two series taken one after the other. The
 * first page is opened first; each page's first opening is its first since install.
 */
async function openingsInTurn(session: ChromiumSession, pages: Opened[], runs: number): Promise<PageOpenings[]> {
  const times = pages.map(() => ({ painted: [] as number[], loaded: [] as number[], contentful: [] as number[] }));
  for (let run = 0; run < runs; run++) {
    // Every other round in the other order, so that neither page always follows the other.
    const order = pages.map((_, index) => index);
    if (run % 2 === 1) order.reverse();
    for (const index of order) {
      const opened = await openOnce(session, pages[index]);
      times[index].painted.push(opened.painted);
      times[index].loaded.push(opened.loaded);
      times[index].contentful.push(opened.contentful);
    }
  }
  return times.map(({ painted, loaded, contentful }) => ({
    ...spread(painted),
    firstRunMs: painted[0],
    scriptsLoaded: spread(loaded),
    firstContentfulPaint: spread(contentful),
  }));
}

/** GAFAM pages visited for the content script: first arrivals (with the in-page card's request) and returns. */
const VISITS = [
  'https://docs.google.com/document/d/1AbC/edit',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://www.amazon.fr/dp/B000000000',
  'https://www.facebook.com/groups/123',
  'https://outlook.live.com/mail/0/',
  'https://www.icloud.com/photos/',
  'https://github.com/torvalds/linux',
  'https://docs.google.com/spreadsheets/d/1AbC/edit',
  'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
  'https://mail.google.com/mail/u/0/#sent',
  'https://www.amazon.fr/gp/cart/view.html',
  'https://www.facebook.com/groups/456',
  'https://outlook.live.com/mail/0/inbox',
  'https://www.icloud.com/photos/#/library',
  'https://github.com/explore',
];

/**
 * `problems` receives what the real-browser tests would fail on: a request outside the
 * extension, an error in one of its pages or in its service worker.
 */
export async function benchBrowser(
  log: (line: string) => void = () => {},
  problems: string[] = [],
): Promise<BrowserFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'circuit-court-bench-'));
  const session = await launchChromium('fr', { extension: benchBuild, extraExtensions: controlExtensions(dir) });
  let failed = false;
  try {
    const { extensionId } = session;
    const tab = await session.openTab('about:blank', { width: 1280, height: 800 });
    const cdp = await tab.createCDPSession();

    // Each content script alone on its page: ours on the GAFAM visits, each control on the same paths of its own host.
    const ourScript = `chrome-extension://${extensionId}/gafam.js`;
    /** The main thread's time, on a visit of `url`, in each extension script whose address ends with one of `scriptFiles`. */
    const visit = async (url: string, ...scriptFiles: string[]): Promise<(Time | null)[]> => {
      const events = await traced(cdp, async () => {
        await tab.goto(url);
        // The report to the background, its answer and the card, if any, come right after the page starts.
        await sleep(400);
      });
      const urls = events.map((event) => event.args?.data?.url);
      return scriptFiles.map((file) => {
        const script = urls.find(
          (u) => typeof u === 'string' && u.startsWith('chrome-extension://') && u.endsWith(file),
        );
        return script ? scriptTime(events, script) : null;
      });
    };
    const times = {
      ours: [] as Time[],
      card: [] as Time[],
      emptyScript: [] as Time[],
      oneMillisecond: [] as Time[],
      messageAlone: [] as Time[],
      polyfillAlone: [] as Time[],
      polyfillAndMessage: [] as Time[],
    };
    // Twice over the list: 32 visits, so that the medians of so short a time hold still.
    for (const url of [...VISITS, ...VISITS]) {
      const [ours, card] = await visit(url, ourScript, `chrome-extension://${extensionId}/notice.js`);
      if (ours) times.ours.push(ours);
      if (card) times.card.push(card);
      for (const [key, [name]] of Object.entries(CONTROLS) as [
        keyof typeof CONTROLS,
        (typeof CONTROLS)[keyof typeof CONTROLS],
      ][]) {
        const [measured] = await visit(controlPage(name, url), `/${name}.js`);
        if (measured) times[key].push(measured);
      }
    }
    if (times.ours.length === 0) throw new Error('the content script never ran in the traced visits');
    const summary = (list: Time[]): ScriptTime => ({
      mainThread: spread(list.map((t) => t.wallMs)),
      cpu: spread(list.map((t) => t.cpuMs)),
    });
    log(`  content script: ${times.ours.length} visits traced`);

    // The popup on a detected tab, opened afresh each time.
    await tab.goto('https://docs.google.com/document/d/1AbC/edit');
    const tabId = await session.tabIdOf(tab);
    // What the toolbar button opens for that tab: the address the background gives it once the page is detected.
    let address = await session.popupAddress(tabId);
    for (let wait = 0; !new URL(address).searchParams.get('service'); wait++) {
      if (wait > 100) throw new Error(`the tab's popup address names no service: ${address}`);
      await sleep(50);
      address = await session.popupAddress(tabId);
    }
    const [popup, control] = await openingsInTurn(
      session,
      [
        { address, selector: POPUP_PAINTED },
        { address: `chrome-extension://${extensionId}/control.html`, selector: CONTROL_PAINTED },
      ],
      30,
    );
    log(`  popup and its control page, in turns: ${popup.runs} openings each`);

    return {
      popup,
      controlPage: control,
      contentScript: {
        visits: times.ours.length,
        ours: summary(times.ours),
        card: summary(times.card),
        emptyScript: summary(times.emptyScript),
        oneMillisecond: summary(times.oneMillisecond),
        messageAlone: summary(times.messageAlone),
        polyfillAlone: summary(times.polyfillAlone),
        polyfillAndMessage: summary(times.polyfillAndMessage),
      },
    };
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await session.close().catch((error: unknown) => {
      if (!failed) problems.push(`Chromium session: ${error instanceof Error ? error.message : String(error)}`);
    });
    rmSync(dir, { recursive: true, force: true });
  }
}
