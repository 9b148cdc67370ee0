/** Read-only look-ups over a validated catalogue, built once per page. */
import type { Access, Catalogue, Category, Company, Offer, Provider, Service, Software } from './schema';

export interface ProviderOffers {
  provider: Provider;
  /** This provider's offers for one need, in catalogue order. */
  offers: Offer[];
}

export interface CatalogueView {
  catalogue: Catalogue;
  service(id: string): Service | undefined;
  category(id: string): Category | undefined;
  software(id: string): Software | undefined;
  company(id: string): Company | undefined;
  /** A service's brand icon (a simple-icons slug): its own, else its company's; none for initials. */
  iconOf(service: Service): string | undefined;
  /** Providers running a libre alternative for this need, the most open first. */
  providersFor(categoryId: string): ProviderOffers[];
  /** Every provider with all its offers, the most open first. */
  allProviders(): ProviderOffers[];
  /** The needs a software is listed for. */
  categoriesOf(softwareId: string): Category[];
  /** The GAFAM services of a need. */
  servicesIn(categoryId: string): Service[];
  /** Whether a host comes from the user's imported list rather than the bundled catalogue. */
  isLocal(providerId: string): boolean;
}

/** How easy it is to join, lowest first. */
export const accessRank: Record<Access, number> = { open: 0, members: 1, paid: 2 };

/** How easy it is to join: the most open of the provider's offers. */
export function easiestAccess(offers: readonly Offer[]): Access {
  return offers.reduce<Access>(
    (best, offer) => (accessRank[offer.access] < accessRank[best] ? offer.access : best),
    'paid',
  );
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}

export function createCatalogueView(
  catalogue: Catalogue,
  localProviders: ReadonlySet<string> = new Set(),
): CatalogueView {
  const services = byId(catalogue.services);
  const categories = byId(catalogue.categories);
  const software = byId(catalogue.software);
  const companies = byId(catalogue.companies);

  // A host runs an alternative for a need when it offers that need, or when it runs, for any
  // need, a software listed for that need as a whole: a Mastodon instance also answers
  // Facebook, a PeerTube one Twitch. Software built of apps a host may leave out (Nextcloud)
  // counts only for the needs the host names.
  const needsOfSoftware = new Map<string, string[]>();
  for (const category of catalogue.categories) {
    for (const { software: id } of category.alternatives)
      needsOfSoftware.set(id, [...(needsOfSoftware.get(id) ?? []), category.id]);
  }
  const needsOf = (offer: Offer) => {
    const whole = offer.software !== undefined && !software.get(offer.software)?.apps;
    return new Set([offer.category, ...(whole ? (needsOfSoftware.get(offer.software!) ?? []) : [])]);
  };
  const providersByCategory = new Map<string, ProviderOffers[]>();
  for (const provider of catalogue.providers) {
    const offersByCategory = new Map<string, Offer[]>();
    for (const offer of provider.offers) {
      for (const category of needsOf(offer))
        offersByCategory.set(category, [...(offersByCategory.get(category) ?? []), offer]);
    }
    for (const [category, offers] of offersByCategory) {
      const list = providersByCategory.get(category) ?? [];
      list.push({ provider, offers });
      providersByCategory.set(category, list);
    }
  }
  const mostOpenFirst = (a: ProviderOffers, b: ProviderOffers) =>
    accessRank[easiestAccess(a.offers)] - accessRank[easiestAccess(b.offers)] ||
    a.provider.name.localeCompare(b.provider.name, 'fr');
  for (const list of providersByCategory.values()) list.sort(mostOpenFirst);
  const allProviders = catalogue.providers
    .map((provider) => ({ provider, offers: provider.offers }))
    .sort(mostOpenFirst);

  return {
    catalogue,
    service: (id) => services.get(id),
    category: (id) => categories.get(id),
    software: (id) => software.get(id),
    company: (id) => companies.get(id),
    iconOf: (service) => service.icon ?? companies.get(service.company)?.icon,
    providersFor: (categoryId) => providersByCategory.get(categoryId) ?? [],
    allProviders: () => allProviders,
    categoriesOf: (softwareId) =>
      catalogue.categories.filter((category) => category.alternatives.some((a) => a.software === softwareId)),
    servicesIn: (categoryId) => catalogue.services.filter((service) => service.category === categoryId),
    isLocal: (providerId) => localProviders.has(providerId),
  };
}
