/**
 * Serves the catalogue to the extension as build-time virtual modules:
 * - `virtual:catalogue`: the whole validated catalogue (extension pages);
 * - `virtual:background-slice`: detection index and badge facts (background);
 * - `virtual:brand-icons`: the simple-icons the catalogue names;
 * - `virtual:map-outlines`: country outlines for the hosts map (loaded on demand);
 * - `virtual:gazetteer`: French communes and nearby countries' towns (loaded on demand).
 * The build fails, listing every problem, when `data/` does not validate.
 */
import type { Plugin } from 'vite';
import { backgroundSlice, iconSlugs } from '../utils/catalogue/slices';
import { dataDir, loadValidCatalogue } from './catalogue-files';
import { compileGazetteer } from './gazetteer';
import { mapOutlines } from './map-outlines';
import { brandIcons } from './simple-icons';

const modules: Record<string, () => unknown> = {
  'virtual:catalogue': () => loadValidCatalogue(),
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
