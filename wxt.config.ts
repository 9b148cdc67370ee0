import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { loadValidCatalogue } from './scripts/catalogue-files';
import { catalogueModules } from './scripts/vite-catalogue';
import { polyfillAsModule } from './scripts/vite-polyfill';
import { manifestMatchPatterns } from './utils/detect/compile';
import { messageTables } from './utils/i18n';

/** The GAFAM hosts the catalogue knows: the only sites the extension may read. */
const gafamHosts = () => manifestMatchPatterns(loadValidCatalogue());

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
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: ({ mode }) => ({
    plugins: [preact(), catalogueModules(), polyfillAsModule()],
    // The test build runs the store build's very code (built with NODE_ENV=production, see
    // package.json's build:e2e): only its manifest differs.
    ...(mode === 'e2e' && { define: { 'import.meta.env.MODE': JSON.stringify('production') } }),
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: gafamHosts(),
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
    excludeSources: ['tests/**', 'artifacts/**', 'import-candidates/**', 'bench/results.json', '*.log'],
  },
  hooks: {
    // WXT takes the toolbar tooltip from the popup's <title>; it must come from the locales.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_title = '__MSG_actionTitle__';
    },
    // The content script runs on the catalogue's hosts only, never on <all_urls>.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script') entrypoint.options.matches = gafamHosts();
      }
    },
    // The popup is built on its own, so that it loads one script rather than the pages' shared
    // chunks: each file an extension page fetches adds a round trip to the browser process.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entrypoint) => entrypoint.type === 'popup');
        if (popup < 0) continue;
        groups.push(group.splice(popup, 1));
        return;
      }
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(messageTables())) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages) });
      }
    },
  },
});
