/**
 * `npm run bench`: measures what the project claims about speed, prints a table and
 * writes bench/results.json. Exits 1 when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../scripts/catalogue-files';
import { benchNearby } from './nearby';

interface Row {
  measure: string;
  value: number;
  unit: string;
  target?: number;
}

const nearby = benchNearby();
const rows: Row[] = [
  { measure: 'nearest 20 hosts among 10,000 (median)', value: nearby.nearest20Among10000.medianMs, unit: 'ms', target: 1 },
  { measure: 'nearest 20 hosts among 10,000 (p99)', value: nearby.nearest20Among10000.p99Ms, unit: 'ms' },
  { measure: `place lookup per keystroke (median of ${nearby.placeLookupPerKeystroke.keystrokes})`, value: nearby.placeLookupPerKeystroke.medianMs, unit: 'ms', target: 5 },
  { measure: 'place lookup per keystroke (p99)', value: nearby.placeLookupPerKeystroke.p99Ms, unit: 'ms' },
  { measure: `gazetteer (${nearby.gazetteerPlaces} places)`, value: nearby.gazetteerBytes / 1024, unit: 'KiB' },
];

const missed = rows.filter((row) => row.target !== undefined && row.value > row.target);
const width = Math.max(...rows.map((row) => row.measure.length));
for (const row of rows) {
  const target = row.target === undefined ? '' : `  target ≤ ${row.target} ${row.unit}${row.value > row.target ? '  MISSED' : ''}`;
  console.log(`${row.measure.padEnd(width)}  ${row.value.toFixed(row.unit === 'ms' ? 3 : 0).padStart(10)} ${row.unit}${target}`);
}
writeFileSync(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), nearby, rows }, null, 2)}\n`);
console.log('wrote bench/results.json');
process.exitCode = missed.length > 0 ? 1 : 0;
