/**
 * Lays out the hosts map: a conformal conic projection (the one French maps use)
 * fitted to the points, country outlines as SVG paths, points as x/y. Points
 * outside the outlines' window (a place in Québec or La Réunion) are returned apart.
 */
import { geoConicConformal } from 'd3-geo';
import { insideMapWindow, type MapOutlines } from './outlines';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface ProjectedMap {
  width: number;
  height: number;
  countries: { name: string; d: string }[];
  points: { id: string; x: number; y: number }[];
  offMap: string[];
}

/** Never zoom closer than this many degrees around the points: a single host still shows its region. */
const MIN_SPAN = 2.5;

export function projectMap(
  outlines: MapOutlines,
  points: readonly MapPoint[],
  width: number,
  height: number,
  padding = 24,
): ProjectedMap {
  const onMap = points.filter(insideMapWindow);
  const offMap = points.filter((point) => !insideMapWindow(point)).map((point) => point.id);
  const lons = onMap.length > 0 ? onMap.map((point) => point.lon) : [-5, 10];
  const lats = onMap.length > 0 ? onMap.map((point) => point.lat) : [42, 51.5];
  const [west, east] = widen(Math.min(...lons), Math.max(...lons));
  const [south, north] = widen(Math.min(...lats), Math.max(...lats));

  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [west, south],
          [east, north],
          [west, north],
          [east, south],
        ],
      },
    );

  const project = (lon: number, lat: number) => projection([lon, lat]) ?? [Number.NaN, Number.NaN];
  const countries = outlines.map(({ name, rings }) => ({
    name,
    d: rings
      .map((ring) => {
        const parts: string[] = [];
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = project(ring[i], ring[i + 1]);
          parts.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
        }
        return `M${parts.join('L')}Z`;
      })
      .join(''),
  }));
  const projected = onMap.map(({ id, lon, lat }) => {
    const [x, y] = project(lon, lat);
    return { id, x, y };
  });
  return { width, height, countries, points: projected, offMap };
}

function widen(low: number, high: number): [number, number] {
  const missing = MIN_SPAN - (high - low);
  return missing > 0 ? [low - missing / 2, high + missing / 2] : [low, high];
}
