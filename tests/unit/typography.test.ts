import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { assembleCatalogue } from '../../utils/catalogue/assemble';
import { typographyProblems } from '../../utils/catalogue/typography';

const N = '\u202f';

describe('typography', () => {
  it('wants a narrow no-break space before : ; ! ? and inside « » in French', () => {
    expect(
      typographyProblems(`Attention${N}: un pad${N}; enfin${N}! Pourquoi${N}? «${N}Dégooglisons${N}»`, 'fr'),
    ).toEqual([]);
    expect(typographyProblems('Attention : un pad', 'fr')).toHaveLength(1);
    expect(typographyProblems('Attention\u00a0: un pad', 'fr')).toHaveLength(1);
    expect(typographyProblems('Vraiment? Oui!', 'fr')).toHaveLength(1);
    expect(typographyProblems('Ceci: cela', 'fr')).toHaveLength(1);
    expect(typographyProblems(`« Dégooglisons »`, 'fr')).toHaveLength(1);
    expect(typographyProblems(`«${N}Dégooglisons »`, 'fr')).toHaveLength(1);
  });

  it('leaves alone what is not punctuation: hours, addresses, ratios', () => {
    expect(typographyProblems(`À 12:30, sur https://framapad.org/?lang=fr, au ratio 16:9.`, 'fr')).toEqual([]);
  });

  it('wants typographic apostrophes and quotes', () => {
    expect(typographyProblems('Google’s app, “quoted”', 'en')).toEqual([]);
    expect(typographyProblems("Google's app", 'en')).toHaveLength(1);
    expect(typographyProblems('a "quoted" word', 'en')).toHaveLength(1);
    expect(typographyProblems("l'association", 'fr')).toHaveLength(1);
  });

  it('is checked on every text of the catalogue, wherever it sits', () => {
    const catalogue = loadValidCatalogue();
    const [first] = catalogue.software;
    const broken = { ...first, summary: { fr: 'Un logiciel : libre', en: "A tool's summary" } };
    const { problems } = assembleCatalogue([
      { file: 'x.json', data: { ...catalogue, software: [broken, ...catalogue.software.slice(1)] } },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['software[0].summary.fr', 'software[0].summary.en']);
  });
});
