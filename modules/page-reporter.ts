/**
 * The page reporter (entrypoints/gafam, shipped as `gafam.js`, the manifest's content script)
 * is built here as a plain script rather than as a WXT unlisted script, whose wrapper calls
 * three functions before the script's own: on every GAFAM page, each call made before the page
 * goes on cost more than the Navigation API's listener (bench/README.md). Its statements
 * run at the script's top level, inside a block under strict mode, so that nothing it declares
 * becomes a global of the isolated world it shares with the card's script.
 */
import { resolve } from 'node:path';
import { build } from 'rolldown';
import { defineWxtModule } from 'wxt/modules';

const REPORTER = 'gafam';

/** The reporter for one browser: `import.meta.env.FIREFOX` decided, minified, a classic script. */
async function buildReporter(root: string, browser: string): Promise<string> {
  const { output } = await build({
    input: resolve(root, 'entrypoints', REPORTER, 'index.ts'),
    write: false,
    resolve: { alias: { '@': root } },
    transform: { define: { 'import.meta.env.FIREFOX': JSON.stringify(browser === 'firefox') } },
    output: { format: 'esm', minify: true },
  });
  const [chunk, ...others] = output;
  // A classic script can neither import nor export: everything must be in the one chunk.
  if (others.length > 0 || chunk.imports.length > 0 || chunk.exports.length > 0) {
    throw new Error(`${REPORTER}: the page reporter must build to one script that imports and exports nothing`);
  }
  return `"use strict";{${chunk.code.trim()}}\n`;
}

export default defineWxtModule((wxt) => {
  // WXT would wrap it as an unlisted script: it is built below instead.
  wxt.hook('entrypoints:found', (_wxt, infos) => {
    const index = infos.findIndex((info) => info.name === REPORTER);
    if (index >= 0) infos.splice(index, 1);
  });
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push({
      relativeDest: `${REPORTER}.js`,
      contents: await buildReporter(wxt.config.root, wxt.config.browser),
    });
  });
});
