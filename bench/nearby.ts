/** Nearby: ranking many hosts from a place, and looking a place up as the user types. */

import { compileGazetteer } from '../scripts/gazetteer';
import type { HostOffers } from '../utils/catalogue/lookup';
import type { Access, Host } from '../utils/catalogue/schema';
import { rankHosts } from '../utils/nearby';
import { createPlaceIndex, searchPlaces } from '../utils/places/gazetteer';
import { seededRandom } from '../utils/random';
import { summarize, type Timing, time } from './measure';

export interface NearbyFigures {
  nearest20Among10000: Timing;
  placeLookupPerKeystroke: Timing & { keystrokes: number };
  gazetteerBytes: number;
  gazetteerPlaces: number;
}

function syntheticHosts(count: number): HostOffers[] {
  const random = seededRandom(7);
  const access: Access[] = ['open', 'members', 'paid'];
  return Array.from({ length: count }, (_, i) => {
    const host: Host = {
      id: `host-${i}`,
      name: `Host ${i}`,
      website: `https://host-${i}.example/`,
      // One in fifty gives no place, as some real hosts do.
      place:
        i % 50 === 0 ? null : { city: `Town ${i}`, country: 'FR', lat: 41.5 + random() * 9.5, lon: -5 + random() * 14 },
      collectives: [i % 2 ? 'chatons' : 'librezo'],
      offers: [
        {
          need: 'write-together',
          software: 'etherpad',
          url: `https://host-${i}.example/pad`,
          access: access[i % 3],
        },
      ],
      provenance: { sources: [`https://host-${i}.example/`], checked: '2026-11-25' },
    };
    return { host, offers: host.offers };
  });
}

/** What a person types, one keystroke at a time. */
const typed = [
  'Saint-Denis',
  '69007',
  'Montréal',
  'ajaccio',
  'Bruxelles',
  'St Étienne 42',
  'L’Haÿ-les-Roses',
  '2B',
  'Lyon',
];

export function benchNearby(): NearbyFigures {
  const hosts = syntheticHosts(10_000);
  const random = seededRandom(11);
  const origins = Array.from({ length: 64 }, () => ({ lat: 42 + random() * 9, lon: -4 + random() * 12 }));
  let turn = 0;
  const nearest20Among10000 = time(() => rankHosts(hosts, origins[turn++ % origins.length], [], 20), 500);

  const data = compileGazetteer();
  const index = createPlaceIndex(data);
  const samples: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const text of typed) {
      for (let length = 1; length <= text.length; length++) {
        const start = performance.now();
        searchPlaces(index, text.slice(0, length), 8);
        // The first round warms the JIT up; it is not counted.
        if (round > 0) samples.push(performance.now() - start);
      }
    }
  }
  return {
    nearest20Among10000,
    placeLookupPerKeystroke: { ...summarize(samples), keystrokes: samples.length },
    gazetteerBytes: JSON.stringify(data).length,
    gazetteerPlaces: data.name.length,
  };
}
