/**
 * Orders the hosts of one need for a user: nearest first from the place they chose,
 * open-to-all before members-only when equally near, hosts with no known place in
 * a group of their own; optionally only the members of some collectives.
 */
import type { HostOffers } from './catalogue/lookup';
import { accessRank, easiestAccess } from './catalogue/lookup';
import { EARTH_RADIUS_KM, type LatLon } from './places/distance';

export interface RankedHost extends HostOffers {
  /** Great-circle distance from the chosen place; null when no place is chosen. */
  km: number | null;
}

export interface NearbyRanking {
  located: RankedHost[];
  placeless: HostOffers[];
}

export function memberOf(entry: HostOffers, collectives: readonly string[]): boolean {
  return collectives.length === 0 || entry.host.collectives.some((id) => collectives.includes(id));
}

/** A point as a unit vector: the straight-line (chord) distance between two of them orders places exactly as the great circle does. */
function unitVector({ lat, lon }: LatLon): [number, number, number] {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const chordToKm = (chordSquared: number) => 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chordSquared) / 2));
const kmToChordSquared = (km: number) => (2 * Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)))) ** 2;

/** Unit vectors of each host, computed once per list of hosts (the catalogue's lists do not change while a page lives). */
const vectorCache = new WeakMap<readonly HostOffers[], Float64Array>();
function vectorsOf(entries: readonly HostOffers[]): Float64Array {
  let vectors = vectorCache.get(entries);
  if (!vectors) {
    vectors = new Float64Array(entries.length * 3).fill(Number.NaN);
    entries.forEach(({ host }, i) => {
      if (host.place) vectors!.set(unitVector(host.place), i * 3);
    });
    vectorCache.set(entries, vectors);
  }
  return vectors;
}

const byNearThenOpen = (a: RankedHost, b: RankedHost) =>
  // "Equally near" is the same kilometre: two hosts in one city tie, and the more open one comes first.
  Math.round(a.km!) - Math.round(b.km!) ||
  accessRank[easiestAccess(a.offers)] - accessRank[easiestAccess(b.offers)] ||
  a.host.name.localeCompare(b.host.name, 'fr');

/**
 * The hosts nearest to `origin` (all of them, or the first `limit`), with their distances.
 * One pass of three multiplications per host finds the candidates; only they get a
 * distance in kilometres and a sort, so 20 among 10,000 stays well under a millisecond.
 */
function nearest(
  entries: readonly HostOffers[],
  keep: (i: number) => boolean,
  origin: LatLon,
  limit: number,
): RankedHost[] {
  const vectors = vectorsOf(entries);
  const [x, y, z] = unitVector(origin);
  const chords = new Float64Array(entries.length);
  // The `limit` smallest chords seen so far, in ascending order.
  const best: number[] = [];
  // Asked for every host (a page's list): no selection, one sort.
  const everything = limit >= entries.length;
  for (let i = 0; i < entries.length; i++) {
    const dx = vectors[i * 3] - x;
    const dy = vectors[i * 3 + 1] - y;
    const dz = vectors[i * 3 + 2] - z;
    const chord = dx * dx + dy * dy + dz * dz;
    chords[i] = chord;
    if (everything || Number.isNaN(chord) || !keep(i)) continue;
    if (best.length === limit && chord >= best[limit - 1]) continue;
    let at = best.length;
    while (at > 0 && best[at - 1] > chord) at--;
    best.splice(at, 0, chord);
    if (best.length > limit) best.pop();
  }
  if (!everything && best.length === 0) return [];
  // Everything in the same kilometre as the last one kept may still outrank it (a more open host): take it too.
  const threshold = everything
    ? Number.POSITIVE_INFINITY
    : kmToChordSquared(Math.round(chordToKm(best[best.length - 1])) + 0.5);
  const ranked: RankedHost[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (chords[i] <= threshold && !Number.isNaN(chords[i]) && keep(i))
      ranked.push({ ...entries[i], km: chordToKm(chords[i]) });
  }
  return ranked.sort(byNearThenOpen).slice(0, limit);
}

export function rankHosts(
  entries: readonly HostOffers[],
  origin: LatLon | null,
  collectives: readonly string[] = [],
  limit = Number.POSITIVE_INFINITY,
): NearbyRanking {
  const kept = (i: number) => memberOf(entries[i], collectives);
  const placeless = entries.filter((entry, i) => entry.host.place === null && kept(i));
  if (origin === null) {
    const located = entries
      .filter((entry, i) => entry.host.place !== null && kept(i))
      .map((entry) => ({ ...entry, km: null }));
    return { located: located.slice(0, limit), placeless };
  }
  return { located: nearest(entries, kept, origin, limit), placeless };
}

/** One list for a short display: the located hosts in their order, then those with no place, at most `limit`. */
export function hostsInOrder(ranking: NearbyRanking, limit: number): RankedHost[] {
  return [...ranking.located, ...ranking.placeless.map((entry) => ({ ...entry, km: null }))].slice(0, limit);
}
