/** Shared set-up for the real-browser tests: the built extension, offline GAFAM pages, artifacts. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/catalogue-files';

export const artifactsDir = join(projectRoot, 'artifacts');

export function screenshotPath(browser: string, name: string): string {
  const dir = join(artifactsDir, 'screenshots', browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** The built extension folder; the test command builds it first. */
export function builtExtension(target: 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3'): string {
  const dir = join(projectRoot, '.output', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}: run the build before the browser tests (npm test does).`);
  }
  return dir;
}

export function builtManifest(target: 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3'): Record<string, any> {
  return JSON.parse(readFileSync(join(builtExtension(target), 'manifest.json'), 'utf8'));
}

/**
 * A stand-in for any GAFAM page: a title, and nothing that reaches the network.
 * Tests move inside it as a single-page app would, with history.pushState.
 */
/**
 * A popup address to open as a page: opened so, the popup would describe its own tab,
 * so the tab it is for is added when the address does not name one (the default popup).
 */
export function popupFor(address: string, tabId: number): string {
  const url = new URL(address);
  if (!url.searchParams.has('tab')) url.searchParams.set('tab', String(tabId));
  return url.href;
}

export function fakePage(url: string): string {
  const host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title></head>
<body><h1>${host}</h1><p>Offline stand-in page for the extension's tests.</p></body></html>`;
}
