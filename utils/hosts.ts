/**
 * What every page says about a host, written once: which service an offer is, when its
 * facts were checked, whom it takes, and whether anyone runs the need near the user.
 */
import { type CatalogueView, easiestAccess, type HostOffers } from './catalogue/lookup';
import type { Access, Host, Offer } from './catalogue/schema';
import { type Locale, type MessageKey, t } from './i18n';
import type { NearbyRanking, RankedHost } from './nearby';
import { formatDistance } from './places/distance';

/** "Near" in the popup's words: beyond this, the user is told nobody is near. */
export const NEAR_KM = 100;

/** The software's name, or the need's when the host names no software (a mailbox at an ISP). */
export function offerLabel(offer: Offer, view: CatalogueView, locale: Locale): string {
  if (offer.software !== undefined)
    return t(locale, 'hostRuns', { software: view.software(offer.software)?.name ?? offer.software });
  return t(locale, 'hostRunsUnnamed', { need: view.need(offer.need)?.name[locale] ?? offer.need });
}

/** One link per service: a host running Nextcloud for files and for calendars offers it once. */
export function distinctOffers(offers: readonly Offer[]): Offer[] {
  const seen = new Set<string>();
  return offers.filter((offer) => {
    const key = offer.software ?? `${offer.need}:${offer.url}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The notes of these offers (a price, a membership), each once. */
export function offerNotes(offers: readonly Offer[], locale: Locale): string[] {
  return [...new Set(offers.flatMap((offer) => (offer.note ? [offer.note[locale]] : [])))];
}

/**
 * "checked in November 2026", from the entry's provenance date. The months' names are ours: a
 * date format would load the browser's calendar data on the popup's first frame.
 */
export function checkedLabel(host: Host, locale: Locale): string {
  const [year, month] = host.provenance.checked.split('-');
  return t(locale, 'hostChecked', { month: `${t(locale, 'months').split(',')[Number(month) - 1]} ${year}` });
}

/** "https://www.etherpad.org/" → "etherpad.org": what fits on paper and reads aloud. */
export const shortUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

const accessKeys: Record<Access, MessageKey> = { open: 'accessOpen', members: 'accessMembers', paid: 'accessPaid' };

/** "Open to all", "For members", "Paid plan". */
export function accessLabel(access: Access, locale: Locale): string {
  return t(locale, accessKeys[access]);
}

/**
 * A host in one line, for the slides and the printed sheet:
 * "12 km · Brest · For members · checked in December 2026" (no distance without a place).
 */
export function hostLine({ host, offers, km }: RankedHost, locale: Locale): string {
  return [
    km === null ? null : formatDistance(km, locale),
    host.place?.city ?? t(locale, 'placeUnknown'),
    accessLabel(easiestAccess(offers), locale),
    checkedLabel(host, locale),
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** Whom the host takes, when a source says so; null otherwise. */
export function reachLabel(host: Host, locale: Locale): string | null {
  const reach = host.reach;
  if (!reach) return null;
  if (reach.scope === 'anywhere') return t(locale, 'reachAnywhere');
  return reach.area ? t(locale, 'reachArea', { area: reach.area[locale] }) : t(locale, 'reachLocal');
}

/** Hosts that take members wherever they live, for a user with nobody near. */
function takesFromAnywhere(entry: HostOffers): boolean {
  return entry.host.reach?.scope === 'anywhere';
}

export interface Proximity {
  /** True when a place is chosen and no host offering the need is within NEAR_KM. */
  noneNear: boolean;
  /** The nearest placed host, however far; null without a place or without placed hosts. */
  nearest: RankedHost | null;
  /** With nobody near: hosts that take members from anywhere, other than the nearest. */
  fromAnywhere: HostOffers[];
}

/** What to tell a user about the hosts of one need, from the ranking the popup shows. */
export function proximity(ranking: NearbyRanking, placeChosen: boolean): Proximity {
  const nearest = placeChosen ? (ranking.located[0] ?? null) : null;
  const noneNear = placeChosen && (nearest === null || nearest.km === null || nearest.km > NEAR_KM);
  const fromAnywhere = noneNear
    ? [...ranking.located, ...ranking.placeless].filter(
        (entry) => takesFromAnywhere(entry) && entry.host.id !== nearest?.host.id,
      )
    : [];
  return { noneNear, nearest, fromAnywhere };
}
