/** Country outlines as flat [lon, lat, lon, lat…] rings, compact to ship and quick to project. */
export type MapOutlines = { name: string; rings: number[][] }[];

/** The part of the world the outlines cover: west, east, south, north, in degrees. */
export const MAP_WINDOW = [-11, 20, 35.5, 56] as const;

export function insideMapWindow(point: { lat: number; lon: number }): boolean {
  return (
    point.lon > MAP_WINDOW[0] && point.lon < MAP_WINDOW[1] && point.lat > MAP_WINDOW[2] && point.lat < MAP_WINDOW[3]
  );
}
