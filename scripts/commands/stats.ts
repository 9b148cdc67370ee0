import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datedEntries } from '../../utils/catalogue/freshness';
import type { Catalogue } from '../../utils/catalogue/schema';
import { loadValidCatalogue, projectRoot } from '../catalogue-files';
import { type CoverageSummary, KEY_NEEDS, percent, prefectureCoverage } from '../coverage';
import { withReadmeBlock } from '../readme-blocks';
import type { Command } from './command';

type Counts = Record<string, number>;

export interface CatalogueStats {
  totals: Counts;
  servicesPerCompany: Counts;
  servicesPerNeed: Counts;
  alternativesPerService: Counts;
  hostsPerCountry: Counts;
  hostsPerCollective: Counts;
  offersPerNeed: Counts;
}

function tally(keys: Iterable<string>): Counts {
  const counts: Counts = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function catalogueStats(catalogue: Catalogue): CatalogueStats {
  const alternatives = new Map(catalogue.needs.map((need) => [need.id, need.alternatives.length]));
  const located = catalogue.hosts.filter((host) => host.place !== null);
  const noEquivalent = new Set(
    catalogue.needs.filter((need) => need.noEquivalent !== undefined).map((need) => need.id),
  );
  return {
    totals: {
      services: catalogue.services.length,
      needs: catalogue.needs.length,
      software: catalogue.software.length,
      selfHostableSoftware: catalogue.software.filter((software) => software.selfHostable).length,
      hosts: catalogue.hosts.length,
      hostsWithPlace: located.length,
      offers: catalogue.hosts.reduce((sum, host) => sum + host.offers.length, 0),
      collectives: catalogue.collectives.length,
      servicesWithLeavingNote: catalogue.services.filter((service) => service.leaving !== undefined).length,
      servicesWithNoExportKnown: catalogue.services.filter(
        (service) => service.leaving !== undefined && service.leaving.exportPage === undefined,
      ).length,
      needsWithoutEquivalent: catalogue.needs.filter((need) => need.noEquivalent !== undefined).length,
      servicesWithoutEquivalent: catalogue.services.filter((service) => noEquivalent.has(service.need)).length,
      softwareWithMaintenance: catalogue.software.filter((software) => software.maintenance !== undefined).length,
    },
    servicesPerCompany: tally(catalogue.services.map((service) => service.company)),
    servicesPerNeed: tally(catalogue.services.map((service) => service.need)),
    alternativesPerService: Object.fromEntries(
      catalogue.services.map((service) => [service.id, alternatives.get(service.need) ?? 0]),
    ),
    hostsPerCountry: tally(catalogue.hosts.map((host) => host.place?.country ?? '(no place)')),
    hostsPerCollective: tally(
      catalogue.hosts.flatMap((host) => (host.collectives.length > 0 ? host.collectives : ['(none)'])),
    ),
    offersPerNeed: tally(catalogue.hosts.flatMap((host) => host.offers.map((offer) => offer.need))),
  };
}

const headings: Record<keyof CatalogueStats, string> = {
  totals: 'Totals',
  servicesPerCompany: 'GAFAM services per company',
  servicesPerNeed: 'GAFAM services per need',
  alternativesPerService: 'Libre alternatives per service',
  hostsPerCountry: 'Hosts per country',
  hostsPerCollective: 'Hosts per collective',
  offersPerNeed: 'Hosted offers per need',
};

/** Largest first, then by name, so the table reads top-down. */
function table(counts: Counts, keepOrder: boolean): string[] {
  const rows = Object.entries(counts);
  if (!keepOrder) rows.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, count]) => `  ${key.padEnd(width)}  ${String(count).padStart(4)}`);
}

const keyNeedNames: Record<(typeof KEY_NEEDS)[number], string> = {
  'write-together': 'pads',
  files: 'files',
  mail: 'mail',
  'video-calls': 'video calls',
};

/** The README's paragraph of catalogue figures (its `catalogue` block), from the stats and the coverage. */
export function catalogueFigures(figures: CatalogueStats, coverage: CoverageSummary): string {
  const total = figures.totals;
  const companies = Object.entries(figures.servicesPerCompany)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([company, count]) => `${company[0].toUpperCase()}${company.slice(1)} ${count}`)
    .join(', ');
  const near = KEY_NEEDS.map((need) => `for ${keyNeedNames[need]} in ${percent(coverage.needs[need].within100)}`);
  // One sentence a line, so that a change of figures shows as the lines it changes.
  return [
    `\`npm run catalogue -- stats\` gives today’s figures: ${total.services} GAFAM services (${companies}), ${total.needs} needs (${total.needsWithoutEquivalent} of them with no libre equivalent yet, for ${total.servicesWithoutEquivalent} services: the closest options are shown as such), ${total.software} libre software (${total.softwareWithMaintenance} with their newest release, commit or packaged release on record), ${total.servicesWithLeavingNote} how-to-leave notes (${total.servicesWithNoExportKnown} of them saying we know of no export), and ${total.hosts} hosts offering ${total.offers} services, ${total.hostsWithPlace} of them with a confirmed place.`,
    `From the chef-lieu of each of the ${coverage.places} départements, a host is within 100 km ${near.slice(0, -1).join(', ')} and ${near.at(-1)} of them (\`npm run catalogue -- coverage\`).`,
  ].join('\n');
}

/** How many of the oldest entries stats lists: the next ones to read again. */
const OLDEST_LISTED = 10;

export const stats: Command = {
  usage:
    'stats [--json] [--readme]  counts per company, need, service, country and collective; proximity of hosts; --readme writes them into README.md',
  run(args) {
    const catalogue = loadValidCatalogue();
    const figures = catalogueStats(catalogue);
    const coverage = prefectureCoverage(catalogue);
    if (args.includes('--readme')) {
      const readme = join(projectRoot, 'README.md');
      writeFileSync(
        readme,
        withReadmeBlock(readFileSync(readme, 'utf8'), 'catalogue', catalogueFigures(figures, coverage)),
      );
      console.log('wrote the catalogue figures into README.md');
      return 0;
    }
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
