/**
 * Two addresses are one site when they differ only by "www.", a trailing slash or letter case:
 * `check` refuses two entries at one site, and the collected candidates say which are already listed.
 */
export function siteKey(website: string): string | null {
  try {
    const url = new URL(website);
    return `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return null;
  }
}
