/**
 * The catalogue at build time. Served to the extension as virtual modules:
 * - `virtual:catalogue`: the validated catalogue but its leaving guides (extension pages);
 * - `virtual:leaving-guides`: those guides, by service (loaded after a page's first frame);
 * - `virtual:background-slice`: detection index and badge facts (background);
 * - `virtual:brand-icons`: the simple-icons the catalogue names;
 * - `virtual:map-outlines`: country outlines for the hosts map (loaded on demand);
 * - `virtual:gazetteer`: French communes and nearby countries' towns (loaded on demand).
 * It also names the only domains the content script runs on. The build fails, listing every
 * problem, when `data/` does not validate.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { dataDir, loadValidCatalogue } from '../scripts/catalogue-files';
import { compileGazetteer } from '../scripts/gazetteer';
import { mapOutlines } from '../scripts/map-outlines';
import { brandIcons } from '../scripts/simple-icons';
import { manifestMatchPatterns } from '../utils/detect/compile';
import { backgroundSlice, iconSlugs, leavingGuides, pageCatalogue } from '../utils/slices';

/** The GAFAM domains the catalogue knows: the only sites the extension may read. */
export const gafamDomains = () => manifestMatchPatterns(loadValidCatalogue());

const modules: Record<string, () => unknown> = {
  'virtual:catalogue': () => pageCatalogue(loadValidCatalogue()),
  'virtual:leaving-guides': () => leavingGuides(loadValidCatalogue()),
  'virtual:background-slice': () => backgroundSlice(loadValidCatalogue()),
  'virtual:brand-icons': () => brandIcons(iconSlugs(loadValidCatalogue())),
  'virtual:map-outlines': () => mapOutlines(),
  'virtual:gazetteer': () => compileGazetteer(),
};

export function catalogueModules(): Plugin {
  return {
    name: 'circuit-court:catalogue',
    resolveId(id) {
      return Object.hasOwn(modules, id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0') || !Object.hasOwn(modules, id.slice(1))) return undefined;
      this.addWatchFile(dataDir);
      // JSON.parse of a string literal is parsed faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(modules[id.slice(1)]()))});`;
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [catalogueModules()] }));
});
