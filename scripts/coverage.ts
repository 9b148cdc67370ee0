/**
 * How near the catalogue's hosts are, measured: for each place and each need a collective
 * can host, the nearest placed host offering it, ranked exactly as the popup ranks hosts.
 * The places default to the chef-lieu of every French département, overseas included.
 */
import { createRequire } from 'node:module';
import { type CatalogueView, createCatalogueView } from '../utils/catalogue/lookup';
import type { Catalogue } from '../utils/catalogue/schema';
import { rankHosts } from '../utils/nearby';
import { createPlaceIndex, type PlaceIndex, type PlaceResult, searchPlaces } from '../utils/places/gazetteer';
import { compileGazetteer } from './gazetteer';

/** The needs the targets name, shown first: pads, files, mail, video calls. */
export const KEY_NEEDS = ['write-together', 'files', 'mail', 'video-calls'] as const;

export interface CoverageRow {
  place: string;
  need: string;
  host: string | null;
  km: number | null;
}

export interface NeedSummary {
  /** Share of places (0 to 1) with a host of this need within 50, 100 and 200 km. */
  within50: number;
  within100: number;
  within200: number;
  /** The median distance to the nearest host; null when no placed host offers the need. */
  medianKm: number | null;
}

export interface CoverageSummary {
  places: number;
  needs: Record<string, NeedSummary>;
  /** GAFAM services whose need a collective can host, yet no host in the catalogue offers. */
  servicesWithoutOffer: string[];
  /** GAFAM services for which no libre alternative can be run by a host (apps one installs). */
  servicesNotHostable: string[];
}

export interface Coverage {
  rows: CoverageRow[];
  summary: CoverageSummary;
}

/** One place to measure from: the query as the place picker would read it, and where it resolved. */
export interface CoveragePlace {
  query: string;
  point: PlaceResult;
}

/** Needs with at least one alternative a collective can run on a server. */
export function hostableNeeds(view: CatalogueView): string[] {
  return view.catalogue.needs
    .filter((need) => need.alternatives.some((alternative) => view.software(alternative.software)?.selfHostable))
    .map((need) => need.id);
}

interface Commune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
}
interface Departement {
  code: string;
  nom: string;
  chefLieu: string;
}

/** "01000 Bourg-en-Bresse": a postal code and a name, so that homonyms (Laval, Saint-Denis) resolve to the chef-lieu. */
export function prefectureQueries(): string[] {
  const require = createRequire(import.meta.url);
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as Departement[];
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as Commune[];
  const byCode = new Map(
    communes.filter((commune) => commune.type === 'commune-actuelle').map((commune) => [commune.code, commune]),
  );
  // The 101 départements: the registry also lists overseas collectivities (975, 977…), which are not.
  const isDepartement = (code: string) => code.length === 2 || ['971', '972', '973', '974', '976'].includes(code);
  return departements
    .filter((departement) => isDepartement(departement.code))
    .map((departement) => {
      const commune = byCode.get(departement.chefLieu);
      if (!commune) throw new Error(`no commune ${departement.chefLieu} for département ${departement.code}`);
      return `${commune.codesPostaux?.[0] ?? ''} ${commune.nom}`.trim();
    });
}

/** Each query's best match, and the queries that match nothing, for a clear message. */
export function resolvePlaces(
  index: PlaceIndex,
  queries: readonly string[],
): { places: CoveragePlace[]; unmatched: string[] } {
  const places: CoveragePlace[] = [];
  const unmatched: string[] = [];
  queries.forEach((query) => {
    const [point] = searchPlaces(index, query, 1);
    if (point) places.push({ query, point });
    else unmatched.push(query);
  });
  return { places, unmatched };
}

/** The lines of a places file: one query each; blank lines and lines starting with "#" are skipped. */
export function placeQueries(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "39 %": a share as the tables print it. */
export const percent = (share: number) => `${Math.round(share * 100)} %`;

const tenth = (km: number) => Math.round(km * 10) / 10;
const share = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 1000);

export function measureCoverage(catalogue: Catalogue, places: readonly CoveragePlace[]): Coverage {
  const view = createCatalogueView(catalogue);
  const needs = hostableNeeds(view);
  const rows: CoverageRow[] = [];
  const distances = new Map<string, number[]>(needs.map((need) => [need, []]));
  for (const { query, point } of places) {
    for (const need of needs) {
      const [nearest] = rankHosts(view.hostsFor(need), point, [], 1).located;
      const km = nearest?.km ?? null;
      rows.push({ place: query, need, host: nearest?.host.id ?? null, km: km === null ? null : tenth(km) });
      if (km !== null) distances.get(need)!.push(km);
    }
  }
  const summaryOf = (need: string): NeedSummary => {
    const found = distances.get(need)!;
    const within = (radius: number) => share(found.filter((km) => km <= radius).length, places.length);
    const middle = median(found);
    return {
      within50: within(50),
      within100: within(100),
      within200: within(200),
      medianKm: middle === null ? null : tenth(middle),
    };
  };
  const hostable = new Set(needs);
  const offered = new Set(catalogue.needs.filter((need) => view.hostsFor(need.id).length > 0).map((need) => need.id));
  return {
    rows,
    summary: {
      places: places.length,
      needs: Object.fromEntries(needs.map((need) => [need, summaryOf(need)])),
      servicesWithoutOffer: catalogue.services
        .filter((s) => hostable.has(s.need) && !offered.has(s.need))
        .map((s) => s.id),
      servicesNotHostable: catalogue.services.filter((s) => !hostable.has(s.need)).map((s) => s.id),
    },
  };
}

/** Places ordered worst first: most needs with nobody within 100 km, then the farthest key needs. */
export function worstServed(
  coverage: Coverage,
  limit = 20,
): { place: string; needsBeyond100: number; keyKm: (number | null)[] }[] {
  const byPlace = new Map<string, CoverageRow[]>();
  for (const row of coverage.rows) {
    const rows = byPlace.get(row.place);
    if (rows) rows.push(row);
    else byPlace.set(row.place, [row]);
  }
  const keyKmSum = (keyKm: (number | null)[]) => keyKm.reduce<number>((sum, km) => sum + (km ?? 100_000), 0);
  return [...byPlace]
    .map(([place, rows]) => ({
      place,
      needsBeyond100: rows.filter((row) => row.km === null || row.km > 100).length,
      keyKm: KEY_NEEDS.map((need) => rows.find((row) => row.need === need)?.km ?? null),
    }))
    .sort(
      (a, b) =>
        b.needsBeyond100 - a.needsBeyond100 || keyKmSum(b.keyKm) - keyKmSum(a.keyKm) || a.place.localeCompare(b.place),
    )
    .slice(0, limit);
}

/** How near the hosts are from every département's chef-lieu: the summary `stats` and the bench report. */
export function prefectureCoverage(catalogue: Catalogue): CoverageSummary {
  return measureCoverage(catalogue, resolvePlaces(createPlaceIndex(compileGazetteer()), prefectureQueries()).places)
    .summary;
}
