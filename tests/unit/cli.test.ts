import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDir, loadValidCatalogue, projectRoot } from '../../scripts/catalogue-files';
import { datedEntries } from '../../utils/catalogue/freshness';
import { hostsRunning } from '../expected';

function catalogue(...args: string[]) {
  return catalogueOn(undefined, ...args);
}

/** The command line as of a given day (CATALOGUE_TODAY), for what depends on the date. */
function catalogueOn(today: string | undefined, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalogue.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...(today && { CATALOGUE_TODAY: today }) },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run catalogue -- detect', () => {
  it('prints one JSON object per URL, in order, with null company for anything else', () => {
    const urls = [
      'https://docs.google.com/spreadsheets/d/x/edit',
      'https://mail.google.com.attacker.test/',
      'not a url',
      'https://www.amazon.fr/dp/B0',
      'about:blank',
    ];
    const { status, stdout } = catalogue('detect', ...urls);
    expect(status).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { url: urls[0], company: 'google', service: 'Google Sheets', need: 'spreadsheets' },
      { url: urls[1], company: null },
      { url: urls[2], company: null },
      { url: urls[3], company: 'amazon', service: 'Amazon', need: 'shopping' },
      { url: urls[4], company: null },
    ]);
  }, 30_000);
});

describe('npm run catalogue -- check', () => {
  let copy: string | undefined;
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });

  const dated = datedEntries(loadValidCatalogue());
  const newest = dated.at(-1)!.checked;

  it('passes on the shipped data', () => {
    const { status, stdout } = catalogueOn(newest, 'check');
    expect(stdout).toBe('catalogue OK\n');
    expect(status).toBe(0);
  }, 30_000);

  it('warns about entries checked more than 12 months ago, and still passes', () => {
    const oldest = dated[0].checked;
    // The day after the oldest entries turn a year old: those, and only those, are due.
    const next = new Date(`${oldest}T12:00:00Z`);
    next.setUTCFullYear(next.getUTCFullYear() + 1);
    next.setUTCDate(next.getUTCDate() + 1);
    const due = dated.filter((entry) => entry.checked === oldest);
    const { status, stdout } = catalogueOn(next.toISOString().slice(0, 10), 'check');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(
      due.map(
        (entry) =>
          `warning: ${entry.list} "${entry.id}" was checked on ${oldest}, more than 12 months ago: read its sources again`,
      ),
    );
    expect(lines.at(-1)).toBe(`catalogue OK (${due.length} warning(s))`);
  }, 30_000);

  it('fails on a broken copy, naming each problem by file and path', () => {
    copy = mkdtempSync(join(tmpdir(), 'catalogue-check-'));
    cpSync(dataDir, copy, { recursive: true });
    const softwareFile = join(copy, 'software.json');
    const data = JSON.parse(readFileSync(softwareFile, 'utf8'));
    data.software[0].license = 'SSPL-1.0';
    data.software[1].website = 'http://example.org/';
    writeFileSync(softwareFile, JSON.stringify(data));
    writeFileSync(join(copy, 'broken.json'), '{ "services": [');

    const { status, stdout } = catalogue('check', copy);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^broken\.json \(file\): not valid JSON: /),
      'software.json software[1].website: expected an https:// URL',
      '2 problem(s)',
    ]);

    // Once the shapes are right, the cross-checks speak: here, the license.
    rmSync(join(copy, 'broken.json'));
    data.software[1].website = 'https://example.org/';
    writeFileSync(softwareFile, JSON.stringify(data));
    const second = catalogue('check', copy);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(
      `software.json software[0].license: not a libre license: "SSPL-1.0" is neither OSI-approved nor listed as free by the FSF\n1 problem(s)\n`,
    );
  }, 30_000);
});

describe('npm run catalogue -- stats', () => {
  const shipped = loadValidCatalogue();
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

  it('counts services per company and need, alternatives per service, hosts per country and collective', () => {
    const { status, stdout } = catalogue('stats', '--json');
    expect(status).toBe(0);
    const figures = JSON.parse(stdout);
    expect(figures.totals.services).toBe(shipped.services.length);
    expect(sum(figures.servicesPerCompany)).toBe(shipped.services.length);
    expect(Object.keys(figures.servicesPerCompany).sort()).toEqual(['amazon', 'apple', 'google', 'meta', 'microsoft']);
    expect(sum(figures.servicesPerNeed)).toBe(shipped.services.length);
    expect(figures.alternativesPerService['google-docs']).toBe(
      shipped.needs.find((need) => need.id === 'write-together')!.alternatives.length,
    );
    expect(sum(figures.hostsPerCountry)).toBe(shipped.hosts.length);
    expect(figures.hostsPerCountry['(no place)'] ?? 0).toBe(shipped.hosts.length - figures.totals.hostsWithPlace);
    const chatons = shipped.hosts.filter((host) => host.collectives.includes('chatons')).length;
    expect(figures.hostsPerCollective.chatons).toBe(chatons);
  }, 30_000);

  it('prints the same figures as readable tables', () => {
    const { status, stdout } = catalogue('stats');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Totals\\n  services +${shipped.services.length}\\n`));
    expect(stdout).toContain('\n\nHosts per collective\n');
  }, 30_000);
});

describe('npm run catalogue -- place', () => {
  it('prints the best matches first, one JSON object per line', () => {
    const { status, stdout } = catalogue('place', 'saint', 'denis');
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(['name', 'postalCode', 'country', 'lat', 'lon']);
    expect(
      lines
        .slice(0, 2)
        .map((line) => line.postalCode)
        .sort(),
    ).toEqual(['93200', '97400']);
    expect(lines[0].name).toBe('Saint-Denis');
  }, 30_000);

  it('finds a postal code, and says so on stderr when nothing matches', () => {
    const [first] = catalogue('place', '29200')
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first).toMatchObject({ name: 'Brest', postalCode: '29200', country: 'FR' });
    const none = catalogue('place', 'qqqqqq');
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no place matches');
    expect(catalogue('place').status).toBe(2);
  }, 30_000);
});

describe('npm run catalogue -- nearby', () => {
  it('ranks hosts by distance from a place, nearest first', () => {
    const { status, stdout, stderr } = catalogue('nearby', 'Brest', '--need', 'write-together');
    expect(status).toBe(0);
    expect(stderr).toContain('from Brest (29200)');
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const hosts = hostsRunning(loadValidCatalogue(), 'write-together').filter((p) => p.place);
    expect(lines.map((line) => line.id).sort()).toEqual(hosts.map((host) => host.id).sort());
    const kms = lines.map((line) => line.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(typeof kms[0]).toBe('number');
  }, 30_000);

  it('still takes the old --category flag for one release, and says so', () => {
    const today = catalogue('nearby', 'Brest', '--need', 'write-together');
    const old = catalogue('nearby', 'Brest', '--category', 'write-together');
    expect(old.status).toBe(0);
    expect(old.stdout).toBe(today.stdout);
    expect(old.stderr).toContain('--category is now --need');
    expect(today.stderr).not.toContain('--category');
  }, 30_000);

  it('refuses an unknown need and an unknown place', () => {
    expect(catalogue('nearby', 'Lyon', '--need', 'no-such-need').status).toBe(2);
    expect(catalogue('nearby', 'qqqqqq').status).toBe(1);
  }, 30_000);
});
