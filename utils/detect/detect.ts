import type { DetectionIndex, IndexEntry } from './index-format';

/** Longest public suffix we expect in a domain family, in labels ("com.au" is 2). */
const MAX_FAMILY_SUFFIX_LABELS = 3;

/**
 * The host a URL really points to, in the form the catalogue uses, or null when
 * the URL is not a web page. The WHATWG URL parser already lower-cases, turns IDN
 * into punycode, drops the port and the userinfo; only the trailing dot is left.
 */
export function pageHost(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/\.+$/, '');
  // IPv6 literals and bare labels cannot be a GAFAM site.
  if (host.length === 0 || host.startsWith('[') || !host.includes('.')) return null;
  return host;
}

/** Safe property read: hosts such as "__proto__" must not reach the prototype. */
function entriesFor(table: Record<string, IndexEntry[]>, key: string): IndexEntry[] | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function pathMatches(path: string, prefix: string): boolean {
  if (prefix === '/') return true;
  const bare = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return path === bare || path.startsWith(bare + '/');
}

function pick(entries: IndexEntry[] | undefined, path: string): string | null {
  if (!entries) return null;
  for (const [service, prefix] of entries) {
    if (prefix === null || pathMatches(path, prefix)) return service;
  }
  return null;
}

/** "www.google.co.uk" → "www.google.*" when "co.uk" belongs to the google family. */
function familyForm(labels: string[], families: DetectionIndex['families']): string | null {
  for (let size = 1; size <= MAX_FAMILY_SUFFIX_LABELS && size < labels.length; size++) {
    const root = labels[labels.length - size - 1];
    const suffix = labels.slice(labels.length - size).join('.');
    if (Object.hasOwn(families, root) && families[root].includes(suffix)) {
      return [...labels.slice(0, labels.length - size), '*'].join('.');
    }
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
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const host = pageHost(url);
  if (host === null) return null;
  const path = url.pathname.toLowerCase();
  const labels = host.split('.');
  const family = familyForm(labels, index.families);
  const forms = family === null ? [host] : [host, family];

  for (const form of forms) {
    const found = pick(entriesFor(index.exact, form), path);
    if (found !== null) return found;
  }
  for (const form of forms) {
    const formLabels = form.split('.');
    for (let start = 0; start < formLabels.length - 1; start++) {
      const found = pick(entriesFor(index.subtree, formLabels.slice(start).join('.')), path);
      if (found !== null) return found;
    }
  }
  return null;
}
