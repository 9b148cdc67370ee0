/** Read-only look-ups over a validated catalogue, built once per page. */
import type { Access, Catalogue, Company, Host, Need, Offer, Service, Software } from './schema';

export interface HostOffers {
  host: Host;
  /** This host's offers for one need, in catalogue order. */
  offers: Offer[];
}

export interface CatalogueView {
  catalogue: Catalogue;
  service(id: string): Service | undefined;
  need(id: string): Need | undefined;
  software(id: string): Software | undefined;
  company(id: string): Company | undefined;
  /** A service's brand icon (a simple-icons slug): its own, else its company's; none for initials. */
  iconOf(service: Service): string | undefined;
  /** Hosts running a libre alternative for this need, the most open first. */
  hostsFor(needId: string): HostOffers[];
  /** Every host with all its offers, the most open first. */
  allHosts(): HostOffers[];
  /** The needs a software is listed for. */
  needsOf(softwareId: string): Need[];
  /** The GAFAM services of a need. */
  servicesIn(needId: string): Service[];
  /** Whether a host comes from the user's imported list rather than the bundled catalogue. */
  isLocal(hostId: string): boolean;
}

/** How easy it is to join, lowest first. */
export const accessRank: Record<Access, number> = { open: 0, members: 1, paid: 2 };

/** How easy it is to join: the most open of the host's offers. */
export function easiestAccess(offers: readonly Offer[]): Access {
  return offers.reduce<Access>(
    (best, offer) => (accessRank[offer.access] < accessRank[best] ? offer.access : best),
    'paid',
  );
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}

export function createCatalogueView(catalogue: Catalogue, localHosts: ReadonlySet<string> = new Set()): CatalogueView {
  const services = byId(catalogue.services);
  const needs = byId(catalogue.needs);
  const software = byId(catalogue.software);
  const companies = byId(catalogue.companies);

  // A host runs an alternative for a need when it offers that need, or when it runs, for any
  // need, a software listed for that need as a whole: a Mastodon instance also answers
  // Facebook, a PeerTube one Twitch. Software built of apps a host may leave out (Nextcloud)
  // counts only for the needs the host names.
  const needsOfSoftware = new Map<string, string[]>();
  for (const need of catalogue.needs) {
    for (const { software: id } of need.alternatives)
      needsOfSoftware.set(id, [...(needsOfSoftware.get(id) ?? []), need.id]);
  }
  const needsOf = (offer: Offer) => {
    const whole = offer.software !== undefined && !software.get(offer.software)?.apps;
    return new Set([offer.need, ...(whole ? (needsOfSoftware.get(offer.software!) ?? []) : [])]);
  };
  const hostsByNeed = new Map<string, HostOffers[]>();
  for (const host of catalogue.hosts) {
    const offersByNeed = new Map<string, Offer[]>();
    for (const offer of host.offers) {
      for (const need of needsOf(offer)) offersByNeed.set(need, [...(offersByNeed.get(need) ?? []), offer]);
    }
    for (const [need, offers] of offersByNeed) {
      const list = hostsByNeed.get(need) ?? [];
      list.push({ host, offers });
      hostsByNeed.set(need, list);
    }
  }
  const mostOpenFirst = (a: HostOffers, b: HostOffers) =>
    accessRank[easiestAccess(a.offers)] - accessRank[easiestAccess(b.offers)] ||
    a.host.name.localeCompare(b.host.name, 'fr');
  for (const list of hostsByNeed.values()) list.sort(mostOpenFirst);
  const allHosts = catalogue.hosts.map((host) => ({ host, offers: host.offers })).sort(mostOpenFirst);

  return {
    catalogue,
    service: (id) => services.get(id),
    need: (id) => needs.get(id),
    software: (id) => software.get(id),
    company: (id) => companies.get(id),
    iconOf: (service) => service.icon ?? companies.get(service.company)?.icon,
    hostsFor: (needId) => hostsByNeed.get(needId) ?? [],
    allHosts: () => allHosts,
    needsOf: (softwareId) => catalogue.needs.filter((need) => need.alternatives.some((a) => a.software === softwareId)),
    servicesIn: (needId) => catalogue.services.filter((service) => service.need === needId),
    isLocal: (hostId) => localHosts.has(hostId),
  };
}
