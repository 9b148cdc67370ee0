/**
 * The explore page keeps its whole view in the URL hash, so that a view can be
 * bookmarked or shared with a room: `#catalogue?group=need&q=docs&self=1`,
 * `#service/gmail`, `#present/gmail,youtube/3`. Anything unknown or malformed
 * reads as the default view; parsing never throws.
 *
 * Any view can carry a workshop's town (`?at=…`): an educator ranks hosts from the room's
 * town for this tab only, and their own place, in the settings, stays as it is.
 */

import { ID_PATTERN } from '@/utils/catalogue/id';
import type { ChosenPlace } from '@/utils/settings';

export type Grouping = 'company' | 'need';

export interface CatalogueFilters {
  group: Grouping;
  query: string;
  /** Only software a collective (or you) can run on a server. */
  selfHostable: boolean;
  /** Only software one can use without creating an account. */
  accountless: boolean;
  /** Only hosts of this collective ("" for all). */
  collective: string;
}

type View =
  | ({ view: 'catalogue' } & CatalogueFilters)
  | { view: 'service'; id: string }
  | { view: 'nearby'; need: string }
  | { view: 'present'; ids: string[]; slide: number }
  | { view: 'quiz'; seed: number }
  | { view: 'handout'; ids: string[] }
  | { view: 'footprint' };

export type ExploreRoute = View & {
  /** The workshop's town, when one is set for this tab. */
  at?: ChosenPlace;
};

export const defaultFilters: CatalogueFilters = {
  group: 'company',
  query: '',
  selfHostable: false,
  accountless: false,
  collective: '',
};
export const defaultRoute: ExploreRoute = { view: 'catalogue', ...defaultFilters };

const isId = (value: string | undefined): value is string => value !== undefined && ID_PATTERN.test(value);
const idList = (value: string | undefined) => (value ?? '').split(',').filter(isId).slice(0, 200);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * `lat~lon~country~postal code~area~approximate~name`: the place as the picker gave it,
 * so that the town is named and placed exactly as picked, without loading the gazetteer.
 */
const SEPARATOR = '~';

export function formatWorkshopPlace(place: ChosenPlace): string {
  return [
    place.lat.toFixed(5),
    place.lon.toFixed(5),
    place.country,
    place.postalCode ?? '',
    place.area,
    place.approximate ? '1' : '0',
    place.name,
  ].join(SEPARATOR);
}

export function parseWorkshopPlace(text: string | null): ChosenPlace | undefined {
  const [lat, lon, country, postalCode, area, approximate, ...name] = (text ?? '').split(SEPARATOR);
  const place = {
    name: name.join(SEPARATOR).trim(),
    postalCode: postalCode || null,
    area: area ?? '',
    country: country ?? '',
    lat: Number(lat),
    lon: Number(lon),
    ...(approximate === '1' && { approximate: true }),
  };
  const valid =
    place.name.length > 0 &&
    place.name.length <= 200 &&
    (place.postalCode ?? '').length <= 12 &&
    place.area.length <= 200 &&
    /^[A-Z]{2}$/.test(place.country) &&
    (approximate === '0' || approximate === '1') &&
    lat !== '' &&
    lon !== '' &&
    Math.abs(place.lat) <= 90 &&
    Math.abs(place.lon) <= 180;
  return valid ? place : undefined;
}

export function parseRoute(hash: string): ExploreRoute {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const at = parseWorkshopPlace(params.get('at'));
  const route = parseView(path, params);
  return at ? { ...route, at } : route;
}

function parseView(path: string, params: URLSearchParams): View {
  const [view, first, second] = path.split('/').map(decode);
  switch (view) {
    case '':
    case 'catalogue':
      return {
        view: 'catalogue',
        group: params.get('group') === 'need' ? 'need' : 'company',
        query: (params.get('q') ?? '').slice(0, 100),
        selfHostable: params.get('self') === '1',
        accountless: params.get('noaccount') === '1',
        collective: isId(params.get('collective') ?? undefined) ? params.get('collective')! : '',
      };
    case 'service':
      return isId(first) ? { view, id: first } : defaultRoute;
    case 'nearby':
      return { view, need: isId(first) ? first : '' };
    case 'present': {
      const slide = Number.parseInt(second ?? '', 10);
      return { view, ids: idList(first), slide: Number.isInteger(slide) && slide > 0 && slide < 10_000 ? slide : 0 };
    }
    case 'quiz': {
      const seed = Number.parseInt(first ?? '', 10);
      return { view, seed: Number.isInteger(seed) && seed > 0 && seed < 2 ** 31 ? seed : 1 };
    }
    case 'handout':
      return { view, ids: idList(first) };
    case 'footprint':
      return { view };
    default:
      return defaultRoute;
  }
}

export function formatRoute(route: ExploreRoute): string {
  if (!route.at) return formatView(route);
  // The view's own parameters, then the town.
  const [path, search = ''] = formatView(route).split('?', 2);
  const params = new URLSearchParams(search);
  params.set('at', formatWorkshopPlace(route.at));
  return `${path}?${params}`;
}

function formatView(route: View): string {
  switch (route.view) {
    case 'catalogue': {
      const params = new URLSearchParams();
      if (route.group !== 'company') params.set('group', route.group);
      if (route.query !== '') params.set('q', route.query);
      if (route.selfHostable) params.set('self', '1');
      if (route.accountless) params.set('noaccount', '1');
      if (route.collective !== '') params.set('collective', route.collective);
      const search = params.toString();
      return search === '' ? '#catalogue' : `#catalogue?${search}`;
    }
    case 'service':
      return `#service/${route.id}`;
    case 'nearby':
      return route.need === '' ? '#nearby' : `#nearby/${route.need}`;
    case 'present':
      return route.slide > 0 ? `#present/${route.ids.join(',')}/${route.slide}` : `#present/${route.ids.join(',')}`;
    case 'quiz':
      return `#quiz/${route.seed}`;
    case 'handout':
      return `#handout/${route.ids.join(',')}`;
    case 'footprint':
      return '#footprint';
  }
}
