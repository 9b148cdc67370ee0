import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { gafamDomains } from './modules/catalogue';

/**
 * The add-on's id on addons.mozilla.org. Firefox keys the user's stored settings
 * and every update to it: it must never change once published.
 */
const GECKO_ID = 'circuit-court@circuit-court';

/**
 * The extension's own pages. Only the test build (`--mode e2e`) lists them as
 * web-accessible, so that a test page on loopback can open them in Firefox; the
 * store builds expose nothing to websites (tests/browser/manifest.test.ts).
 */
const E2E_WEB_ACCESSIBLE_PAGES = ['popup.html', 'options.html', 'explore.html', 'privacy.html', 'welcome.html'];

export default defineConfig({
  // Besides this one, the modules in modules/: the catalogue, the locales, the polyfill as a
  // module, the popup built alone, the page reporter built as a plain script.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: ({ mode }) => ({
    plugins: [preact()],
    // The test build runs the store build's very code (built with NODE_ENV=production, see
    // package.json's build:e2e): only its manifest differs. The bench's build adds one page
    // and changes nothing else (bench/run.ts checks it file by file).
    ...((mode === 'e2e' || mode === 'bench') && { define: { 'import.meta.env.MODE': JSON.stringify('production') } }),
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`: the background injects the in-page card only into the pages that get one
    // (no install warning, in either browser: tests/browser/manifest.test.ts).
    permissions: ['storage', 'scripting'],
    host_permissions: gafamDomains(),
    // The page's reporter, on the catalogue's domains only (never <all_urls>), in top frames, at
    // the very start of the page. A plain script, not a WXT content script: it carries nothing
    // a page could see or stop, and calls nothing before the page goes on (modules/page-reporter.ts).
    content_scripts: [{ matches: gafamDomains(), js: ['gafam.js'], run_at: 'document_start' }],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions is understood from Firefox 140 (142 on Android).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    ...(mode === 'e2e' && {
      web_accessible_resources: [{ resources: E2E_WEB_ACCESSIBLE_PAGES, matches: ['<all_urls>'] }],
    }),
  }),
  zip: {
    // The sources addons.mozilla.org asks for: what builds the extension, nothing else.
    excludeSources: ['tests/**', 'artifacts/**', 'collected/**', 'bench/results.json', '*.log'],
  },
});
