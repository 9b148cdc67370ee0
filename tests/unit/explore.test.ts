import { describe, expect, it } from 'vitest';
import { browseCatalogue } from '../../entrypoints/explore/filter';
import { qrShape } from '../../entrypoints/explore/qr';
import { makeQuiz } from '../../entrypoints/explore/quiz';
import {
  defaultFilters,
  defaultRoute,
  type ExploreRoute,
  formatRoute,
  parseRoute,
  parseWorkshopPlace,
} from '../../entrypoints/explore/route';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { createCatalogueView } from '../../utils/catalogue/lookup';

const catalogue = loadValidCatalogue();
const view = createCatalogueView(catalogue);

describe('the explore page’s address', () => {
  const routes: ExploreRoute[] = [
    defaultRoute,
    {
      view: 'catalogue',
      group: 'need',
      query: 'écrire à plusieurs & co',
      selfHostable: true,
      accountless: true,
      collective: 'chatons',
    },
    { view: 'service', id: 'google-docs' },
    { view: 'nearby', need: '' },
    { view: 'nearby', need: 'write-together' },
    { view: 'present', ids: ['gmail', 'youtube'], slide: 0 },
    { view: 'present', ids: ['gmail', 'youtube'], slide: 5 },
    { view: 'quiz', seed: 42 },
    { view: 'handout', ids: ['whatsapp'] },
    { view: 'footprint' },
  ];
  const brest = {
    name: 'Brest',
    postalCode: '29200',
    area: 'Finistère (29)',
    country: 'FR',
    lat: 48.39029,
    lon: -4.48628,
  };
  const geneva = {
    name: 'Genève',
    postalCode: null,
    area: 'Genève (GE)',
    country: 'CH',
    lat: 46.20222,
    lon: 6.14569,
    approximate: true,
  };
  // The workshop's town rides along with any view, next to the view's own parameters.
  routes.push(
    { view: 'nearby', need: 'mail', at: brest },
    {
      view: 'catalogue',
      group: 'need',
      query: 'docs',
      selfHostable: false,
      accountless: false,
      collective: '',
      at: geneva,
    },
    { view: 'present', ids: ['gmail'], slide: 3, at: { ...brest, name: 'Saint-Pierre~et~Miquelon, ville' } },
    { view: 'handout', ids: ['gmail', 'youtube'], at: geneva },
  );

  it.each(routes.map((route) => [formatRoute(route), route]))('reads back %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads anything unknown or malformed as a sensible view, without throwing', () => {
    for (const hash of [
      '',
      '#',
      '#nowhere',
      '#service/',
      '#service/<script>',
      '#%E0%A4%A',
      '#present/a,b/-3',
      '#quiz/abc',
      '#catalogue?group=x&self=yes',
    ]) {
      expect(() => parseRoute(hash)).not.toThrow();
    }
    expect(parseRoute('#service/<script>')).toEqual(defaultRoute);
    expect(parseRoute('#present/gmail,BAD ID,youtube/-3')).toEqual({
      view: 'present',
      ids: ['gmail', 'youtube'],
      slide: 0,
    });
    expect(parseRoute('#quiz/abc')).toEqual({ view: 'quiz', seed: 1 });
    expect(parseRoute('#catalogue?group=x&self=yes')).toEqual(defaultRoute);
  });

  it('drops a workshop town it cannot read, and keeps the view', () => {
    for (const at of [
      '',
      '1~2',
      'x~2~FR~~~0~Brest',
      '48~-4~FR~29200~Finistère~0~',
      '91~0~FR~~~0~Nowhere',
      '48~-4~fr~~~0~Brest',
      '48~-4~FR~~~yes~Brest',
      `48~-4~FR~~~0~${'a'.repeat(201)}`,
    ]) {
      expect(parseWorkshopPlace(at)).toBeUndefined();
      expect(parseRoute(`#nearby/mail?at=${encodeURIComponent(at)}`)).toEqual({ view: 'nearby', need: 'mail' });
    }
    expect(parseWorkshopPlace('48.39~-4.49~FR~~~0~Brest')).toEqual({
      name: 'Brest',
      postalCode: null,
      area: '',
      country: 'FR',
      lat: 48.39,
      lon: -4.49,
    });
  });
});

describe('browsing the catalogue', () => {
  const all = browseCatalogue(view, defaultFilters, null);
  const ids = (groups: typeof all) => groups.flatMap((group) => group.services.map((entry) => entry.service.id));

  it('lists every service once, grouped by company in the catalogue’s order', () => {
    expect(ids(all).sort()).toEqual(catalogue.services.map((service) => service.id).sort());
    expect(all.map((group) => group.id)).toEqual(
      ['google', 'apple', 'meta', 'amazon', 'microsoft'].filter((id) => all.some((g) => g.id === id)),
    );
    for (const group of all) expect(group.services.every((entry) => entry.service.company === group.id)).toBe(true);
  });

  it('groups by need', () => {
    const byNeed = browseCatalogue(view, { ...defaultFilters, group: 'need' }, null);
    for (const group of byNeed) expect(group.services.every((entry) => entry.service.need === group.id)).toBe(true);
    expect(ids(byNeed).sort()).toEqual(ids(all).sort());
  });

  it('keeps only self-hostable alternatives, or only those usable without an account', () => {
    const selfHosted = browseCatalogue(view, { ...defaultFilters, selfHostable: true }, null);
    const alternatives = selfHosted.flatMap((g) =>
      g.services.flatMap((s) => s.alternatives.map((a) => view.software(a.software)!)),
    );
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives.every((software) => software.selfHostable)).toBe(true);
    const gmail = selfHosted.flatMap((g) => g.services).find((s) => s.service.id === 'gmail')!;
    expect(gmail.alternatives.map((a) => a.software)).not.toContain('thunderbird');

    const accountless = browseCatalogue(view, { ...defaultFilters, accountless: true }, null);
    const free = accountless.flatMap((g) =>
      g.services.flatMap((s) => s.alternatives.map((a) => view.software(a.software)!)),
    );
    expect(free.every((software) => software.accountless === true)).toBe(true);
    expect(ids(accountless).length).toBeLessThan(ids(all).length);
  });

  it('keeps only services a collective’s members host, and only those hosts', () => {
    const chatons = browseCatalogue(view, { ...defaultFilters, collective: 'chatons' }, null);
    const entries = chatons.flatMap((g) => g.services);
    expect(entries.length).toBeGreaterThan(0);
    expect(
      entries.every(
        (entry) => entry.hostCount > 0 && entry.hosts.every((ranked) => ranked.host.collectives.includes('chatons')),
      ),
    ).toBe(true);
  });

  it('searches names, companies, needs and alternatives, accents and case aside', () => {
    expect(ids(browseCatalogue(view, { ...defaultFilters, query: 'GOO DOC' }, null))).toContain('google-docs');
    const etherpad = ids(browseCatalogue(view, { ...defaultFilters, query: 'etherpad' }, null));
    expect(etherpad.length).toBeGreaterThan(0);
    expect(
      etherpad.every((id) => view.need(view.service(id)!.need)!.alternatives.some((a) => a.software === 'etherpad')),
    ).toBe(true);
    expect(ids(browseCatalogue(view, { ...defaultFilters, query: 'écrire à plusieurs' }, null))).toContain(
      'google-docs',
    );
    expect(ids(browseCatalogue(view, { ...defaultFilters, query: 'zzzzqqq' }, null))).toEqual([]);
  });

  it('ranks each service’s hosts by distance from the chosen place', () => {
    const brest = { lat: 48.3904, lon: -4.4861 };
    const docs = browseCatalogue(view, { ...defaultFilters, query: 'google docs' }, brest).flatMap(
      (g) => g.services,
    )[0];
    const kms = docs.hosts.map((host) => host.km!);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(docs.hosts.length).toBeLessThanOrEqual(3);
  });
});

describe('the quiz', () => {
  it('gives the same questions for the same seed, others for another', () => {
    expect(makeQuiz(catalogue, 42)).toEqual(makeQuiz(catalogue, 42));
    expect(makeQuiz(catalogue, 42)).not.toEqual(makeQuiz(catalogue, 43));
  });

  it('asks ten questions on ten different services, both kinds, with four distinct choices', () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const quiz = makeQuiz(catalogue, seed);
      expect(quiz).toHaveLength(10);
      expect(new Set(quiz.map((q) => q.service)).size).toBe(10);
      expect(new Set(quiz.map((q) => q.kind))).toEqual(new Set(['owner', 'replacement']));
      for (const question of quiz) {
        expect(new Set(question.choices).size).toBe(4);
        expect(question.answer).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('marks the right answer right, and only it', () => {
    for (const question of makeQuiz(catalogue, 7, 30)) {
      const service = view.service(question.service)!;
      if (question.kind === 'owner') {
        expect(question.choices[question.answer]).toBe(service.company);
        expect(question.choices.filter((choice) => choice === service.company)).toHaveLength(1);
        // The name must not give the answer away.
        expect(service.name.en.toLowerCase()).not.toContain(service.company);
      } else {
        const alternatives = view.need(service.need)!.alternatives.map((a) => a.software);
        expect(alternatives).toContain(question.choices[question.answer]);
        expect(question.choices.filter((choice) => alternatives.includes(choice))).toHaveLength(1);
      }
    }
  });
});

describe('QR codes', () => {
  it('draws a square code with its three finder patterns and a quiet zone', () => {
    const { size, path } = qrShape('https://etherpad.org/');
    expect(size).toBeGreaterThanOrEqual(21 + 4);
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    // A finder pattern's outer ring: 7 dark modules in a row, starting inside the 2-module border.
    for (const [x, y] of [
      [2, 2],
      [size - 9, 2],
      [2, size - 9],
    ]) {
      for (let i = 0; i < 7; i++) expect(dark.has(`${x + i},${y}`), `${x + i},${y}`).toBe(true);
    }
    expect([...dark].some((cell) => cell.startsWith('0,') || cell.endsWith(',0'))).toBe(false);
  });

  it('grows with the text and differs between texts', () => {
    expect(qrShape(`https://example.org/${'a'.repeat(200)}`).size).toBeGreaterThan(qrShape('https://a.example/').size);
    expect(qrShape('https://a.example/').path).not.toBe(qrShape('https://b.example/').path);
  });
});
