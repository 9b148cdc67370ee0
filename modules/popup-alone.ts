/**
 * The popup is built on its own, so that it loads one script rather than the pages' shared
 * chunks: each file an extension page fetches adds a round trip to the browser process. So is
 * its control page in the bench's build (modules/bench-control.ts), to load the same way.
 */
import { defineWxtModule } from 'wxt/modules';
import { CONTROL_PAGE } from './bench-control';

export default defineWxtModule((wxt) => {
  wxt.hook('entrypoints:grouped', (_wxt, groups) => {
    for (const group of [...groups]) {
      if (!Array.isArray(group) || group.length < 2) continue;
      const alone = group.filter((entrypoint) => entrypoint.type === 'popup' || entrypoint.name === CONTROL_PAGE);
      for (const entrypoint of alone) groups.push([group.splice(group.indexOf(entrypoint), 1)[0]]);
    }
  });
});
