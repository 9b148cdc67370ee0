/**
 * `npm run bench`: measures what the project claims about speed and size, prints a
 * table and writes bench/results.json. Exits 1 when a target or a size budget
 * (bench/README.md, "Size budgets") is missed, and says which.
 *
 * It builds what it measures first (`npm run zip`: the Chrome and Firefox builds and
 * their zips); `npm run bench -- --no-build` measures the outputs already there.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { loadValidCatalogue, projectRoot } from '../scripts/catalogue-files';
import { prefectureCoverage } from '../scripts/coverage';
import { withReadmeBlock } from '../scripts/readme-blocks';
import { benchBrowser } from './browser';
import { benchDetection } from './detection';
import { type BenchRow, benchFigures, missedRow } from './figures';
import { benchNearby } from './nearby';
import { benchBuild, CONTENT_SCRIPT, chromeBuild, differingFiles, measureSizes, readBudgets } from './sizes';

const started = performance.now();
const log = (line: string) => console.error(line);
const notes: string[] = [];

// 1. What is measured: the store builds and their zips.
if (!process.argv.includes('--no-build')) {
  log('building: npm run zip (the Chrome and Firefox builds, and their zips)');
  try {
    execSync('npm run zip', { cwd: projectRoot, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? error)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    notes.push(`npm run zip failed (${output}): built with npm run build; zips as found in .output/`);
    execSync('npm run build', { cwd: projectRoot, stdio: 'pipe' });
  }
}
if (!existsSync(join(chromeBuild, 'manifest.json')))
  throw new Error('No Chrome build in .output/chrome-mv3: run npm run build, or npm run bench without --no-build.');
// The Chrome build once more with the popup's control page (bench/control-page): the browser
// figures are taken there, so that the popup and its control come from one build.
if (!process.argv.includes('--no-build')) {
  log('building: npm run build:bench (the Chrome build with the popup’s control page)');
  execSync('npm run build:bench', { cwd: projectRoot, stdio: 'pipe' });
}
const benchBuildDiffers = differingFiles(chromeBuild, benchBuild);
if (benchBuildDiffers.length > 0)
  throw new Error(
    `The bench's build differs from the store build beyond its control page: ${benchBuildDiffers.join(', ')}`,
  );

// 2. Nearby hosts and places.
log('nearby hosts and places…');
const nearby = benchNearby();

// 3. Detection, ours against the regular-expression baseline, at three catalogue sizes.
log('detection…');
const detection = benchDetection(log);

// 4. Sizes against the README's budgets.
const budgets = readBudgets();
const sizes = measureSizes(budgets);
if (sizes.zips.length === 0) notes.push('no zip in .output/: zips not measured (npm run zip makes them)');

// 5. The built extension in Chromium: popup and content script.
log('Chromium: content script and popup…');
const browserProblems: string[] = [];
const browser = await benchBrowser(log, browserProblems);

const contentBudget = budgets.find((budget) => budget.patterns.includes(CONTENT_SCRIPT));
const kib = (bytes: number) => bytes / 1024;
const rows: BenchRow[] = [
  {
    key: 'nearest-hosts',
    measure: 'nearest 20 hosts among 10,000 (median)',
    value: nearby.nearest20Among10000.medianMs,
    unit: 'ms',
    target: 1,
  },
  { measure: 'nearest 20 hosts among 10,000 (p99)', value: nearby.nearest20Among10000.p99Ms, unit: 'ms' },
  {
    key: 'place-lookup',
    measure: `place lookup per keystroke (median of ${nearby.placeLookupPerKeystroke.keystrokes})`,
    value: nearby.placeLookupPerKeystroke.medianMs,
    unit: 'ms',
    target: 5,
  },
  { measure: 'place lookup per keystroke (p99)', value: nearby.placeLookupPerKeystroke.p99Ms, unit: 'ms' },
  { measure: `gazetteer (${nearby.gazetteerPlaces} places)`, value: nearby.gazetteerBytes / 1024, unit: 'KiB' },
];
const speedupTarget: Record<number, number | undefined> = { 1: 5, 100: 100 };
for (const scale of detection.scales) {
  const at = `detection, ${scale.factor}× catalogue (${scale.services.toLocaleString('en')} services)`;
  rows.push(
    { measure: `${at}: ours`, value: scale.ours.urlsPerSecond, unit: 'URLs/s' },
    {
      measure: `${at}: regex list (${scale.regularExpressions.toLocaleString('en')} expressions, ${scale.baseline.urls.toLocaleString('en')} URLs)`,
      value: scale.baseline.urlsPerSecond,
      unit: 'URLs/s',
    },
    {
      ...(scale.factor === 1 && { key: 'detection-speedup' }),
      measure: `${at}: ours ÷ regex list`,
      value: scale.speedup,
      unit: '×',
      atLeast: speedupTarget[scale.factor],
    },
    { measure: `${at}: ours, p99 per URL`, value: scale.ours.p99Us, unit: 'µs' },
    { measure: `${at}: regex list, p99 per URL`, value: scale.baseline.p99Us, unit: 'µs' },
    { measure: `${at}: answers differing from ours`, value: scale.disagreements, unit: 'URLs', target: 0 },
  );
}
for (const scale of detection.scales.slice(1)) {
  rows.push({
    ...(scale.factor === 100 && { key: 'detection-growth' }),
    measure: `detection: our cost per URL, ${scale.factor}× catalogue ÷ today's`,
    value: scale.ours.meanUs / detection.scales[0].ours.meanUs,
    unit: '×',
    target: 1.5,
  });
}
const script = browser.contentScript;
rows.push(
  {
    key: 'popup-paint',
    measure: `popup: opened on a detected tab → alternatives painted (median of ${browser.popup.runs})`,
    value: browser.popup.medianMs,
    unit: 'ms',
    target: 100,
  },
  { measure: 'popup: the same, slowest run', value: browser.popup.maxMs, unit: 'ms' },
  {
    key: 'popup-cold',
    measure: 'popup: its first opening since install (cold)',
    value: browser.popup.firstRunMs,
    unit: 'ms',
  },
  {
    measure: 'popup: its scripts loaded and run, DOMContentLoaded (median)',
    value: browser.popup.scriptsLoaded.medianMs,
    unit: 'ms',
  },
  {
    measure: 'popup: first contentful paint, as Chromium times it (median)',
    value: browser.popup.firstContentfulPaint.medianMs,
    unit: 'ms',
  },
  {
    key: 'control-page',
    measure: `control page: Preact painting one line, same build and loading (median of ${browser.controlPage.runs})`,
    value: browser.controlPage.medianMs,
    unit: 'ms',
  },
  { measure: 'control page: its first opening (cold)', value: browser.controlPage.firstRunMs, unit: 'ms' },
  {
    measure: 'control page: its scripts loaded and run, DOMContentLoaded (median)',
    value: browser.controlPage.scriptsLoaded.medianMs,
    unit: 'ms',
  },
  {
    key: 'popup-ratio',
    measure: 'popup ÷ control page (medians, same run)',
    value: browser.popup.medianMs / browser.controlPage.medianMs,
    unit: '×',
    target: 1.3,
  },
  {
    key: 'popup-cold-ratio',
    measure: 'popup, first opening (cold) ÷ control page (median)',
    value: browser.popup.firstRunMs / browser.controlPage.medianMs,
    unit: '×',
    target: 2,
  },
  {
    key: 'content-script-bytes',
    measure: 'content script: bytes shipped',
    value: kib(sizes.contentScript.bytes),
    unit: 'KiB',
    target: contentBudget ? kib(contentBudget.bytes) : undefined,
  },
  { measure: 'content script: gzipped', value: kib(sizes.contentScript.gzipBytes), unit: 'KiB' },
  {
    measure: 'content script: webextension-polyfill share of the bytes',
    value: sizes.contentScript.polyfillShare * 100,
    unit: '%',
  },
  {
    key: 'content-script-time',
    measure: `content script: main-thread time on a GAFAM page (median of ${script.visits})`,
    value: script.ours.mainThread.medianMs,
    unit: 'ms',
  },
  {
    key: 'content-script-ratio',
    measure: 'content script ÷ its control sending the address with the bare API (medians, same run)',
    value: script.ours.mainThread.medianMs / script.messageAlone.mainThread.medianMs,
    unit: '×',
    target: 1.5,
  },
  { measure: 'content script: CPU time of that (median)', value: script.ours.cpu.medianMs, unit: 'ms' },
  {
    measure: `the card's script, injected where a card shows, main-thread time (median of ${script.card.mainThread.runs})`,
    value: script.card.mainThread.medianMs,
    unit: 'ms',
  },
  {
    measure: 'control: an empty content script, main-thread time (median)',
    value: script.emptyScript.mainThread.medianMs,
    unit: 'ms',
  },
  {
    measure: 'control: 1 ms of plain work, as this method reads it (median)',
    value: script.oneMillisecond.mainThread.medianMs,
    unit: 'ms',
  },
  {
    key: 'control-bare-message',
    measure: 'control: sending the address with the bare API, main-thread time (median)',
    value: script.messageAlone.mainThread.medianMs,
    unit: 'ms',
  },
  {
    measure: 'control: webextension-polyfill alone, main-thread time (median)',
    value: script.polyfillAlone.mainThread.medianMs,
    unit: 'ms',
  },
  {
    measure: 'control: the polyfill sending the address, main-thread time (median)',
    value: script.polyfillAndMessage.mainThread.medianMs,
    unit: 'ms',
  },
  {
    key: 'chrome-build',
    measure: `Chrome build, all ${sizes.files.length} files`,
    value: kib(sizes.totalBytes),
    unit: 'KiB',
    target: sizes.totalBudget ? kib(sizes.totalBudget.bytes) : undefined,
  },
  ...sizes.zips.map((zip) => ({
    measure: `zip: ${zip.file}`,
    value: kib(zip.bytes),
    unit: 'KiB',
    target: zip.budget ? kib(zip.budget.bytes) : undefined,
  })),
);

const format = (value: number, unit: string) => {
  if (unit === 'URLs/s') return Math.round(value).toLocaleString('en');
  if (unit === 'URLs') return String(value);
  return value.toFixed(unit === 'ms' || unit === '×' ? 3 : unit === 'µs' || unit === 'KiB' || unit === '%' ? 1 : 0);
};
const width = Math.max(...rows.map((row) => row.measure.length));
console.log('');
for (const row of rows) {
  const bound =
    row.target !== undefined
      ? `  target ≤ ${format(row.target, row.unit)}`
      : row.atLeast !== undefined
        ? `  target ≥ ${format(row.atLeast, row.unit)}`
        : '';
  console.log(
    `${row.measure.padEnd(width)}  ${format(row.value, row.unit).padStart(12)} ${row.unit.padEnd(6)}${bound}${missedRow(row) ? '  MISSED' : ''}`,
  );
}

console.log('\nbuilt files and zips against the README’s size budgets:');
for (const sized of [...sizes.files, ...sizes.zips]) {
  const over = sized.budget !== null && sized.bytes > sized.budget.bytes;
  console.log(
    `  ${sized.file.padEnd(48)} ${String(sized.bytes).padStart(9)} B  ${sized.budget ? `budget ${sized.budget.bytes} B (${sized.budget.label})` : 'NO BUDGET'}${over ? '  OVER' : ''}`,
  );
}

const missed = [
  ...rows.filter(missedRow).map((row) => `${row.measure}: ${format(row.value, row.unit)} ${row.unit}`),
  ...sizes.problems,
  ...browserProblems,
];
for (const scale of detection.scales) {
  for (const example of scale.disagreementExamples)
    missed.push(
      `the regex list disagrees at ${scale.factor}× on ${example.url}: ours ${example.ours}, regex list ${example.baseline}`,
    );
}
const chromium = (() => {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
})();
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, chromium },
  notes,
  nearby,
  coverage: prefectureCoverage(loadValidCatalogue()),
  detection,
  sizes: { ...sizes, budgets },
  browser,
  rows,
  missed,
  seconds: (performance.now() - started) / 1000,
};
writeFileSync(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const readme = join(projectRoot, 'README.md');
writeFileSync(readme, withReadmeBlock(readFileSync(readme, 'utf8'), 'bench', benchFigures(results)));
for (const note of notes) console.log(`note: ${note}`);
console.log(`\nwrote bench/results.json and README.md's figures (${Math.round(results.seconds)} s)`);
if (missed.length > 0) {
  console.log(`\n${missed.length} target(s) or budget(s) missed:`);
  for (const line of missed) console.log(`  - ${line}`);
}
process.exitCode = missed.length > 0 ? 1 : 0;
