import { describe, expect, it } from 'vitest';
import type { HostOffers } from '../../utils/catalogue/lookup';
import type { Access, Host } from '../../utils/catalogue/schema';
import { rankHosts } from '../../utils/nearby';
import { distanceKm } from '../../utils/places/distance';

function host(
  id: string,
  place: [number, number] | null,
  access: Access = 'open',
  collectives: string[] = ['chatons'],
): HostOffers {
  const host: Host = {
    id,
    name: id,
    website: `https://${id}.example/`,
    place: place && { city: id, country: 'FR', lat: place[0], lon: place[1] },
    collectives,
    offers: [{ need: 'write-together', software: 'etherpad', url: `https://${id}.example/pad`, access }],
    provenance: { sources: [`https://${id}.example/`], checked: '2026-11-25' },
  };
  return { host, offers: host.offers };
}

const lyon = { lat: 45.7578, lon: 4.832 };
const hosts = [
  host('paris', [48.8534, 2.3488]),
  host('grenoble', [45.1885, 5.7245]),
  host('villeurbanne-members', [45.7667, 4.8833], 'members'),
  host('villeurbanne-open', [45.7667, 4.8833], 'open', ['librezo']),
  host('nowhere', null),
  host('marseille', [43.2965, 5.3698], 'paid'),
];

describe('ranking hosts by distance', () => {
  it('puts the nearest first, with the distance from the chosen place', () => {
    const { located } = rankHosts(hosts, lyon);
    expect(located.map((entry) => entry.host.id)).toEqual([
      'villeurbanne-open',
      'villeurbanne-members',
      'grenoble',
      'marseille',
      'paris',
    ]);
    const kms = located.map((entry) => entry.km!);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(kms[2]).toBeCloseTo(distanceKm(lyon, { lat: 45.1885, lon: 5.7245 }), 6);
  });

  it('lists hosts open to everyone before members-only ones when equally near', () => {
    const { located } = rankHosts([hosts[2], hosts[3]], lyon);
    expect(located.map((entry) => entry.host.id)).toEqual(['villeurbanne-open', 'villeurbanne-members']);
  });

  it('keeps hosts with no known place in a group of their own', () => {
    const ranking = rankHosts(hosts, lyon);
    expect(ranking.placeless.map((entry) => entry.host.id)).toEqual(['nowhere']);
    expect(ranking.located.some((entry) => entry.host.place === null)).toBe(false);
  });

  it('gives no distance and keeps the catalogue order without a place', () => {
    const { located } = rankHosts(hosts, null);
    expect(located.map((entry) => entry.host.id)).toEqual(hosts.filter((h) => h.host.place).map((h) => h.host.id));
    expect(located.every((entry) => entry.km === null)).toBe(true);
  });

  it('filters by collective', () => {
    const ranking = rankHosts(hosts, lyon, ['librezo']);
    expect(ranking.located.map((entry) => entry.host.id)).toEqual(['villeurbanne-open']);
    expect(ranking.placeless).toEqual([]);
    expect(rankHosts(hosts, lyon, ['nobody']).located).toEqual([]);
  });
});

describe('the nearest few among many', () => {
  // A reproducible scatter of hosts over France, some members-only, some placeless.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const many = Array.from({ length: 3000 }, (_, i) =>
    host(`h${i}`, i % 97 === 0 ? null : [42 + random() * 9, -4 + random() * 12], i % 3 === 0 ? 'members' : 'open'),
  );

  it('gives exactly the head of the full ranking', () => {
    for (const origin of [lyon, { lat: 48.1, lon: -1.68 }, { lat: -20.9, lon: 55.45 }]) {
      const full = rankHosts(many, origin).located;
      const head = rankHosts(many, origin, [], 20).located;
      expect(head.map((entry) => entry.host.id)).toEqual(full.slice(0, 20).map((entry) => entry.host.id));
      for (const entry of head) expect(entry.km).toBeCloseTo(distanceKm(origin, entry.host.place!), 6);
    }
  });

  it('honours the collective filter and the limit', () => {
    const mixed = many.map((entry, i) =>
      i % 2 ? { ...entry, host: { ...entry.host, collectives: ['librezo'] } } : entry,
    );
    const head = rankHosts(mixed, lyon, ['librezo'], 5).located;
    expect(head).toHaveLength(5);
    expect(head.every((entry) => entry.host.collectives.includes('librezo'))).toBe(true);
  });
});
