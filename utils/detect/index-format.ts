/**
 * The compiled detection index: plain JSON, built once from the catalogue
 * (at build time for the extension, at start-up for the command line).
 *
 * Each domain key maps to candidate entries `[serviceId, pathPrefix | null]`,
 * sorted so that the first entry whose path matches is the most specific one:
 * longest path prefix first, the domain-wide entry (null) last.
 */
export type IndexEntry = [serviceId: string, pathPrefix: string | null];

export interface DetectionIndex {
  /** Rules for exactly this domain. Family domains are stored with their `.*` suffix: "www.google.*". */
  exact: Record<string, IndexEntry[]>;
  /** Rules for this domain and all its subdomains: "youtube.com", "amazon.*". */
  subtree: Record<string, IndexEntry[]>;
  /** Domain families: the root label ("google") → the public suffixes it is used with. */
  families: Record<string, string[]>;
}
