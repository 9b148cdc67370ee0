/**
 * Reading an address the way detection needs it: its domain in the catalogue's form
 * and its path. The standard URL parser decides; this file adds a
 * shortcut for the common case, a plain "https://domain/path" whose domain is already
 * lower-case ASCII, where the parser's answer is known without running it. Whatever
 * the shortcut is not sure of, it declines, and the parser reads the address.
 * tests/unit/address.test.ts checks on generated addresses that every answer the
 * shortcut gives is the parser's.
 */

/**
 * The domain a URL really points to, in the form the catalogue uses, or null when
 * the URL is not a web page. The WHATWG URL parser already lower-cases, turns IDN
 * into punycode, drops the port and the userinfo; only the trailing dot is left.
 */
export function pageDomain(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const domain = url.hostname.replace(/\.+$/, '');
  // IPv6 literals and bare labels cannot be a GAFAM site.
  if (domain.length === 0 || domain.startsWith('[') || !domain.includes('.')) return null;
  return domain;
}

/** An address as the standard URL parser reads it: its domain (as `pageDomain` gives it) and path, or null. */
export function parsedAddress(address: string): { domain: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const domain = pageDomain(url);
  return domain === null ? null : { domain, path: url.pathname };
}

const SLASH = 0x2f;
const QUESTION_MARK = 0x3f;
const HASH = 0x23;
const DOT = 0x2e;

const table = (characters: string) => {
  const allowed = new Uint8Array(128);
  for (const character of characters) allowed[character.charCodeAt(0)] = 1;
  return allowed;
};
const LOWER_CASE_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Domain characters the URL parser leaves as they are (no upper case: it would lower it; no ":": a port). */
const HOST_CHARACTERS = table(`${LOWER_CASE_ALPHANUMERIC}-.`);
/** Path characters the URL parser leaves as they are: no "%" (it may hide a dot segment), no "\\" (read as "/"). */
const PATH_CHARACTERS = table(`${LOWER_CASE_ALPHANUMERIC}ABCDEFGHIJKLMNOPQRSTUVWXYZ-._~!$&'()*+,;=:@/`);

/** Where the domain starts: after "https://" or "http://", written exactly so; 0 when not. */
function domainStart(address: string): number {
  if (address.startsWith('https://')) return 8;
  if (address.startsWith('http://')) return 7;
  return 0;
}

/**
 * The domain of a plain http(s) address, as `pageDomain` would give it, or null when the
 * URL parser must decide (upper case, IDN, punycode, ports, userinfo, IP addresses,
 * empty labels, anything unusual).
 */
export function quickDomain(address: string): string | null {
  const start = domainStart(address);
  if (start === 0) return null;
  let end = start;
  for (; end < address.length; end++) {
    const code = address.charCodeAt(end);
    if (code === SLASH || code === QUESTION_MARK || code === HASH) break;
    if (code >= 128 || HOST_CHARACTERS[code] === 0) return null;
  }
  while (end > start && address.charCodeAt(end - 1) === DOT) end--;
  if (end === start || address.charCodeAt(start) === DOT) return null;
  const domain = address.slice(start, end);
  // Empty labels, and punycode labels the parser would check and may refuse.
  if (domain.includes('..') || domain.includes('xn--')) return null;
  const lastDot = domain.lastIndexOf('.');
  if (lastDot < 0) return null;
  // A last label starting with a digit may make the domain an IPv4 address.
  const first = domain.charCodeAt(lastDot + 1);
  if (first < 0x61 || first > 0x7a) return null;
  return domain;
}

/**
 * The path of an address whose domain `quickDomain` read, as the URL parser would give
 * it, or null when the parser must decide (percent signs, backslashes, dot segments,
 * spaces, anything it would encode or resolve).
 */
export function quickPath(address: string, domain: string): string | null {
  let pathStart = domainStart(address) + domain.length;
  // The domain's trailing dots, which quickDomain left out.
  while (address.charCodeAt(pathStart) === DOT) pathStart++;
  if (pathStart >= address.length || address.charCodeAt(pathStart) !== SLASH) return '/';
  let at = pathStart;
  for (; at < address.length; at++) {
    const code = address.charCodeAt(at);
    if (code === QUESTION_MARK || code === HASH) break;
    if (code >= 128 || PATH_CHARACTERS[code] === 0) return null;
    // A segment starting with a dot may be "." or "..", which the parser resolves.
    if (code === DOT && address.charCodeAt(at - 1) === SLASH) return null;
  }
  return address.slice(pathStart, at);
}
