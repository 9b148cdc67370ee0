import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { buildSearchIndex, fold, search } from '../../utils/search';

const catalogue = loadValidCatalogue();
const index = buildSearchIndex(catalogue);
const ids = (query: string) => search(index, query).map((hit) => `${hit.kind}:${hit.id}`);

describe('fold', () => {
  it('ignores case, accents, ligatures and punctuation', () => {
    expect(fold('Écrire À Plusieurs')).toBe('ecrire a plusieurs');
    expect(fold('Œuvre  d’art')).toBe('oeuvre d art');
    expect(fold('  Straße ')).toBe('strasse');
  });
});

describe('search', () => {
  it('finds a service by name, first', () => {
    expect(ids('gmail')[0]).toBe('service:gmail');
    expect(ids('GOOGLE docs')[0]).toBe('service:google-docs');
  });

  it('finds services by their French name without accents', () => {
    expect(ids('recherche google')).toContain('service:google-search');
    expect(ids('agenda')).toContain('service:google-calendar');
  });

  it('finds a need in French or English, with or without accents', () => {
    const need = catalogue.needs.find((need) => need.id === 'write-together')!;
    expect(ids(fold(need.name.fr))).toContain('need:write-together');
    expect(ids(need.name.en.toUpperCase())).toContain('need:write-together');
  });

  it('finds software by name and the services of a company', () => {
    expect(ids('nextcloud')).toContain('software:nextcloud');
    const microsoft = ids('microsoft');
    expect(microsoft).toContain('service:microsoft-teams');
    expect(microsoft).toContain('service:outlook');
  });

  it('requires every word and returns nothing for empty or absurd queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzqqq')).toEqual([]);
    expect(ids('gmail zzzqqq')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search(index, 'g', 3)).toHaveLength(3);
  });
});
