/**
 * The muted sites' rules in one place, for the settings page and the background alike: what
 * an address a person pastes becomes, how the list grows and shrinks, and which pages a muted
 * site silences.
 */
import { parsedAddress } from './detect/detect';
import { MutedSite } from './settings';

/** "https://Mail.Google.com./inbox" → "mail.google.com": people paste addresses, the setting keeps domains. */
export function mutedSiteFrom(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let domain: string;
  try {
    domain = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  domain = domain.replace(/\.+$/, '');
  return MutedSite.safeParse(domain).success ? domain : null;
}

/** The list with one more site, once, in order. */
export function withMutedSite(sites: readonly string[], domain: string): string[] {
  return sites.includes(domain) ? [...sites] : [...sites, domain].sort();
}

/** The list without a site. */
export function withoutMutedSite(sites: readonly string[], domain: string): string[] {
  return sites.filter((site) => site !== domain);
}

/** A muted site silences its subdomains too: muting "google.com" quiets mail.google.com. */
export function isMuted(url: string, sites: readonly string[]): boolean {
  const domain = parsedAddress(url)?.domain;
  return domain !== undefined && sites.some((site) => domain === site || domain.endsWith(`.${site}`));
}
