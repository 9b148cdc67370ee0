/**
 * Orders the hosts of one need for a user: nearest first from the place they chose,
 * open-to-all before members-only when equally near, hosts with no known place in
 * a group of their own; optionally only the members of some collectives.
 */
import type { ProviderOffers } from './catalogue/lookup';
import { easiestAccess } from './catalogue/lookup';
import type { Access } from './catalogue/schema';
import { distanceKm } from './places/distance';

export interface RankedProvider extends ProviderOffers {
  /** Great-circle distance from the chosen place; null when no place is chosen. */
  km: number | null;
}

export interface NearbyRanking {
  located: RankedProvider[];
  placeless: ProviderOffers[];
}

const accessRank: Record<Access, number> = { open: 0, members: 1, paid: 2 };

export function memberOf(entry: ProviderOffers, collectives: readonly string[]): boolean {
  return collectives.length === 0 || entry.provider.collectives.some((id) => collectives.includes(id));
}

export function rankProviders(
  entries: readonly ProviderOffers[],
  origin: { lat: number; lon: number } | null,
  collectives: readonly string[] = [],
): NearbyRanking {
  const kept = entries.filter((entry) => memberOf(entry, collectives));
  const placeless = kept.filter((entry) => entry.provider.place === null);
  const located: RankedProvider[] = kept.flatMap((entry) => {
    const place = entry.provider.place;
    if (place === null) return [];
    return [{ ...entry, km: origin === null ? null : distanceKm(origin, place) }];
  });
  if (origin !== null) {
    // "Equally near" is the same kilometre: two hosts in one city tie, and the more open one comes first.
    located.sort(
      (a, b) =>
        Math.round(a.km!) - Math.round(b.km!) ||
        accessRank[easiestAccess(a.offers)] - accessRank[easiestAccess(b.offers)] ||
        a.provider.name.localeCompare(b.provider.name, 'fr'),
    );
  }
  return { located, placeless };
}
