import { parsedAddress, quickDomain, quickPath } from './address';
import type { DetectionIndex, IndexEntry } from './index-format';

export { pageDomain, parsedAddress } from './address';

/** Longest public suffix we expect in a domain family, in labels ("com.au" is 2). */
const MAX_FAMILY_SUFFIX_LABELS = 3;

/**
 * A domain's rules, compact so that a look-up touches little memory: the service when
 * one covers the whole domain; otherwise [service, path, service, path…], most specific
 * first, each path without its final "/" ("" for "/", null for the whole domain).
 */
type DomainRules = string | (string | null)[];

/** The index as look-ups want it: maps (no prototype to reach), family domains in one set. */
interface Tables {
  exact: Map<string, DomainRules>;
  subtree: Map<string, DomainRules>;
  /** Every family root with each of its suffixes: "google.co.uk", "amazon.fr". */
  familyDomains: Set<string>;
  /** The families' root labels ("google", "amazon"): far fewer, so most domains are told apart in a small set. */
  familyRoots: Set<string>;
}

const tablesOf = new WeakMap<DetectionIndex, Tables>();

const domainRules = (table: Record<string, IndexEntry[]>) =>
  new Map(
    Object.entries(table).map(([domain, entries]) => [
      domain,
      entries[0][1] === null
        ? entries[0][0]
        : entries.flatMap(([service, prefix]) => [service, prefix?.replace(/\/$/, '') ?? null]),
    ]),
  );

function tables(index: DetectionIndex): Tables {
  let prepared = tablesOf.get(index);
  if (prepared === undefined) {
    prepared = {
      exact: domainRules(index.exact),
      subtree: domainRules(index.subtree),
      familyDomains: new Set(
        Object.entries(index.families).flatMap(([root, suffixes]) => suffixes.map((suffix) => `${root}.${suffix}`)),
      ),
      familyRoots: new Set(Object.keys(index.families)),
    };
    tablesOf.set(index, prepared);
  }
  return prepared;
}

/** The path of a URL whose domain the shortcut read, read only when a rule has a path to compare. */
const readPath = (rawUrl: string, domain: string) => quickPath(rawUrl, domain) ?? new URL(rawUrl).pathname;

/** Whether `path` is `rulePath` or below it, whatever its case ("/Maps/dir" is under "/maps", "/mapsx" is not). */
function covers(path: string, rulePath: string): boolean {
  const length = rulePath.length;
  if (path.length < length || (path.length > length && path.charCodeAt(length) !== 0x2f)) return false;
  for (let i = 0; i < length; i++) {
    const code = path.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a ? code + 32 : code) !== rulePath.charCodeAt(i)) return false;
  }
  return true;
}

/** The first rule whose path covers the URL's (`path`: the URL's, when already read). */
function pick(rules: DomainRules | undefined, rawUrl: string, domain: string, path: string | null): string | null {
  if (rules === undefined) return null;
  if (typeof rules === 'string') return rules;
  for (let i = 0; i < rules.length; i += 2) {
    const rulePath = rules[i + 1];
    if (rulePath === null) return rules[i];
    path ??= readPath(rawUrl, domain);
    if (covers(path, rulePath)) return rules[i];
  }
  return null;
}

/** "www.google.co.uk" → "www.google.*" when "co.uk" belongs to the google family. */
function familyForm(domain: string, { familyDomains, familyRoots }: Tables): string | null {
  let suffixDot = domain.lastIndexOf('.');
  for (let size = 1; size <= MAX_FAMILY_SUFFIX_LABELS && suffixDot > 0; size++) {
    const rootDot = domain.lastIndexOf('.', suffixDot - 1);
    if (
      familyRoots.has(domain.slice(rootDot + 1, suffixDot)) &&
      familyDomains.has(rootDot < 0 ? domain : domain.slice(rootDot + 1))
    ) {
      return `${domain.slice(0, suffixDot)}.*`;
    }
    if (rootDot < 0) break;
    suffixDot = rootDot;
  }
  return null;
}

/** Subdomain rules for `form` and each of its parents with two labels or more, deepest first. */
function subtreeMatch(
  form: string,
  subtree: Map<string, DomainRules>,
  rawUrl: string,
  domain: string,
  path: string | null,
): string | null {
  for (let start = 0; form.indexOf('.', start) >= 0; start = form.indexOf('.', start) + 1) {
    const found = pick(subtree.get(start === 0 ? form : form.slice(start)), rawUrl, domain, path);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The id of the GAFAM service a URL belongs to, or null. Pure and total: any
 * string goes in, nothing throws. Exact domains win over subdomain rules, the
 * deepest subdomain rule wins over shallower ones, and on one domain the longest
 * matching path prefix wins.
 */
export function detectService(rawUrl: string, index: DetectionIndex): string | null {
  let domain = quickDomain(rawUrl);
  let path: string | null = null;
  if (domain === null) {
    const parsed = parsedAddress(rawUrl);
    if (parsed === null) return null;
    ({ domain, path } = parsed);
  }
  const prepared = tables(index);
  const { exact, subtree } = prepared;
  const onDomain = pick(exact.get(domain), rawUrl, domain, path);
  if (onDomain !== null) return onDomain;
  const family = familyForm(domain, prepared);
  return (
    (family === null ? null : pick(exact.get(family), rawUrl, domain, path)) ??
    subtreeMatch(domain, subtree, rawUrl, domain, path) ??
    (family === null ? null : subtreeMatch(family, subtree, rawUrl, domain, path))
  );
}
