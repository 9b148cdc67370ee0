/** The pages get the catalogue in two parts: the first without the leaving guides, the guides after. */
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { Catalogue } from '../../utils/catalogue/schema';
import { leavingGuides, pageCatalogue } from '../../utils/slices';

const catalogue = loadValidCatalogue();
const first = pageCatalogue(catalogue);
const guides = leavingGuides(catalogue);

describe("the pages' catalogue and its leaving guides", () => {
  it('leaves every guide out of the first part, and nothing else', () => {
    expect(first.services.filter((service) => 'leaving' in service)).toEqual([]);
    expect({ ...first, services: [] }).toEqual({ ...catalogue, services: [] });
    expect(first.services.map(({ id }) => id)).toEqual(catalogue.services.map(({ id }) => id));
    // A catalogue still, as its schema reads it.
    expect(Catalogue.safeParse(first).success).toBe(true);
  });

  it('has every guide in the second part, under its service, so that the two give back the whole', () => {
    const withGuide = catalogue.services.filter((service) => service.leaving !== undefined);
    expect(withGuide.length).toBeGreaterThan(0);
    expect(Object.keys(guides).sort()).toEqual(withGuide.map(({ id }) => id).sort());
    const whole = first.services.map((service) =>
      guides[service.id] ? { ...service, leaving: guides[service.id] } : service,
    );
    expect(whole).toEqual(catalogue.services);
  });
});
