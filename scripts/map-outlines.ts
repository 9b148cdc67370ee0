/**
 * Country outlines for the offline map of hosts, cut at build time from Natural
 * Earth's 1:50m countries (the `world-atlas` package, public domain data): only
 * the polygons that reach Western Europe, where the catalogue's hosts are, with
 * points closer than about 5 km merged. About 100 kB instead of 750 kB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { insideMapWindow, type MapOutlines } from '../utils/map/outlines';

const MERGE_DEGREES = 0.05;

const inWindow = ([lon, lat]: Position) => insideMapWindow({ lon, lat });

function thin(ring: Position[]): number[] {
  const kept: Position[] = [ring[0]];
  for (const point of ring.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) >= MERGE_DEGREES) kept.push(point);
  }
  kept.push(ring[ring.length - 1]);
  return kept.flatMap(([lon, lat]) => [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]);
}

export function mapOutlines(): MapOutlines {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries).features;
  return countries.flatMap((country) => {
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry) return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons
      .filter((polygon) => polygon[0].some(inWindow))
      .flatMap((polygon) => polygon.map(thin))
      .filter((ring) => ring.length >= 8);
    return rings.length > 0 ? [{ name: country.properties?.name ?? '', rings }] : [];
  });
}
