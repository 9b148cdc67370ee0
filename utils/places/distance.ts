/** Distances on the Earth's surface, and how to say them. */

/** The mean Earth radius (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres (haversine formula: exact enough for a sphere, stable for short distances). */
export function distanceKm(from: LatLon, to: LatLon): number {
  const dLat = toRadians(to.lat - from.lat);
  const dLon = toRadians(to.lon - from.lon);
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "12 km", "1 250 km" (French) or "1,250 km" (English); under 1 km reads "< 1 km". */
export function formatDistance(km: number, locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    formatters.set(locale, format);
  }
  return km < 1 ? `< ${format.format(1)}` : format.format(Math.round(km));
}
