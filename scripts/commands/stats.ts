import { datedEntries } from '../../utils/catalogue/freshness';
import type { Catalogue } from '../../utils/catalogue/schema';
import { loadValidCatalogue } from '../catalogue-files';
import { KEY_NEEDS, percent, prefectureCoverage } from '../coverage';
import type { Command } from './command';

type Counts = Record<string, number>;

export interface CatalogueStats {
  totals: Counts;
  servicesPerCompany: Counts;
  servicesPerCategory: Counts;
  alternativesPerService: Counts;
  providersPerCountry: Counts;
  providersPerCollective: Counts;
  offersPerCategory: Counts;
}

function tally(keys: Iterable<string>): Counts {
  const counts: Counts = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function catalogueStats(catalogue: Catalogue): CatalogueStats {
  const alternatives = new Map(catalogue.categories.map((category) => [category.id, category.alternatives.length]));
  const located = catalogue.providers.filter((provider) => provider.place !== null);
  const noEquivalent = new Set(
    catalogue.categories.filter((category) => category.noEquivalent !== undefined).map((category) => category.id),
  );
  return {
    totals: {
      services: catalogue.services.length,
      categories: catalogue.categories.length,
      software: catalogue.software.length,
      selfHostableSoftware: catalogue.software.filter((software) => software.selfHostable).length,
      providers: catalogue.providers.length,
      providersWithPlace: located.length,
      offers: catalogue.providers.reduce((sum, provider) => sum + provider.offers.length, 0),
      collectives: catalogue.collectives.length,
      servicesWithLeavingNote: catalogue.services.filter((service) => service.leaving !== undefined).length,
      needsWithoutEquivalent: catalogue.categories.filter((category) => category.noEquivalent !== undefined).length,
      servicesWithoutEquivalent: catalogue.services.filter((service) => noEquivalent.has(service.category)).length,
      softwareWithMaintenance: catalogue.software.filter((software) => software.maintenance !== undefined).length,
    },
    servicesPerCompany: tally(catalogue.services.map((service) => service.company)),
    servicesPerCategory: tally(catalogue.services.map((service) => service.category)),
    alternativesPerService: Object.fromEntries(
      catalogue.services.map((service) => [service.id, alternatives.get(service.category) ?? 0]),
    ),
    providersPerCountry: tally(catalogue.providers.map((provider) => provider.place?.country ?? '(no place)')),
    providersPerCollective: tally(
      catalogue.providers.flatMap((provider) => (provider.collectives.length > 0 ? provider.collectives : ['(none)'])),
    ),
    offersPerCategory: tally(catalogue.providers.flatMap((provider) => provider.offers.map((offer) => offer.category))),
  };
}

const headings: Record<keyof CatalogueStats, string> = {
  totals: 'Totals',
  servicesPerCompany: 'GAFAM services per company',
  servicesPerCategory: 'GAFAM services per category',
  alternativesPerService: 'Libre alternatives per service',
  providersPerCountry: 'Providers per country',
  providersPerCollective: 'Providers per collective',
  offersPerCategory: 'Hosted offers per category',
};

/** Largest first, then by name, so the table reads top-down. */
function table(counts: Counts, keepOrder: boolean): string[] {
  const rows = Object.entries(counts);
  if (!keepOrder) rows.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, count]) => `  ${key.padEnd(width)}  ${String(count).padStart(4)}`);
}

/** How many of the oldest entries stats lists: the next ones to read again. */
const OLDEST_LISTED = 10;

export const stats: Command = {
  usage: 'stats [--json]         counts per company, category, service, country and collective; proximity of hosts',
  run(args) {
    const catalogue = loadValidCatalogue();
    const figures = catalogueStats(catalogue);
    const coverage = prefectureCoverage(catalogue);
    const oldest = datedEntries(catalogue).slice(0, OLDEST_LISTED);
    const unread = catalogue.software
      .filter((software) => software.maintenance === undefined)
      .map((software) => software.id);
    if (args.includes('--json')) {
      console.log(JSON.stringify({ ...figures, coverage, oldest, softwareWithoutMaintenance: unread }, null, 2));
      return 0;
    }
    const sections = (Object.keys(headings) as (keyof CatalogueStats)[]).map((key) =>
      [headings[key], ...table(figures[key], key === 'totals')].join('\n'),
    );
    const near = KEY_NEEDS.map((need) => {
      const summary = coverage.needs[need];
      return `  ${need.padEnd(16)} ${percent(summary.within50).padStart(5)} ${percent(summary.within100).padStart(5)} ${percent(summary.within200).padStart(5)}`;
    });
    sections.push(
      [`Chefs-lieux (${coverage.places}) with a host within 50, 100, 200 km`, ...near].join('\n'),
      `Services no host offers (${coverage.servicesWithoutOffer.length})\n  ${coverage.servicesWithoutOffer.join(', ') || 'none'}`,
      `Software whose maintenance no source has shown yet (${unread.length})\n  ${unread.join(', ') || 'none'}`,
      [
        `The ${OLDEST_LISTED} entries checked longest ago`,
        ...oldest.map((entry) => `  ${entry.checked}  ${entry.list} ${entry.id}`),
      ].join('\n'),
    );
    console.log(sections.join('\n\n'));
    return 0;
  },
};
