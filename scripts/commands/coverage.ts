import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, loadValidCatalogue } from '../catalogue-files';
import {
  type Coverage,
  KEY_NEEDS,
  measureCoverage,
  percent,
  placeQueries,
  prefectureQueries,
  resolvePlaces,
  worstServed,
} from '../coverage';
import type { Command } from './command';
import { placeIndex } from './place';

const USAGE = 'usage: npm run catalogue -- coverage [--places FILE] [--json] [--data DIR]';

/** `--json`, `--places FILE` and `--data DIR` (another catalogue directory), each at most once; null on anything else. */
function readOptions(args: readonly string[]): { json: boolean; places?: string; data?: string } | null {
  const options: { json: boolean; places?: string; data?: string } = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json' && !options.json) options.json = true;
    else if ((arg === '--places' || arg === '--data') && options[arg.slice(2) as 'places' | 'data'] === undefined) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return null;
      options[arg.slice(2) as 'places' | 'data'] = value;
    } else return null;
  }
  return options;
}

const kmText = (km: number | null) => (km === null ? 'none' : `${Math.round(km)} km`).padStart(8);

function printTables(coverage: Coverage, origin: string): void {
  const { summary } = coverage;
  const needs = Object.keys(summary.needs).sort(
    (a, b) => Number(!KEY_NEEDS.includes(a as never)) - Number(!KEY_NEEDS.includes(b as never)) || a.localeCompare(b),
  );
  const width = Math.max(...needs.map((need) => need.length), 4);
  console.log(`Nearest host offering each need, from ${summary.places} places (${origin})\n`);
  console.log(`  ${'need'.padEnd(width)}  ≤50 km ≤100 km ≤200 km   median`);
  for (const need of needs) {
    const { within50, within100, within200, medianKm } = summary.needs[need];
    console.log(
      `  ${need.padEnd(width)}  ${percent(within50).padStart(6)}  ${percent(within100).padStart(6)}  ${percent(within200).padStart(6)} ${kmText(medianKm)}`,
    );
  }
  const worst = worstServed(coverage);
  const placeWidth = Math.max(...worst.map((row) => row.place.length), 5);
  console.log(
    `\nThe ${worst.length} worst-served places (needs with nobody within 100 km; nearest for ${KEY_NEEDS.join(', ')})\n`,
  );
  for (const row of worst) {
    console.log(
      `  ${row.place.padEnd(placeWidth)}  ${String(row.needsBeyond100).padStart(3)}/${needs.length}  ${row.keyKm.map(kmText).join(' ')}`,
    );
  }
  console.log(
    `\nServices no host offers (${summary.servicesWithoutOffer.length}): ${summary.servicesWithoutOffer.join(', ') || 'none'}`,
  );
  console.log(
    `Services no host can run, apps one installs (${summary.servicesNotHostable.length}): ${summary.servicesNotHostable.join(', ') || 'none'}`,
  );
}

/** For each place and each need a host can offer, the nearest host, as the popup ranks them. */
export const coverage: Command = {
  usage:
    'coverage [--places FILE] [--json] [--data DIR]  nearest host per place and need (default: every département’s chef-lieu)',
  run(args) {
    const options = readOptions(args);
    if (options === null) {
      console.error(USAGE);
      return 2;
    }
    const { json, places: file, data } = options;
    let queries: string[];
    if (file === undefined) {
      queries = prefectureQueries();
    } else {
      try {
        queries = placeQueries(readFileSync(file, 'utf8'));
      } catch (error) {
        console.error(`cannot read ${file}: ${(error as Error).message}`);
        return 2;
      }
      if (queries.length === 0) {
        console.error(`${file} holds no place: one postal code or town per line`);
        return 2;
      }
    }
    const { places, unmatched } = resolvePlaces(placeIndex(), queries);
    if (unmatched.length > 0) {
      console.error(`no place matches ${unmatched.map((query) => `"${query}"`).join(', ')}: nothing measured`);
      return 1;
    }
    const measured = measureCoverage(loadValidCatalogue(data === undefined ? dataDir : resolve(data)), places);
    if (json) {
      for (const row of measured.rows) console.log(JSON.stringify(row));
      console.log(JSON.stringify({ summary: measured.summary }));
    } else {
      printTables(measured, file ?? 'the chef-lieu of every département');
    }
    return 0;
  },
};
