/**
 * The popup is built on its own, so that it loads one script rather than the pages' shared
 * chunks: each file an extension page fetches adds a round trip to the browser process.
 */
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule((wxt) => {
  wxt.hook('entrypoints:grouped', (_wxt, groups) => {
    for (const group of groups) {
      if (!Array.isArray(group) || group.length < 2) continue;
      const popup = group.findIndex((entrypoint) => entrypoint.type === 'popup');
      if (popup < 0) continue;
      groups.push(group.splice(popup, 1));
      return;
    }
  });
});
