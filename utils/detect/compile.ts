import { expandFamily } from '../catalogue/families';
import type { Catalogue } from '../catalogue/schema';
import type { DetectionIndex, IndexEntry } from './index-format';

/** Most specific first: longer path prefixes before shorter ones, domain-wide entries last. */
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
      for (const pattern of rule.domains) {
        const isSubtree = pattern.startsWith('*.');
        const domain = isSubtree ? pattern.slice(2) : pattern;
        for (const path of paths) add(isSubtree ? subtree : exact, domain, [service.id, path]);
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
 * The manifest's match patterns (content script and domain permissions): https only,
 * one per domain, with domains already covered by a "*." pattern left out.
 */
export function manifestMatchPatterns(catalogue: Pick<Catalogue, 'services' | 'domainFamilies'>): string[] {
  const families: Record<string, string[]> = {};
  for (const family of catalogue.domainFamilies) families[family.id] = family.suffixes;
  const domains = new Set<string>();
  for (const service of catalogue.services) {
    for (const rule of service.match) {
      for (const pattern of rule.domains) for (const domain of expandFamily(pattern, families)) domains.add(domain);
    }
  }
  const subtrees = [...domains].filter((domain) => domain.startsWith('*.')).map((domain) => domain.slice(2));
  const covered = (domain: string) =>
    subtrees.some((root) => domain !== `*.${root}` && (domain === root || domain.endsWith(`.${root}`)));
  return [...domains]
    .filter((domain) => !covered(domain))
    .sort()
    .map((domain) => `https://${domain}/*`);
}
