/**
 * The benchmark's inputs are sound, or its figures prove nothing: the made-up
 * services of the grown catalogues pass the catalogue's own checks and have the
 * real ones' shapes; the corpus is large and mixed; and the regular-expression
 * baseline gives exactly detectService's answers, on the whole corpus and on
 * generated URLs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectionCorpus, serviceUrl } from '../../bench/corpus';
import { CORPUS_SIZE } from '../../bench/detection';
import { compileRegexBaseline, detectWithRegexes } from '../../bench/regex-baseline';
import { growCatalogue } from '../../bench/synthetic-catalogue';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { assembleCatalogue } from '../../utils/catalogue/assemble';
import { compileIndex } from '../../utils/detect/compile';
import { detectService } from '../../utils/detect/detect';
import { seededRandom } from '../../utils/random';

const real = loadValidCatalogue();
const grown10 = growCatalogue(real, 10);
const grown100 = growCatalogue(real, 100);
const corpus = detectionCorpus(real, grown100, CORPUS_SIZE);
const madeUp = (grown: typeof grown100) => grown.services.slice(real.services.length);

describe('the grown catalogues', () => {
  it('hold 10 and 100 times today’s services, today’s first', () => {
    expect(grown10.services).toHaveLength(real.services.length * 10);
    expect(grown100.services).toHaveLength(real.services.length * 100);
    expect(grown100.services.slice(0, real.services.length)).toEqual(real.services);
    // The same seed gives the same services; a smaller catalogue's are the first of a larger one's.
    expect(grown10.services).toEqual(grown100.services.slice(0, grown10.services.length));
    expect(growCatalogue(real, 10)).toEqual(grown10);
  });

  it('pass the catalogue’s own checks: schema, ids, domain families, no rule claimed twice', () => {
    const { problems } = assembleCatalogue([
      { file: 'catalogue', data: real },
      {
        file: 'made-up',
        data: { services: madeUp(grown100), domainFamilies: grown100.domainFamilies.slice(real.domainFamilies.length) },
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('have the real services’ shapes: exact domains, subdomain rules, path rules, country-domain families, short links', () => {
    const rules = madeUp(grown100).flatMap((service) => service.match);
    const domains = rules.flatMap((rule) => rule.domains);
    const share = (count: number) => count / domains.length;
    expect(share(domains.filter((domain) => !domain.includes('*')).length)).toBeGreaterThan(0.4);
    expect(share(domains.filter((domain) => domain.startsWith('*.')).length)).toBeGreaterThan(0.05);
    expect(share(domains.filter((domain) => domain.endsWith('.*')).length)).toBeGreaterThan(0.05);
    expect(domains.filter((domain) => domain.startsWith('*.') && domain.endsWith('.*')).length).toBeGreaterThan(10);
    expect(rules.filter((rule) => rule.paths).length / rules.length).toBeGreaterThan(0.2);
    expect(
      domains.filter((domain) => /^[a-z0-9]+\.(gl|to|me|ly|link|page|be|ms)$/.test(domain)).length,
    ).toBeGreaterThan(10);
    expect(grown100.domainFamilies.length).toBeGreaterThan(100);
  });

  it('detect each made-up service’s own website as that service', () => {
    const index = compileIndex(grown100);
    for (const service of madeUp(grown100))
      expect(detectService(service.website, index), service.website).toBe(service.id);
  });
});

describe('the corpus', () => {
  it('holds at least 20,000 URLs of every kind, in a fixed order', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20_000);
    expect(detectionCorpus(real, grown100, CORPUS_SIZE)).toEqual(corpus);
    const index = compileIndex(real);
    const found = corpus.map((url) => detectService(url, index));
    const gafam = found.filter((service) => service !== null).length / corpus.length;
    expect(gafam).toBeGreaterThan(0.35);
    expect(gafam).toBeLessThan(0.6);
    // Most real services appear, and so do made-up ones at 100×.
    expect(new Set(found).size).toBeGreaterThan(real.services.length * 0.8);
    const index100 = compileIndex(grown100);
    expect(corpus.filter((url) => detectService(url, index100) !== null).length).toBeGreaterThan(
      found.filter(Boolean).length + 3000,
    );
    expect(corpus.some((url) => !url.startsWith('http'))).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: any character beyond ASCII, as a range.
    expect(corpus.some((url) => /xn--|[^\x00-\x7f]/.test(url))).toBe(true);
  });
});

describe('the regular-expression baseline', () => {
  const rules = compileRegexBaseline(real);

  it('is anchored, with escaped dots, one expression per rule and no more', () => {
    for (const { pattern } of rules) {
      expect(pattern.source.startsWith('^')).toBe(true);
      // Every dot is a literal one.
      expect(pattern.source.replace(/\\\./g, '')).not.toContain('.');
    }
    const ruleCount = real.services.reduce((sum, service) => sum + service.match.length, 0);
    expect(rules.length).toBeGreaterThanOrEqual(ruleCount);
    expect(rules.length).toBeLessThan(ruleCount * 1.5);
  });

  it('gives detectService’s answer on every URL of the corpus, with today’s catalogue', () => {
    const index = compileIndex(real);
    const differing = corpus.filter((url) => detectWithRegexes(url, rules) !== detectService(url, index));
    expect(differing).toEqual([]);
  });

  it('gives detectService’s answer with the catalogue grown 10× and 100× (on evenly spread parts of the corpus)', () => {
    for (const [grown, stride] of [
      [grown10, 3],
      [grown100, 40],
    ] as const) {
      const index = compileIndex(grown);
      const grownRules = compileRegexBaseline(grown);
      const differing = corpus.filter(
        (url, i) => i % stride === 0 && detectWithRegexes(url, grownRules) !== detectService(url, index),
      );
      expect(differing).toEqual([]);
    }
  }, 60_000);

  it('gives detectService’s answer on generated pages of every service, with their variants', () => {
    const families = Object.fromEntries(grown10.domainFamilies.map((family) => [family.id, family.suffixes]));
    const index = compileIndex(grown10);
    const grownRules = compileRegexBaseline(grown10);
    const variant = fc.constantFrom(
      (url: string) => url,
      (url: string) => url.replace('://', '://WWW.'),
      (url: string) => url.replace(/^(https?:\/\/[^/]+)/, '$1.evil.test'),
      (url: string) => url.replace(/^(https?:\/\/)/, '$1x'),
      (url: string) => url.replace(/\/[^/]*$/, '/..'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...grown10.services), fc.integer(), variant, (service, seed, change) => {
        const url = change(serviceUrl(service, families, seededRandom(seed)));
        expect(detectWithRegexes(url, grownRules)).toBe(detectService(url, index));
      }),
      { numRuns: 3000 },
    );
  });
});
