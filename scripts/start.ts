/**
 * `npm start`: builds the extension, then opens a real browser with it loaded and the
 * explore page open, ready for a workshop. Chromium by default (`CHROMIUM_PATH`, else
 * /usr/bin/chromium); `npm start -- --firefox` for Firefox (`FIREFOX_PATH`, else
 * /usr/bin/firefox-esr). Each browser keeps its own profile in .output/start-profile/, so a
 * place chosen for one workshop is still there for the next. Closing the browser ends it.
 *
 * `--no-build` opens what is already built.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from './catalogue-files';

export type StartBrowser = 'chromium' | 'firefox';

export interface StartOptions {
  browser: StartBrowser;
  /** Where the browser keeps its profile. */
  profile: string;
  headless?: boolean;
}

/** The moz-extension UUID the started Firefox gives the add-on, so that its pages have a known address. */
const FIREFOX_UUID = 'c1c0c0c7-5a11-4e0b-9c0d-0a1b2c3d4e5f';

const builds: Record<StartBrowser, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

function built(browser: StartBrowser): string {
  const dir = join(projectRoot, '.output', builds[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}: run npm start without --no-build.`);
  }
  return dir;
}

/** The browser, with the extension loaded and its explore page open in the front tab. */
export async function startBrowser(options: StartOptions): Promise<{ browser: Browser; explore: Page }> {
  const dir = built(options.browser);
  mkdirSync(options.profile, { recursive: true });
  if (options.browser === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: options.headless ?? false,
      defaultViewport: null,
      userDataDir: options.profile,
      enableExtensions: [dir],
      pipe: true,
      // Chromium refuses to start its sandbox as root (a container, a CI machine).
      args: ['--no-first-run', '--no-default-browser-check', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
    );
    const explore = await browser.newPage();
    await explore.goto(`chrome-extension://${new URL(worker.url()).host}/explore.html`);
    return { browser, explore };
  }
  // The profile names the build folder in a proxy file, so Firefox loads the add-on from it at
  // every start, as an installed one (its pages and storage stay, its welcome page shows once),
  // and opens the explore page itself: WebDriver BiDi may not open a moz-extension:// address.
  // Firefox ESR, Developer Edition and Nightly run such an unsigned add-on; release Firefox does not.
  const geckoId: string = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko
    .id;
  mkdirSync(join(options.profile, 'extensions'), { recursive: true });
  writeFileSync(join(options.profile, 'extensions', geckoId), dir);
  const address = `moz-extension://${FIREFOX_UUID}/explore.html`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? false,
    defaultViewport: null,
    userDataDir: options.profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile are enabled without asking.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.startupScanScopes': 15,
    },
    args: [address],
  });
  let explore: Page | undefined;
  for (let wait = 0; !explore; wait++) {
    if (wait > 200) throw new Error(`Firefox did not open ${address}: is the add-on built?`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    explore = (await browser.pages()).find((page) => page.url() === address);
  }
  return { browser, explore };
}

async function main(args: string[]): Promise<void> {
  const browser: StartBrowser = args.includes('--firefox') ? 'firefox' : 'chromium';
  if (!args.includes('--no-build')) {
    console.error(`building the ${browser === 'firefox' ? 'Firefox' : 'Chrome'} extension…`);
    execSync(browser === 'firefox' ? 'npm run build:firefox' : 'npm run build', { cwd: projectRoot, stdio: 'inherit' });
  }
  const started = await startBrowser({ browser, profile: join(projectRoot, '.output', 'start-profile', browser) });
  console.error('The explore page is open. Close the browser to stop.');
  await new Promise<void>((resolve) => started.browser.on('disconnected', () => resolve()));
}

if (process.argv[1]?.endsWith('start.ts')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
