import { expandFamily } from '../catalogue/families';
import type { Catalogue } from '../catalogue/schema';
import type { DetectionIndex, IndexEntry } from './index-format';

/** Most specific first: longer path prefixes before shorter ones, host-wide entries last. */
function bySpecificity(a: IndexEntry, b: IndexEntry): number {
  const lengthA = a[1] === null ? -1 : a[1].length;
  const lengthB = b[1] === null ? -1 : b[1].length;
  return lengthB - lengthA;
}

function add(table: Record<string, IndexEntry[]>, key: string, entry: IndexEntry): void {
  table[key] ??= [];
  table[key].push(entry);
}

/** Builds the detection index once; `detectService` then costs a few map look-ups per URL. */
export function compileIndex(catalogue: Pick<Catalogue, 'services' | 'domainFamilies'>): DetectionIndex {
  const exact: Record<string, IndexEntry[]> = {};
  const subtree: Record<string, IndexEntry[]> = {};
  for (const service of catalogue.services) {
    for (const rule of service.match) {
      const paths = rule.paths?.map((path) => path.toLowerCase()) ?? [null];
      for (const pattern of rule.hosts) {
        const isSubtree = pattern.startsWith('*.');
        const host = isSubtree ? pattern.slice(2) : pattern;
        for (const path of paths) add(isSubtree ? subtree : exact, host, [service.id, path]);
      }
    }
  }
  for (const table of [exact, subtree]) {
    for (const entries of Object.values(table)) entries.sort(bySpecificity);
  }
  const families: Record<string, string[]> = {};
  for (const family of catalogue.domainFamilies) families[family.id] = [...family.suffixes];
  return { exact, subtree, families };
}

/**
 * The manifest's match patterns (content script and host permissions): https only,
 * one per host, with hosts already covered by a "*." pattern left out.
 */
export function manifestMatchPatterns(catalogue: Pick<Catalogue, 'services' | 'domainFamilies'>): string[] {
  const families: Record<string, string[]> = {};
  for (const family of catalogue.domainFamilies) families[family.id] = family.suffixes;
  const hosts = new Set<string>();
  for (const service of catalogue.services) {
    for (const rule of service.match) {
      for (const pattern of rule.hosts) for (const host of expandFamily(pattern, families)) hosts.add(host);
    }
  }
  const subtrees = [...hosts].filter((host) => host.startsWith('*.')).map((host) => host.slice(2));
  const covered = (host: string) =>
    subtrees.some((root) => host !== `*.${root}` && (host === root || host.endsWith(`.${root}`)));
  return [...hosts]
    .filter((host) => !covered(host))
    .sort()
    .map((host) => `https://${host}/*`);
}
