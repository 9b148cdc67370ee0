/**
 * `npm run catalogue -- coverage`: on a small fixture catalogue whose hosts sit at known
 * points, every distance is checked against a great-circle distance computed here, and
 * every choice against the popup's own ranking.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue, projectRoot } from '../../scripts/catalogue-files';
import { placeIndex } from '../../scripts/commands/place';
import { hostableNeeds, measureCoverage, prefectureQueries, resolvePlaces, worstServed } from '../../scripts/coverage';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import { rankHosts } from '../../utils/nearby';
import { searchPlaces } from '../../utils/places/gazetteer';

const fixture = join(projectRoot, 'tests', 'fixtures', 'coverage');
const placesFile = join(fixture, 'places.txt');
const fixtureCatalogue = loadValidCatalogue(fixture);

function catalogue(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalogue.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Haversine, written apart from the extension's own chord arithmetic. */
function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('coverage on a fixture catalogue', () => {
  const run = catalogue('coverage', '--data', fixture, '--places', placesFile, '--json');
  const output = run.status === 0 ? lines(run.stdout) : [];
  const rows = output.slice(0, -1);
  const { summary } = output.at(-1) ?? {};

  it('prints one line per place and hostable need, then the summary', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(rows.map((row: { place: string; need: string }) => `${row.place} / ${row.need}`)).toEqual([
      '29200 / write-together',
      '29200 / files',
      '69001 Lyon / write-together',
      '69001 Lyon / files',
      'Strasbourg / write-together',
      'Strasbourg / files',
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['place', 'need', 'host', 'km']);
  }, 30_000);

  it('gives the nearest placed host and its great-circle distance', () => {
    const index = placeIndex();
    for (const row of rows.filter((row: { need: string }) => row.need === 'write-together')) {
      const [origin] = searchPlaces(index, row.place, 1);
      const placed = fixtureCatalogue.hosts.filter((host) => host.place !== null);
      const best = Math.min(...placed.map((host) => kilometres(origin, host.place!)));
      expect(row.km).toBeCloseTo(best, 0);
      const host = placed.find((host) => host.id === row.host)!;
      expect(kilometres(origin, host.place!)).toBeCloseTo(best, 3);
    }
    // From Strasbourg the Lyon hosts are the nearest, far beyond 100 km.
    expect(rows[4].km).toBeGreaterThan(300);
  }, 30_000);

  it('breaks a tie as the popup does: the open host before the members-only one, never a host with no place', () => {
    expect(rows[2].host).toBe('lyon-coop');
    expect(rows.some((row: { host: string | null }) => row.host === 'nowhere-asso')).toBe(false);
  });

  it('says when no host offers a need', () => {
    for (const row of rows.filter((row: { need: string }) => row.need === 'files'))
      expect(row).toMatchObject({ host: null, km: null });
  });

  it('summarises the shares within 50, 100 and 200 km, the median, and the services no host offers', () => {
    expect(summary.places).toBe(3);
    expect(summary.needs['write-together']).toEqual({
      within50: 0.667,
      within100: 0.667,
      within200: 0.667,
      medianKm: 0,
    });
    expect(summary.needs.files).toEqual({ within50: 0, within100: 0, within200: 0, medianKm: null });
    expect(summary.servicesWithoutOffer).toEqual(['google-drive']);
    expect(summary.servicesNotHostable).toEqual(['google-chrome']);
  });

  it('prints readable tables and the worst-served places without --json', () => {
    const text = catalogue('coverage', '--data', fixture, '--places', placesFile);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/write-together +67 % +67 % +67 % +0 km/);
    expect(text.stdout).toMatch(/The 3 worst-served places[^\n]*\n\n {2}Strasbourg +2\/2 +384 km/);
    expect(text.stdout).toContain('Services no host offers (1): google-drive');
  }, 30_000);
});

describe('coverage refuses what it cannot measure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the lines that match no place, and measures nothing', () => {
    const file = join(dir, 'places.txt');
    writeFileSync(file, '29200\nqqqqqqq\n');
    const run = catalogue('coverage', '--data', fixture, '--places', file, '--json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no place matches "qqqqqqq"');
  }, 30_000);

  it('refuses an empty or missing file and unknown flags', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '# nothing\n\n');
    expect(catalogue('coverage', '--places', empty).stderr).toContain('holds no place');
    expect(catalogue('coverage', '--places', join(dir, 'absent.txt')).status).toBe(2);
    expect(catalogue('coverage', '--places').status).toBe(2);
    expect(catalogue('coverage', '--everywhere').status).toBe(2);
  }, 30_000);
});

describe('coverage of the shipped catalogue', () => {
  const shipped = loadValidCatalogue();
  const index = placeIndex();
  const queries = prefectureQueries();
  const { places, unmatched } = resolvePlaces(index, queries);

  it('measures from the chef-lieu of all 101 départements, overseas included, each resolved to itself', () => {
    expect(queries).toHaveLength(101);
    expect(unmatched).toEqual([]);
    for (const { query, point } of places)
      expect(query.endsWith(` ${point.name}`), `${query} → ${point.name}`).toBe(true);
    expect(queries).toEqual(
      expect.arrayContaining(['97400 Saint-Denis', '97600 Mamoudzou', '53000 Laval', '20000 Ajaccio']),
    );
  });

  it('chooses for every place and need the host the popup would list first', () => {
    const coverage = measureCoverage(shipped, places);
    const view = createCatalogueView(shipped);
    expect(coverage.rows).toHaveLength(places.length * hostableNeeds(view).length);
    for (const row of coverage.rows.filter((_, i) => i % 7 === 0)) {
      const { point } = places.find((place) => place.query === row.place)!;
      const [first] = rankHosts(view.hostsFor(row.need), point).located;
      expect(row.host).toBe(first?.host.id ?? null);
    }
    expect(worstServed(coverage, 20)).toHaveLength(20);
  });

  it('is the summary that stats prints', () => {
    const stats = JSON.parse(catalogue('stats', '--json').stdout);
    expect(stats.coverage).toEqual(measureCoverage(shipped, places).summary);
  }, 30_000);
});
