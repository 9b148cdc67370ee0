/** The settings page's import: which files go together, what is refused whole, what a backup restores. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../entrypoints/options/backup';
import { type ChosenFile, keepOutcome, readChosenFiles } from '../../entrypoints/options/import-files';
import { loadValidCatalogue, projectRoot } from '../../scripts/catalogue-files';
import type { LocalList } from '../../utils/local-list';
import type { Settings } from '../../utils/settings';
import { defaultSettings } from '../../utils/settings-defaults';
import { importableHost } from '../fixtures/importable-host';

const bundled = loadValidCatalogue();
const today = '2026-12-06';
const chosen = (name: string, text: string, size = new TextEncoder().encode(text).length): ChosenFile => ({
  name,
  size,
  text: async () => text,
});
const list = chosen('list.json', JSON.stringify({ hosts: [importableHost] }));
const propertiesDir = join(
  projectRoot,
  'tests',
  'fixtures',
  'chatonsinfos',
  'exemple-hebergement.example.org',
  'chatonsinfos',
);
const properties = readdirSync(propertiesDir).map((name) =>
  chosen(name, readFileSync(join(propertiesDir, name), 'utf8')),
);

describe('reading the chosen files', () => {
  it('reads one JSON list into the hosts it would store', async () => {
    const outcome = await readChosenFiles([list], bundled, today);
    expect(outcome.kind).toBe('imported');
    if (outcome.kind !== 'imported') return;
    expect(outcome.localList.hosts.map((host) => host.id)).toEqual([importableHost.id]);
    expect(outcome.localList).toMatchObject({ source: 'list.json', imported: today });
  });

  it('reads ChatonsInfos .properties files together', async () => {
    const outcome = await readChosenFiles(properties, bundled, today);
    expect(outcome.kind).toBe('imported');
    if (outcome.kind === 'imported') expect(outcome.localList.hosts[0].name).toBe('Exemple Hébergement');
  });

  it('recognises a backup, and restores its settings and list as they were', async () => {
    const settings: Settings = { ...defaultSettings, notice: 'always', mutedSites: ['mail.google.com'] };
    const imported = await readChosenFiles([list], bundled, today);
    const localList = imported.kind === 'imported' ? imported.localList : null;
    const backup = chosen('backup.json', JSON.stringify(makeBackup(settings, localList)));
    expect(await readChosenFiles([backup], bundled, today)).toEqual({ kind: 'restored', settings, localList });
  });

  it('refuses, before reading anything, a file or a choice larger than 5 MB', async () => {
    let read = false;
    const big: ChosenFile = {
      name: 'big.json',
      size: 6 * 1024 * 1024,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    expect(await readChosenFiles([big], bundled, today)).toEqual({
      kind: 'problems',
      problems: [{ file: 'big.json', where: '(file)', message: 'larger than 5 MB: not read' }],
    });
    const halves = [chosen('a.properties', '', 3 * 1024 * 1024), chosen('b.properties', '', 3 * 1024 * 1024)];
    expect(await readChosenFiles(halves, bundled, today)).toMatchObject({
      problems: [{ file: 'a.properties, b.properties', message: 'larger than 5 MB: not read' }],
    });
    expect(read).toBe(false);
  });

  it('refuses two JSON files, or JSON mixed with .properties, naming them', async () => {
    const outcome = await readChosenFiles([list, properties[0]], bundled, today);
    expect(outcome).toMatchObject({ kind: 'problems', problems: [{ file: `list.json, ${properties[0].name}` }] });
  });

  it('names every problem of a bad list, and of a damaged backup', async () => {
    const bad = chosen('bad.json', JSON.stringify({ hosts: [{ ...importableHost, website: 'javascript:alert(1)' }] }));
    expect(await readChosenFiles([bad], bundled, today)).toEqual({
      kind: 'problems',
      problems: [{ file: 'bad.json', where: 'hosts[0].website', message: 'expected an https:// URL' }],
    });
    const damaged = chosen(
      'backup.json',
      JSON.stringify({ ...makeBackup(defaultSettings, null), settings: { notice: 1 } }),
    );
    const outcome = await readChosenFiles([damaged], bundled, today);
    expect(outcome.kind).toBe('problems');
    expect(await readChosenFiles([chosen('broken.json', '{"hosts": [')], bundled, today)).toMatchObject({
      kind: 'problems',
      problems: [{ file: 'broken.json' }],
    });
  });
});

describe('keeping what was read', () => {
  const recorder = () => {
    const calls: string[] = [];
    return {
      calls,
      store: {
        settings: async (settings: Settings) => void calls.push(`settings ${settings.notice}`),
        localList: async (localList: LocalList | null) => void calls.push(`localList ${localList?.source ?? null}`),
      },
    };
  };

  it('stores a list alone, and a backup’s settings before its list', async () => {
    const imported = await readChosenFiles([list], bundled, today);
    const one = recorder();
    await keepOutcome(imported, one.store);
    expect(one.calls).toEqual(['localList list.json']);
    const settings: Settings = { ...defaultSettings, notice: 'never' };
    const both = recorder();
    await keepOutcome({ kind: 'restored', settings, localList: null }, both.store);
    expect(both.calls).toEqual(['settings never', 'localList null']);
  });

  it('stores nothing at all when the files had a problem', async () => {
    const none = recorder();
    await keepOutcome({ kind: 'problems', problems: [{ file: 'x', where: '(file)', message: 'no' }] }, none.store);
    expect(none.calls).toEqual([]);
  });
});
