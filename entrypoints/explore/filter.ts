/**
 * What the explore page lists for a set of filters: the GAFAM services grouped by
 * company or by need, each with the alternatives that pass the filters and its
 * nearest hosts. Pure, so each filter can be tested without a browser.
 */
import type { CatalogueView } from '@/utils/catalogue/lookup';
import type { Alternative, Service } from '@/utils/catalogue/schema';
import { hostsInOrder, type RankedHost, rankHosts } from '@/utils/nearby';
import type { LatLon } from '@/utils/places/distance';
import { fold } from '@/utils/search';
import type { CatalogueFilters } from './route';

export interface BrowsedService {
  service: Service;
  alternatives: Alternative[];
  /** The nearest hosts (or the most open, without a place), at most three. */
  hosts: RankedHost[];
  /** How many hosts pass the filters in all. */
  hostCount: number;
}

export interface BrowsedGroup {
  /** A company id or a need id, by the grouping chosen. */
  id: string;
  services: BrowsedService[];
}

const HOSTS_SHOWN = 3;

export function browseCatalogue(view: CatalogueView, filters: CatalogueFilters, place: LatLon | null): BrowsedGroup[] {
  const { catalogue } = view;
  const words = fold(filters.query).split(' ').filter(Boolean);
  const collectives = filters.collective === '' ? [] : [filters.collective];

  const matches = (service: Service, alternatives: Alternative[]) => {
    if (words.length === 0) return true;
    const text = fold(
      [
        service.name.fr,
        service.name.en,
        view.company(service.company)?.name ?? '',
        view.need(service.need)?.name.fr ?? '',
        view.need(service.need)?.name.en ?? '',
        ...alternatives.map((alternative) => view.software(alternative.software)?.name ?? ''),
      ].join(' '),
    );
    const known = new Set(text.split(' '));
    // Every word typed must start a word of the entry: "goo doc" finds Google Docs.
    return words.every((word) => known.has(word) || [...known].some((candidate) => candidate.startsWith(word)));
  };

  const browsed: BrowsedService[] = [];
  for (const service of catalogue.services) {
    const alternatives = (view.need(service.need)?.alternatives ?? []).filter((alternative) => {
      const software = view.software(alternative.software);
      return (
        software !== undefined &&
        (!filters.selfHostable || software.selfHostable) &&
        (!filters.accountless || software.accountless === true)
      );
    });
    if (alternatives.length === 0 || !matches(service, alternatives)) continue;
    const ranking = rankHosts(view.hostsFor(service.need), place, collectives);
    const hostCount = ranking.located.length + ranking.placeless.length;
    if (collectives.length > 0 && hostCount === 0) continue;
    const hosts = hostsInOrder(ranking, HOSTS_SHOWN);
    browsed.push({ service, alternatives, hosts, hostCount });
  }

  const order =
    filters.group === 'company'
      ? catalogue.companies.map((company) => company.id)
      : catalogue.needs.map((need) => need.id);
  const keyOf = (entry: BrowsedService) => (filters.group === 'company' ? entry.service.company : entry.service.need);
  return order
    .map((id) => ({ id, services: browsed.filter((entry) => keyOf(entry) === id) }))
    .filter((group) => group.services.length > 0);
}
