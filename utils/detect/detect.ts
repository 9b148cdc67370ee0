import { parsedAddress, quickHost, quickPath } from './address';
import type { DetectionIndex, IndexEntry } from './index-format';

export { pageHost, parsedAddress } from './address';

/** Longest public suffix we expect in a domain family, in labels ("com.au" is 2). */
const MAX_FAMILY_SUFFIX_LABELS = 3;

/**
 * A host's rules, compact so that a look-up touches little memory: the service when
 * one covers the whole host; otherwise [service, path, service, path…], most specific
 * first, each path without its final "/" ("" for "/", null for the whole host).
 */
type HostRules = string | (string | null)[];

/** The index as look-ups want it: maps (no prototype to reach), family domains in one set. */
interface Tables {
  exact: Map<string, HostRules>;
  subtree: Map<string, HostRules>;
  /** Every family root with each of its suffixes: "google.co.uk", "amazon.fr". */
  familyDomains: Set<string>;
  /** The families' root labels ("google", "amazon"): far fewer, so most hosts are told apart in a small set. */
  familyRoots: Set<string>;
}

const tablesOf = new WeakMap<DetectionIndex, Tables>();

const hostRules = (table: Record<string, IndexEntry[]>) =>
  new Map(
    Object.entries(table).map(([host, entries]) => [
      host,
      entries[0][1] === null
        ? entries[0][0]
        : entries.flatMap(([service, prefix]) => [service, prefix?.replace(/\/$/, '') ?? null]),
    ]),
  );

function tables(index: DetectionIndex): Tables {
  let prepared = tablesOf.get(index);
  if (prepared === undefined) {
    prepared = {
      exact: hostRules(index.exact),
      subtree: hostRules(index.subtree),
      familyDomains: new Set(
        Object.entries(index.families).flatMap(([root, suffixes]) => suffixes.map((suffix) => `${root}.${suffix}`)),
      ),
      familyRoots: new Set(Object.keys(index.families)),
    };
    tablesOf.set(index, prepared);
  }
  return prepared;
}

/** The path of a URL whose host the shortcut read, read only when a rule has a path to compare. */
const readPath = (rawUrl: string, host: string) => quickPath(rawUrl, host) ?? new URL(rawUrl).pathname;

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
function pick(rules: HostRules | undefined, rawUrl: string, host: string, path: string | null): string | null {
  if (rules === undefined) return null;
  if (typeof rules === 'string') return rules;
  for (let i = 0; i < rules.length; i += 2) {
    const rulePath = rules[i + 1];
    if (rulePath === null) return rules[i];
    path ??= readPath(rawUrl, host);
    if (covers(path, rulePath)) return rules[i];
  }
  return null;
}

/** "www.google.co.uk" → "www.google.*" when "co.uk" belongs to the google family. */
function familyForm(host: string, { familyDomains, familyRoots }: Tables): string | null {
  let suffixDot = host.lastIndexOf('.');
  for (let size = 1; size <= MAX_FAMILY_SUFFIX_LABELS && suffixDot > 0; size++) {
    const rootDot = host.lastIndexOf('.', suffixDot - 1);
    if (
      familyRoots.has(host.slice(rootDot + 1, suffixDot)) &&
      familyDomains.has(rootDot < 0 ? host : host.slice(rootDot + 1))
    ) {
      return `${host.slice(0, suffixDot)}.*`;
    }
    if (rootDot < 0) break;
    suffixDot = rootDot;
  }
  return null;
}

/** Subdomain rules for `form` and each of its parents with two labels or more, deepest first. */
function subtreeMatch(
  form: string,
  subtree: Map<string, HostRules>,
  rawUrl: string,
  host: string,
  path: string | null,
): string | null {
  for (let start = 0; form.indexOf('.', start) >= 0; start = form.indexOf('.', start) + 1) {
    const found = pick(subtree.get(start === 0 ? form : form.slice(start)), rawUrl, host, path);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The id of the GAFAM service a URL belongs to, or null. Pure and total: any
 * string goes in, nothing throws. Exact hosts win over subdomain rules, the
 * deepest subdomain rule wins over shallower ones, and on one host the longest
 * matching path prefix wins.
 */
export function detectService(rawUrl: string, index: DetectionIndex): string | null {
  let host = quickHost(rawUrl);
  let path: string | null = null;
  if (host === null) {
    const parsed = parsedAddress(rawUrl);
    if (parsed === null) return null;
    ({ host, path } = parsed);
  }
  const prepared = tables(index);
  const { exact, subtree } = prepared;
  const onHost = pick(exact.get(host), rawUrl, host, path);
  if (onHost !== null) return onHost;
  const family = familyForm(host, prepared);
  return (
    (family === null ? null : pick(exact.get(family), rawUrl, host, path)) ??
    subtreeMatch(host, subtree, rawUrl, host, path) ??
    (family === null ? null : subtreeMatch(family, subtree, rawUrl, host, path))
  );
}
