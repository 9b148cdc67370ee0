/** Country-domain families: a domain pattern ending in ".*" stands for every domain of its family. */

/** "www.google.*" → ["www.google.com", "www.google.fr", …]; other patterns are returned as they are. */
export function expandFamily(pattern: string, families: Record<string, string[]>): string[] {
  if (!pattern.endsWith('.*')) return [pattern];
  const stem = pattern.slice(0, -2);
  const root = stem.split('.').at(-1) ?? '';
  return (families[root] ?? []).map((suffix) => `${stem}.${suffix}`);
}
