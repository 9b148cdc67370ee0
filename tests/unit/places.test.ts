import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../scripts/gazetteer';
import { distanceKm, formatDistance } from '../../utils/places/distance';
import { createPlaceIndex, normalizePlaceText, type PlaceIndex, searchPlaces } from '../../utils/places/gazetteer';

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}
const communes = (
  createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as Commune[]
).filter((commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal');

let index: PlaceIndex;
beforeAll(() => {
  index = createPlaceIndex(compileGazetteer());
});

const names = (text: string, limit = 8) => searchPlaces(index, text, limit).map((place) => place.name);

describe('the gazetteer', () => {
  it('gives every French postal code of an inhabited commune a point', () => {
    const located = new Set<string>();
    index.codes.forEach((codes, position) => {
      if (Number.isFinite(index.data.lat[position]) && Number.isFinite(index.data.lon[position]))
        for (const code of codes) located.add(code);
    });
    const expected = new Set(communes.filter((c) => c.population).flatMap((c) => c.codesPostaux ?? []));
    expect(expected.size).toBeGreaterThan(6000);
    const missing = [...expected].filter((code) => !located.has(code));
    expect(missing).toEqual([]);
  });

  it('keeps every French point inside France or its overseas territories', () => {
    // Metropolitan France and Corsica lie within these bounds; overseas points lie far outside Europe.
    const inMetropole = (lat: number, lon: number) => lat > 41.3 && lat < 51.2 && lon > -5.2 && lon < 9.6;
    index.data.name.forEach((_, position) => {
      if (index.data.country[position] !== 'FR') return;
      const area = index.data.areas[index.data.area[position]];
      const overseas = /\((97|98)\d\)$/.test(area);
      const lat = index.data.lat[position] / 10_000;
      const lon = index.data.lon[position] / 10_000;
      expect(inMetropole(lat, lon), `${index.data.name[position]} ${area} ${lat},${lon}`).toBe(!overseas);
    });
  });

  it('lists every commune that shares a postal code', () => {
    const sharing = new Map<string, string[]>();
    for (const commune of communes)
      for (const code of commune.codesPostaux ?? []) sharing.set(code, [...(sharing.get(code) ?? []), commune.nom]);
    const [code, expected] = [...sharing].find(([, list]) => list.length >= 6)!;
    const found = searchPlaces(index, code, 50);
    expect(found.map((place) => place.name).sort()).toEqual([...expected].sort());
    expect(found.every((place) => place.postalCode === code)).toBe(true);
  });

  it('finds a commune with several postal codes by each of them, and once by its name', () => {
    const ajaccio = communes.find((commune) => commune.nom === 'Ajaccio')!;
    expect(ajaccio.codesPostaux!.length).toBeGreaterThan(1);
    for (const code of ajaccio.codesPostaux!)
      expect(searchPlaces(index, code, 50).map((p) => `${p.name} ${p.postalCode}`)).toContain(`Ajaccio ${code}`);
    expect(names('Ajaccio').filter((name) => name === 'Ajaccio')).toHaveLength(1);
  });

  it('tells Corsica’s two départements apart (2A, 2B)', () => {
    const [bastia] = searchPlaces(index, 'Bastia');
    expect(bastia.area).toBe('Haute-Corse (2B)');
    const [ajaccio] = searchPlaces(index, 'ajaccio');
    expect(ajaccio.area).toBe('Corse-du-Sud (2A)');
    expect(searchPlaces(index, 'porto 2a', 20).every((place) => place.area === 'Corse-du-Sud (2A)')).toBe(true);
    expect(searchPlaces(index, '2B', 20).every((place) => place.area === 'Haute-Corse (2B)')).toBe(true);
  });

  it('places the overseas départements where they are', () => {
    const reunion = searchPlaces(index, '97400')[0];
    expect([reunion.name, reunion.area]).toEqual(['Saint-Denis', 'La Réunion (974)']);
    expect(reunion.lat).toBeLessThan(-20);
    const fortDeFrance = searchPlaces(index, 'Fort-de-France')[0];
    expect(fortDeFrance.area).toBe('Martinique (972)');
    expect(distanceKm(fortDeFrance, { lat: 14.6, lon: -61.07 })).toBeLessThan(10);
    expect(searchPlaces(index, 'Mamoudzou')[0].area).toBe('Mayotte (976)');
    expect(searchPlaces(index, 'Cayenne')[0].area).toBe('Guyane (973)');
  });

  it('shows which Saint-Denis is which', () => {
    const found = searchPlaces(index, 'Saint-Denis', 8).filter((place) => place.name === 'Saint-Denis');
    const areas = found.map((place) => place.area);
    expect(areas).toContain('La Réunion (974)');
    expect(areas).toContain('Seine-Saint-Denis (93)');
    expect(new Set(areas).size).toBe(areas.length);
    expect(searchPlaces(index, 'saint denis 93')[0].area).toBe('Seine-Saint-Denis (93)');
  });

  it('ignores case, accents, hyphens and "St" abbreviations', () => {
    const first = (text: string) => searchPlaces(index, text, 1)[0];
    expect(first('SAINT-ÉTIENNE')).toEqual(first('saint etienne'));
    expect(first('St Etienne')).toEqual(first('saint-étienne'));
    expect(first('st etienne').name).toBe('Saint-Étienne');
    expect(normalizePlaceText('L’Haÿ-les-Roses')).toBe('l hay les roses');
    expect(first('L’HAŸ LES ROSES').name).toBe("L'Haÿ-les-Roses");
  });

  it('finds towns of Belgium, Switzerland, Luxembourg, Monaco and Québec, French names included', () => {
    const where = (text: string) => {
      const [place] = searchPlaces(index, text, 1);
      return place && `${place.name}|${place.country}|${place.area}`;
    };
    expect(where('Bruxelles')).toBe('Bruxelles|BE|Bruxelles-Capitale');
    expect(where('Liège')).toBe('Liège|BE|Wallonie');
    expect(where('geneve')).toBe('Genève|CH|(GE)');
    expect(where('Bâle')).toBe('Bâle|CH|(BS)');
    expect(where('Luxembourg')?.startsWith('Luxembourg|LU')).toBe(true);
    expect(where('Monaco')).toBe('Monaco|MC|');
    expect(where('Montréal')).toBe('Montréal|CA|Québec');
    expect(where('quebec')).toBe('Québec|CA|Québec');
    // Canada outside Québec is not in the gazetteer.
    expect(names('Toronto')).toEqual([]);
  });

  it('ranks the exact name first, then the most populous', () => {
    expect(names('Lyon')[0]).toBe('Lyon');
    expect(names('Paris')[0]).toBe('Paris');
    const marseille = searchPlaces(index, 'marseille', 30);
    expect(marseille[0].name).toBe('Marseille');
  });

  it('answers empty and absurd input with nothing, and never throws', () => {
    for (const text of [
      '',
      '   ',
      '---',
      'zzzzzzzz',
      '123456',
      '93 94',
      '<img src=x onerror=alert(1)>',
      'a'.repeat(100_000),
      '\u0000\uffff',
      '😀',
    ]) {
      expect(() => searchPlaces(index, text)).not.toThrow();
    }
    expect(searchPlaces(index, '')).toEqual([]);
    expect(searchPlaces(index, '   ')).toEqual([]);
    expect(searchPlaces(index, 'zzzzzzzz')).toEqual([]);
    expect(searchPlaces(index, '123456')).toEqual([]);
    expect(searchPlaces(index, 'Lyon', 0)).toEqual([]);
  });

  it('marks estimated points, and only those of communes GeoNames does not place', () => {
    const approximate = searchPlaces(index, 'L’Abergement-de-Varey', 1)[0];
    expect(approximate.approximate).toBe(true);
    // The estimate stays in the commune's own département.
    expect(distanceKm(approximate, searchPlaces(index, 'Ambérieu-en-Bugey', 1)[0])).toBeLessThan(40);
    expect(searchPlaces(index, 'Lyon', 1)[0].approximate).toBe(false);
  });
});

describe('distances', () => {
  it('measures great circles', () => {
    // Paris (Notre-Dame) to Lyon (Bellecour): 392 km as the crow flies.
    expect(distanceKm({ lat: 48.853, lon: 2.3499 }, { lat: 45.7578, lon: 4.832 })).toBeCloseTo(392, -1);
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    // Antipodes: half the circumference.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20_015, -1);
  });

  it('says distances the way each language writes them', () => {
    // French separates digits and unit with narrow no-break spaces.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatDistance(12.4, 'fr'))).toBe('12 km');
    expect(formatDistance(1249.6, 'en')).toBe('1,250 km');
    expect(plain(formatDistance(1249.6, 'fr'))).toBe('1 250 km');
    expect(plain(formatDistance(0.3, 'fr'))).toBe('< 1 km');
  });
});
