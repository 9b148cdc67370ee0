/** Where no libre software does the same job yet, every part of the extension says so rather than count "alternatives". */
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../entrypoints/background/badge';
import { noticeCard } from '../../entrypoints/background/notice';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { backgroundSlice } from '../../utils/slices';

const catalogue = loadValidCatalogue();
const slice = backgroundSlice(catalogue);
const needOf = (serviceId: string) =>
  catalogue.needs.find((c) => c.id === catalogue.services.find((s) => s.id === serviceId)!.need)!;
const without = catalogue.services.filter((service) => needOf(service.id).noEquivalent !== undefined);
const withEquivalent = catalogue.services.find((service) => needOf(service.id).noEquivalent === undefined)!;

describe('a service with no libre equivalent yet', () => {
  it('exists in the catalogue, and every such need still names its closest options', () => {
    expect(without.length).toBeGreaterThan(0);
    for (const service of without) expect(needOf(service.id).alternatives.length, service.id).toBeGreaterThan(0);
  });

  it('has a badge that counts the closest options and says there is no equivalent', () => {
    for (const service of without) {
      const facts = slice.services[service.id];
      expect(facts.equivalent).toBe(false);
      const badge = badgeFor(facts, 'fr');
      expect(badge.text).toBe(String(needOf(service.id).alternatives.length));
      expect(badge.title).toContain('pas encore d’équivalent libre');
      expect(badgeFor(facts, 'en').title).toContain('no libre equivalent yet');
    }
    expect(badgeFor(slice.services[withEquivalent.id], 'fr').title).toMatch(/alternatives? libres?$/);
  });

  it('has an in-page card that names the closest options without calling them alternatives', () => {
    const [service] = without;
    const card = noticeCard(slice.services[service.id], 'fr');
    expect(card.title).toBe(`${service.name.fr}\u202f: pas encore d’équivalent libre`);
    expect(card.text).toMatch(/^Au plus près\u202f: /);
    expect(noticeCard(slice.services[withEquivalent.id], 'en').title).toMatch(
      /there (is|are) \d+ libre alternatives?$/,
    );
  });
});
