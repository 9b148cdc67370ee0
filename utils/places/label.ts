/** How a place is named to the user: "Saint-Denis (93200) — Seine-Saint-Denis (93)", "Genève — (GE), Suisse". */

export interface LabelledPlace {
  name: string;
  postalCode: string | null;
  /** A French département, a Belgian region, a Swiss canton, "Québec", or "". */
  area: string;
  country: string;
}

const countryNames = new Map<string, Intl.DisplayNames>();

function countryName(country: string, locale: string): string {
  let names = countryNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    countryNames.set(locale, names);
  }
  return names.of(country) ?? country;
}

export function placeLabel(place: LabelledPlace, locale: string): string {
  const code = place.postalCode ? ` (${place.postalCode})` : '';
  // A French place is told apart by its département; elsewhere the country says where it is.
  const where = [place.area, place.country === 'FR' ? '' : countryName(place.country, locale)]
    .filter(Boolean)
    .join(', ');
  return where ? `${place.name}${code} — ${where}` : `${place.name}${code}`;
}
