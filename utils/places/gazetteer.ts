/**
 * The offline gazetteer: French communes (with every postal code) and the towns of
 * Belgium, Switzerland, Luxembourg, Monaco and Québec, compiled at build time by
 * scripts/gazetteer.ts. Search is pure and runs on each keystroke: one pass over
 * pre-normalised names, no allocation per place that does not match.
 */

/** As shipped: parallel columns, which weigh far less than one object per place. */
export interface GazetteerData {
  /** Area labels ("Seine-Saint-Denis (93)", "Québec", ""), referred to by index. */
  areas: string[];
  name: string[];
  /** The place's postal codes, space-separated; "" where none is known. */
  postalCodes: string[];
  /** Index into `areas`. */
  area: number[];
  /** ISO 3166-1 alpha-2. */
  country: string[];
  /** Degrees × 10,000, rounded (about 11 m): integers pack smaller than decimals. */
  lat: number[];
  lon: number[];
  population: number[];
  /** Indexes of places whose point is an estimate (see scripts/gazetteer.ts), not the town itself. */
  approximate: number[];
}

export interface PlaceResult {
  name: string;
  /** The postal code that matched, or the place's first one; null where none is known. */
  postalCode: string | null;
  area: string;
  country: string;
  lat: number;
  lon: number;
  /** The point stands for the surrounding area, not the town itself. */
  approximate: boolean;
}

export interface PlaceIndex {
  data: GazetteerData;
  /** Normalised names, aligned with the data's columns. */
  keys: string[];
  codes: string[][];
  /** For each area, the département code it names ("93", "2A"), or "". */
  areaCodes: string[];
  approximate: Set<number>;
}

/** Lower case, no accents, punctuation as spaces, "st" and "ste" spelled out: "St-Étienne" → "saint etienne". */
export function normalizePlaceText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'));
}

export function createPlaceIndex(data: GazetteerData): PlaceIndex {
  return {
    data,
    keys: data.name.map(normalizePlaceText),
    codes: data.postalCodes.map((codes) => (codes === '' ? [] : codes.split(' '))),
    areaCodes: data.areas.map((area) => /\(([0-9AB]{2,3})\)$/.exec(area)?.[1] ?? ''),
    approximate: new Set(data.approximate),
  };
}

function resultAt(index: PlaceIndex, position: number, postalCode: string | null): PlaceResult {
  const { data } = index;
  return {
    name: data.name[position],
    postalCode: postalCode ?? index.codes[position][0] ?? null,
    area: data.areas[data.area[position]],
    country: data.country[position],
    lat: data.lat[position] / 10_000,
    lon: data.lon[position] / 10_000,
    approximate: index.approximate.has(position),
  };
}

/** 0: the name is the query; 1: its first words are; 2: it starts with it; 3: a later word does; -1: no match. */
function nameScore(key: string, query: string, spacedQuery: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return key[query.length] === ' ' ? 1 : 2;
  return key.includes(spacedQuery) ? 3 : -1;
}

interface Candidate {
  position: number;
  postalCode: string | null;
  score: number;
}

/**
 * The places that best match what the user typed: a postal code (or its start),
 * a town name (or the start of any of its words), or both ("saint denis 93").
 * Best first: exact names, then by population; several communes sharing a postal
 * code are all listed. Never throws; empty or absurd input gives no result.
 */
export function searchPlaces(index: PlaceIndex, text: string, limit = 8): PlaceResult[] {
  const normal = normalizePlaceText(text.slice(0, 100));
  if (normal === '' || limit <= 0) return [];
  const words = normal.split(' ');
  // A token with a digit is a postal code or a département ("93", "2a"); the rest is the name.
  const codeTokens = words.filter((word) => /\d/.test(word)).map((word) => word.toUpperCase());
  const name = words.filter((word) => !/\d/.test(word)).join(' ');
  const code = codeTokens[0] ?? '';
  if (codeTokens.length > 1 || code.length > 5) return [];

  const { data, keys, codes, areaCodes } = index;
  const spacedName = ` ${name}`;
  const better = (a: Candidate, b: Candidate) =>
    a.score - b.score ||
    (a.postalCode !== null && b.postalCode !== null && name === '' ? a.postalCode.localeCompare(b.postalCode) : 0) ||
    data.population[b.position] - data.population[a.position] ||
    a.position - b.position;
  // Only the best few are kept, in order, as the scan goes: no sort of thousands of matches per keystroke.
  const best: Candidate[] = [];
  for (let position = 0; position < keys.length; position++) {
    const score = name === '' ? 0 : nameScore(keys[position], name, spacedName);
    if (score < 0) continue;
    let postalCode: string | null = null;
    if (code !== '') {
      postalCode = codes[position].find((candidate) => candidate.startsWith(code)) ?? null;
      // "Saint-Denis 93" also works by département.
      if (postalCode === null && areaCodes[data.area[position]] !== code) continue;
    }
    const candidate = { position, postalCode, score };
    if (best.length === limit && better(candidate, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1]) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((candidate) => resultAt(index, candidate.position, candidate.postalCode));
}
