import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { loadValidCatalogue } from './scripts/catalogue-files';
import { catalogueModules } from './scripts/vite-catalogue';
import { manifestMatchPatterns } from './utils/detect/compile';
import { messageTables } from './utils/i18n';

/** The GAFAM hosts the catalogue knows: the only sites the extension may read. */
const gafamHosts = () => manifestMatchPatterns(loadValidCatalogue());

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), catalogueModules()] }),
  manifest: () => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: gafamHosts(),
    action: { default_title: '__MSG_actionTitle__' },
  }),
  hooks: {
    // The content script runs on the catalogue's hosts only, never on <all_urls>.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script') entrypoint.options.matches = gafamHosts();
      }
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(messageTables())) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages) });
      }
    },
  },
});
