/**
 * Bundles webextension-polyfill (a UMD file) as an ES module whose default export is
 * its `module.exports`. Left as CommonJS, the bundler's interop copies every property
 * of the export onto a namespace object; where the browser has a native `browser`
 * (Firefox, recent Chromium) the export is that object, and reading each property's
 * descriptor sets up every extension API the context has, at every start of every
 * script (about 0.5 ms of the content script in Chromium), for the one or two it uses.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

export function polyfillAsModule(): Plugin {
  return {
    name: 'circuit-court:polyfill-as-module',
    transform: {
      filter: { id: POLYFILL },
      handler(code) {
        // `exports` defined: the UMD header takes its CommonJS branch, which writes no global.
        return {
          code: `const module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`,
          map: null,
        };
      },
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [polyfillAsModule()] }));
});
