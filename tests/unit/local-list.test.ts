import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBackup, readBackup } from '../../entrypoints/options/backup';
import { importJson, importProperties } from '../../entrypoints/options/local-list-import';
import { loadValidCatalogue, projectRoot } from '../../scripts/catalogue-files';
import type { Host } from '../../utils/catalogue/schema';
import { interpretLocalList, loadLocalList, saveLocalList, withLocalList, withoutHost } from '../../utils/local-list';
import { defaultSettings } from '../../utils/settings-defaults';
import { records } from '../../utils/storage';

const bundled = loadValidCatalogue();
const today = '2026-11-25';

const host = (id: string, change: Partial<Host> = {}): Host => ({
  id,
  name: `Asso ${id}`,
  website: `https://${id}.example.org/`,
  place: { city: 'Lyon', country: 'FR', lat: 45.7485, lon: 4.8467 },
  collectives: ['chatons'],
  offers: [{ need: 'write-together', software: 'etherpad', url: `https://pad.${id}.example.org/`, access: 'open' }],
  provenance: { sources: [`https://${id}.example.org/`], checked: today },
  ...change,
});
const file = (value: unknown) => JSON.stringify(value, null, 2);

/** A host as lists written until version 0.1.0 said it: each offer's need under "category". */
const inEarlierWords = ({ offers, ...rest }: ReturnType<typeof host>) => ({
  ...rest,
  offers: offers.map(({ need, ...offer }) => ({ category: need, ...offer })),
});

describe('importing a JSON list of hosts', () => {
  it('reads a list written in the earlier words (“providers”, “category”) as today’s', () => {
    const hosts = [host('asso-un'), host('asso-deux')];
    const inToday = importJson('asso.json', file({ hosts }), bundled, today);
    const earlier = importJson('asso.json', file({ providers: hosts.map(inEarlierWords) }), bundled, today);
    expect(inToday.ok).toBe(true);
    expect(earlier).toEqual(inToday);
    // Both words at once is not an earlier list: the schema says what is wrong.
    const both = importJson('asso.json', file({ hosts, providers: hosts }), bundled, today);
    expect(both.ok).toBe(false);
  });

  it('accepts hosts and collectives in the catalogue’s schema', () => {
    const result = importJson('asso.json', file({ hosts: [host('asso-un'), host('asso-deux')] }), bundled, today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.localList.hosts.map((p) => p.id)).toEqual(['asso-un', 'asso-deux']);
    expect(result.localList).toMatchObject({ version: 2, source: 'asso.json', imported: today });
  });

  it('takes the user’s texts as they are written: typography is the bundled catalogue’s rule only', () => {
    const note = { fr: "adhésion à l'association : 10 €", en: "the association's membership" };
    const offers = [{ ...host('asso').offers[0], note }];
    const result = importJson('asso.json', file({ hosts: [host('asso', { offers })] }), bundled, today);
    expect(result.ok).toBe(true);
  });

  it('names the line and column of a syntax error', () => {
    const result = importJson('broken.json', '{\n  "hosts": [\n    { "id": "x", }\n  ]\n}', bundled, today);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'broken.json',
          where: expect.stringMatching(/^line 3, column \d+$/),
          message: expect.stringMatching(/^not valid JSON/),
        },
      ],
    });
  });

  it('names each problem by path, with what was expected and what was found', () => {
    const result = importJson(
      'asso.json',
      file({
        hosts: [host('a', { name: 42 as unknown as string }), host('b', { website: 'http://b.example.org/' })],
      }),
      bundled,
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { file: 'asso.json', where: 'hosts[0].name', message: 'Invalid input: expected string, received number' },
      { file: 'asso.json', where: 'hosts[1].website', message: 'expected an https:// URL' },
    ]);
  });

  it('refuses hostile content: script and data links, a too deep nesting, other lists', () => {
    const links = importJson(
      'evil.json',
      file({
        hosts: [
          host('e', { website: 'javascript:alert(1)' }),
          host('f', { offers: [{ ...host('f').offers[0], url: 'data:text/html,<script>alert(1)</script>' }] }),
        ],
      }),
      bundled,
      today,
    );
    expect(links.ok).toBe(false);
    if (!links.ok) expect(links.problems.map((p) => p.where)).toEqual(['hosts[0].website', 'hosts[1].offers[0].url']);

    const deep = importJson('deep.json', '['.repeat(200_000) + ']'.repeat(200_000), bundled, today);
    expect(deep.ok).toBe(false);

    const services = importJson('more.json', file({ services: [], hosts: [host('g')] }), bundled, today);
    expect(services).toEqual({
      ok: false,
      problems: [
        {
          file: 'more.json',
          where: 'services',
          message: expect.stringContaining('only "hosts" and "collectives"'),
        },
      ],
    });
  });

  it('keeps HTML in a name as plain text, for the interface to show as text', () => {
    const result = importJson(
      'asso.json',
      file({ hosts: [host('h', { name: '<img src=x onerror=alert(1)>' })] }),
      bundled,
      today,
    );
    expect(result.ok && result.localList.hosts[0].name).toBe('<img src=x onerror=alert(1)>');
  });

  it('checks against the catalogue: known ids and websites, known needs and software', () => {
    const existing = bundled.hosts[0];
    const result = importJson(
      'asso.json',
      file({
        hosts: [
          host(existing.id),
          host('i', {
            offers: [
              { need: 'write-together', software: 'microsoft-word', url: 'https://i.example.org/', access: 'open' },
            ],
          }),
        ],
      }),
      bundled,
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: 'asso.json',
      where: 'hosts[0].id',
      message: `duplicate id "${existing.id}" in hosts`,
    });
    expect(result.problems).toContainEqual({
      file: 'asso.json',
      where: 'hosts[1].offers[0].software',
      message: '"microsoft-word" is not an alternative listed for "write-together"',
    });
  });

  it('refuses a file with no host', () => {
    expect(importJson('empty.json', '{}', bundled, today).ok).toBe(false);
  });
});

describe('importing ChatonsInfos files', () => {
  const dir = join(projectRoot, 'tests', 'fixtures', 'chatonsinfos', 'exemple-hebergement.example.org', 'chatonsinfos');
  const files = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

  it('turns an organisation and its services into a host with its place and offers', async () => {
    const result = await importProperties(files, bundled, today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [host] = result.localList.hosts;
    expect(host.name).toBe('Exemple Hébergement');
    expect(host.place).toMatchObject({ city: 'Lyon', country: 'FR', lat: 45.764, lon: 4.8357 });
    expect(host.offers).toContainEqual({
      need: 'write-together',
      software: 'etherpad',
      url: 'https://pad.exemple-hebergement.example.org/',
      access: 'open',
    });
    expect(result.notes.length).toBeGreaterThan(0);
  });

  it('refuses an unreadable file and names it', async () => {
    const result = await importProperties(
      [...files, { name: 'garbage.properties', text: '\u0000\u0001 not a chatonsinfos file' }],
      bundled,
      today,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].file).toBe('garbage.properties');
  });
});

describe('the stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds imported hosts to the catalogue, and removes them one by one', async () => {
    const imported = importJson('asso.json', file({ hosts: [host('asso-un'), host('asso-deux')] }), bundled, today);
    if (!imported.ok) throw new Error('fixture');
    await saveLocalList(imported.localList);
    const { localList } = await loadLocalList();
    expect(withLocalList(bundled, localList).hosts).toHaveLength(bundled.hosts.length + 2);
    const one = withoutHost(localList!, 'asso-un')!;
    expect(one.hosts.map((p) => p.id)).toEqual(['asso-deux']);
    expect(withoutHost(one, 'asso-deux')).toBeNull();
  });

  it('still reads a list stored before hosts could name no software or say whom they take, in the words of then', async () => {
    // Version 1, the shape every version so far wrote: "providers", each offer's "category"
    // and software; no reach, join or note.
    const stored = {
      version: 1,
      source: 'ancienne.json',
      imported: '2026-10-01',
      providers: [inEarlierWords(host('asso-ancienne'))],
      collectives: [],
    };
    await fakeBrowser.storage.local.set({ [records.localList.key]: stored });
    const { providers, ...rest } = stored;
    expect(await loadLocalList()).toEqual({
      localList: { ...rest, version: 2, hosts: [host('asso-ancienne')] },
      corrupted: false,
    });
    expect((await fakeBrowser.storage.local.get(records.localList.key))[records.localList.key]).toEqual(stored);
  });

  it('keeps what a host says of itself: whom it takes, how to join, a mailbox with no software named, a price', async () => {
    const mailbox = {
      need: 'mail',
      url: 'https://asso-fai.example.org/courriel',
      access: 'members' as const,
      note: { fr: 'adhésion 20 € par an', en: '€20 a year membership' },
    };
    const isp = host('asso-fai', {
      reach: { scope: 'local', area: { fr: 'Alsace', en: 'Alsace (France)' } },
      join: 'https://asso-fai.example.org/adherer',
      offers: [mailbox],
    });
    const imported = importJson('fai.json', file({ hosts: [isp] }), bundled, today);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    await saveLocalList(imported.localList);
    const { localList } = await loadLocalList();
    expect(localList?.hosts[0]).toMatchObject({ reach: isp.reach, join: isp.join, offers: [mailbox] });
    const refused = importJson(
      'fai.json',
      file({ hosts: [host('asso-fai', { reach: { scope: 'local' }, place: null })] }),
      bundled,
      today,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map((problem) => problem.message).join(' ')).toContain('names its area or its place');
  });

  it('reads a corrupted record as no list, says so, and leaves it in place', async () => {
    await fakeBrowser.storage.local.set({ [records.localList.key]: { version: 1, hosts: 'x' } });
    expect(await loadLocalList()).toEqual({ localList: null, corrupted: true });
    expect((await fakeBrowser.storage.local.get(records.localList.key))[records.localList.key]).toEqual({
      version: 1,
      hosts: 'x',
    });
    expect(interpretLocalList(undefined)).toEqual({ localList: null, corrupted: false });
  });
});

describe('backups', () => {
  it('give back exactly the settings and the list they were made from', () => {
    const imported = importJson('asso.json', file({ hosts: [host('asso-un')] }), bundled, today);
    if (!imported.ok) throw new Error('fixture');
    const settings = {
      ...defaultSettings,
      language: 'en' as const,
      mutedSites: ['mail.google.com'],
      notice: 'never' as const,
    };
    const read = readBackup('backup.json', JSON.stringify(makeBackup(settings, imported.localList)));
    expect(read).toEqual({ ok: true, settings, localList: imported.localList });
  });

  it('migrate older settings, and refuse broken ones without touching anything', () => {
    const old = {
      ...makeBackup(defaultSettings, null),
      settings: { version: 1, language: 'fr', place: null, collectives: ['chatons'] },
    };
    const read = readBackup('old.json', JSON.stringify(old));
    expect(read.ok && read.settings).toEqual({ ...defaultSettings, language: 'fr', collectives: ['chatons'] });
    const broken = readBackup('broken.json', JSON.stringify({ ...old, settings: { version: 2, language: 'klingon' } }));
    expect(broken).toEqual({
      ok: false,
      problems: [{ file: 'broken.json', where: 'settings', message: 'these settings are not readable' }],
    });
    expect(readBackup('x.json', '{"format":"circuit-court-backup"}').ok).toBe(false);
  });

  it('restore a backup saved in the earlier words (version 1, its list under “overlay”) as today’s', () => {
    const imported = importJson('asso.json', file({ hosts: [host('asso-un')] }), bundled, today);
    if (!imported.ok) throw new Error('fixture');
    const { hosts, ...rest } = imported.localList;
    const { localList: _, ...current } = makeBackup(defaultSettings, null);
    const old = {
      ...current,
      version: 1,
      overlay: { ...rest, version: 1, providers: hosts.map(inEarlierWords) },
    };
    const read = readBackup('old.json', JSON.stringify(old));
    expect(read).toEqual({ ok: true, settings: defaultSettings, localList: imported.localList });
  });
});
