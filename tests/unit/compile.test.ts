import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { expandFamily } from '../../utils/catalogue/families';
import { compileIndex, manifestMatchPatterns } from '../../utils/detect/compile';

const catalogue = loadValidCatalogue();

describe('manifestMatchPatterns', () => {
  const patterns = manifestMatchPatterns(catalogue);

  it('lists https domains only, each once, never every site', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    expect(patterns).not.toContain('<all_urls>');
  });

  it('expands country domains and drops domains a wildcard already covers', () => {
    expect(patterns).toContain('https://www.google.fr/*');
    expect(patterns).toContain('https://www.amazon.com.be/*');
    expect(patterns).toContain('https://*.youtube.com/*');
    expect(patterns).not.toContain('https://m.youtube.com/*');
  });
});

describe('compileIndex', () => {
  it('puts the longest path first and the domain-wide rule last', () => {
    const entries = compileIndex(catalogue).exact['docs.google.com'];
    const paths = entries.map(([, path]) => path);
    expect(paths.at(-1)).toBeNull();
    const lengths = paths.slice(0, -1).map((path) => path!.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('expands a family pattern over its suffixes and leaves others alone', () => {
    expect(expandFamily('www.google.*', { google: ['com', 'co.uk'] })).toEqual(['www.google.com', 'www.google.co.uk']);
    expect(expandFamily('docs.google.com', { google: ['com'] })).toEqual(['docs.google.com']);
    expect(expandFamily('www.nope.*', { google: ['com'] })).toEqual([]);
  });
});
