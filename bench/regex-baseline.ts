/**
 * The baseline detection is measured against: a list of per-service regular
 * expressions tested in order until one matches, as popular redirect extensions
 * do. Written to be fair and correct, not to lose:
 *
 * - the URL is parsed and normalised exactly as detectService does (the standard
 *   URL parser, through `parsedAddress`), so both pay the same parsing cost;
 * - each regular expression is anchored, with escaped dots, and tests
 *   "domain + path": `^(?:[^/]*\.)?youtube\.com/` for "*.youtube.com",
 *   `^docs\.google\.com/spreadsheets(?:/|$)` for a path prefix, and one
 *   alternation of the family's suffixes for "www.google.*";
 * - one expression per rule, domains and paths of the rule in alternations
 *   (split only where the priority order requires it);
 * - the list is ordered so that the first match is the answer detectService
 *   gives: exact domains before country-domain forms before subdomain rules,
 *   deeper subdomain rules first, longer path prefixes first, then catalogue order.
 *
 * tests/unit/bench-detection.test.ts checks it gives detectService's answers.
 */
import { parsedAddress } from '../utils/detect/detect';
import type { DetectionCatalogue } from './synthetic-catalogue';

export interface RegexRule {
  service: string;
  pattern: RegExp;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The same length detectService's index sorts path prefixes by (null: domain-wide, last). */
const pathLength = (path: string | null) => (path === null ? -1 : path.length);

/** Whether `longer` is a path prefix strictly below `shorter` ("/store/books" under "/store"). */
function extendsPath(longer: string, shorter: string): boolean {
  const bare = shorter.endsWith('/') ? shorter.slice(0, -1) : shorter;
  return longer !== shorter && (shorter === '/' || longer.startsWith(`${bare}/`));
}

interface Entry {
  service: string;
  /** 0 exact domain, 1 exact country-domain form, 2 subdomain rule, 3 subdomain rule on a country-domain form. */
  rank: number;
  /** Labels of the domain key: a deeper subdomain rule wins over a shallower one. */
  depth: number;
  domains: string[];
  paths: (string | null)[];
  order: number;
}

function domainSource(pattern: string, families: Record<string, string[]>): string {
  const subtree = pattern.startsWith('*.');
  const domain = subtree ? pattern.slice(2) : pattern;
  let source: string;
  if (domain.endsWith('.*')) {
    const stem = domain.slice(0, -2);
    const suffixes = [...(families[stem.split('.').at(-1)!] ?? [])].sort((a, b) => b.length - a.length);
    source = `${escapeRegex(stem)}\\.(?:${suffixes.map(escapeRegex).join('|')})`;
  } else {
    source = escapeRegex(domain);
  }
  // Any subdomain, empty labels included, as the URL parser may leave them.
  return subtree ? `(?:[^/]*\\.)?${source}` : source;
}

function pathSource(path: string | null): string {
  if (path === null || path === '/') return '/';
  const bare = path.endsWith('/') ? path.slice(0, -1) : path;
  return `${escapeRegex(bare)}(?:/|$)`;
}

/** The ordered list of regular expressions for a catalogue. */
export function compileRegexBaseline(catalogue: DetectionCatalogue): RegexRule[] {
  const families = Object.fromEntries(catalogue.domainFamilies.map((family) => [family.id, family.suffixes]));
  // Every path prefix of every service, to know which may share one expression.
  const allPaths = catalogue.services.flatMap((service) =>
    service.match.flatMap((rule) =>
      (rule.paths ?? []).map((path) => ({ service: service.id, path: path.toLowerCase() })),
    ),
  );
  const entries: Entry[] = [];
  let order = 0;
  for (const service of catalogue.services) {
    for (const rule of service.match) {
      const paths = rule.paths?.map((path) => path.toLowerCase()) ?? [null];
      // A path another service refines ("/store" under its "/store/books") keeps its own place in the order.
      const alone = paths.filter(
        (path) =>
          path !== null && allPaths.some((other) => other.service !== service.id && extendsPath(other.path, path)),
      );
      const together = paths.filter((path) => !alone.includes(path));
      const groups = [...(together.length > 0 ? [together] : []), ...alone.map((path) => [path])];
      const byPlace = new Map<string, string[]>();
      for (const pattern of rule.domains) {
        const subtree = pattern.startsWith('*.');
        const family = pattern.endsWith('.*');
        const rank = (subtree ? 2 : 0) + (family ? 1 : 0);
        // Exact domains never compete with each other; subdomain rules compete by depth.
        const depth = subtree ? pattern.slice(2).split('.').length : 0;
        const place = `${rank}:${depth}`;
        byPlace.set(place, [...(byPlace.get(place) ?? []), pattern]);
      }
      for (const [place, domains] of byPlace) {
        const [rank, depth] = place.split(':').map(Number);
        for (const group of groups)
          entries.push({ service: service.id, rank, depth, domains, paths: group, order: order++ });
      }
    }
  }
  const longest = (paths: (string | null)[]) => Math.max(...paths.map(pathLength));
  entries.sort(
    (a, b) => a.rank - b.rank || b.depth - a.depth || longest(b.paths) - longest(a.paths) || a.order - b.order,
  );
  return entries.map((entry) => {
    const domains = entry.domains.map((domain) => domainSource(domain, families));
    const paths = entry.paths.map(pathSource);
    const either = (sources: string[]) => (sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`);
    return { service: entry.service, pattern: new RegExp(`^${either(domains)}${either(paths)}`) };
  });
}

/** The baseline: the first expression that matches "domain + path", in order. */
export function detectWithRegexes(rawUrl: string, rules: readonly RegexRule[]): string | null {
  const parsed = parsedAddress(rawUrl);
  if (parsed === null) return null;
  const subject = parsed.domain + parsed.path.toLowerCase();
  for (const rule of rules) if (rule.pattern.test(subject)) return rule.service;
  return null;
}
