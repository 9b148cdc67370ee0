/**
 * The bench's build (`wxt build --mode bench`) adds one page to the extension: the popup's
 * control (bench/control-page), so that both are timed from the same build in the same run.
 * No other build has it.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export const CONTROL_PAGE = 'control';

export default defineWxtModule((wxt) => {
  wxt.hook('entrypoints:found', (_wxt, infos) => {
    if (wxt.config.mode !== 'bench') return;
    infos.push({
      name: CONTROL_PAGE,
      inputPath: resolve(wxt.config.root, 'bench', 'control-page', 'index.html'),
      type: 'unlisted-page',
    });
  });
});
