/** The built manifests, Chrome's and Firefox's, ask for exactly what the extension needs, nothing more. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { manifestMatchPatterns } from '../../utils/detect/compile';
import { catalogue } from './catalogue';
import { builtFirefoxTestExtension } from './firefox';
import { builtExtension, builtManifest } from './harness';

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the built %s manifest', (build) => {
  const manifest = builtManifest(build);
  const gafamDomains = manifestMatchPatterns(catalogue);

  it('runs one content script, the page reporter, in top frames, at the start of pages on the catalogue domains', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect([...script.matches].sort()).toEqual([...gafamDomains].sort());
    expect(script.js).toEqual(['gafam.js']);
    expect(script.run_at).toBe('document_start');
    expect(script.all_frames ?? false).toBe(false);
  });

  it('ships the card as a script of its own, injected only where a card shows, and its reporter without the polyfill', () => {
    const dir = builtExtension(build);
    expect(readFileSync(join(dir, 'notice.js'), 'utf8')).toContain('circuit-court-notice');
    const reporter = readFileSync(join(dir, 'gafam.js'), 'utf8');
    expect(reporter).not.toContain('attachShadow');
    // webextension-polyfill's own error text: in the background, not in the reporter.
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(polyfill);
    expect(reporter).not.toContain(polyfill);
  });

  it('ships its reporter as a classic script that reports the address at once and declares no global', () => {
    const reporter = readFileSync(join(builtExtension(build), 'gafam.js'), 'utf8');
    const sent: unknown[] = [];
    const runtime = { id: 'x', sendMessage: async (message: unknown) => sent.push(message) };
    const world = createContext({
      [build === 'firefox-mv2' ? 'browser' : 'chrome']: { runtime },
      location: { href: 'https://docs.google.com/document/d/1AbC/edit' },
      navigation: { addEventListener() {}, removeEventListener() {} },
      document: { readyState: 'loading' },
    });
    const before = new Set(Object.getOwnPropertyNames(runInContext('globalThis', world)));
    new Script(reporter).runInContext(world);
    expect(sent).toEqual([{ type: 'page', url: 'https://docs.google.com/document/d/1AbC/edit' }]);
    const declared = Object.getOwnPropertyNames(runInContext('globalThis', world)).filter((name) => !before.has(name));
    expect(declared).toEqual([]);
    // Nor lexically: a script's top-level let or const would clash with the same name in another script of the world.
    expect(() => new Script(reporter).runInContext(world)).not.toThrow();
  });

  it("leaves an updated extension's cards to the Firefox build's reporter: only Firefox runs it in pages already loaded", () => {
    const reporter = readFileSync(join(builtExtension(build), 'gafam.js'), 'utf8');
    expect(reporter.includes('readyState')).toBe(build === 'firefox-mv2');
    // Each build reaches the browser's own promise API by the name it has there.
    expect(reporter).toContain(build === 'firefox-mv2' ? 'globalThis.browser' : 'globalThis.chrome');
  });

  it("keeps zod and the leaving guides out of the popup's first script: they come in chunks it loads later", () => {
    const dir = builtExtension(build);
    const chunk = (file: string) => readFileSync(join(dir, file), 'utf8');
    const first = /<script[^>]*src="\/([^"]+)"/.exec(chunk('popup.html'))![1];
    const later = readdirSync(join(dir, 'chunks'))
      .map((name) => `chunks/${name}`)
      .filter((file) => file !== first && file.endsWith('.js'));
    const guide = catalogue.services.find((service) => service.leaving)!.leaving!.steps.en.slice(0, 40);
    for (const [what, text] of [
      ['zod', '$ZodError'],
      ['a leaving guide', guide],
    ]) {
      expect(chunk(first), what).not.toContain(text);
      expect(later.filter((file) => chunk(file).includes(text)).length, what).toBeGreaterThan(0);
    }
  });

  it('exposes no page to websites', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('is named through the locales, French and English', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect((manifest.action ?? manifest.browser_action).default_title).toBe('__MSG_actionTitle__');
    expect(manifest.default_locale).toBe('en');
  });
});

describe('the built Chrome manifest', () => {
  const manifest = builtManifest('chrome-mv3');
  const gafamDomains = manifestMatchPatterns(catalogue);

  it('is Manifest V3 and asks for storage, scripting (to inject the card) and the catalogue domains only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(gafamDomains);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https:\/\/\*\/\*/);
  });
});

describe('the built Firefox manifest', () => {
  const manifest = builtManifest('firefox-mv2');
  const gafamDomains = manifestMatchPatterns(catalogue);

  it('is Manifest V2 and asks for storage, scripting (to inject the card) and the catalogue domains only', () => {
    // Manifest V2: Firefox grants its domain permissions at install, and keeps them granted (README, Firefox).
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions.slice(0, 2)).toEqual(['storage', 'scripting']);
    expect(manifest.permissions.slice(2)).toEqual(gafamDomains);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https:\/\/\*\/\*/);
  });

  it('has a stable add-on id, declares that it collects no data, and names the Firefox versions it needs', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'circuit-court@circuit-court',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('has the toolbar button, its popup and the settings page, in Manifest V2 terms', () => {
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.action).toBeUndefined();
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
  });
});

describe('the Firefox test build', () => {
  const store = builtExtension('firefox-mv2');
  const test = builtFirefoxTestExtension();
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort();

  it('is the store build, file for file, but for its manifest', () => {
    expect(files(test)).toEqual(files(store));
    for (const file of files(store).filter((name) => name !== 'manifest.json')) {
      expect(readFileSync(join(test, file)).equals(readFileSync(join(store, file))), file).toBe(true);
    }
  });

  it('adds only the key that lets a test page open the extension’s pages', () => {
    const { web_accessible_resources: pages, ...rest } = JSON.parse(readFileSync(join(test, 'manifest.json'), 'utf8'));
    expect(rest).toEqual(builtManifest('firefox-mv2'));
    expect(pages).toEqual(['popup.html', 'options.html', 'explore.html', 'privacy.html', 'welcome.html']);
    for (const page of pages) expect(files(store)).toContain(page);
  });
});
