/**
 * The interface texts: locales/*.json become the extension's _locales, and the toolbar's
 * tooltip comes from them (WXT would take it from the popup's <title>).
 */
import { defineWxtModule } from 'wxt/modules';
import { messageTables } from '../utils/i18n';

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', (_wxt, files) => {
    for (const [locale, messages] of Object.entries(messageTables())) {
      files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages) });
    }
  });
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    for (const action of [manifest.action, manifest.browser_action])
      if (action) action.default_title = '__MSG_actionTitle__';
  });
});
