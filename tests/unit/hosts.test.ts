import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import type { Host, Offer } from '../../utils/catalogue/schema';
import {
  checkedLabel,
  distinctOffers,
  hostLine,
  NEAR_KM,
  offerLabel,
  offerNotes,
  proximity,
  reachLabel,
  shortUrl,
} from '../../utils/hosts';
import { t } from '../../utils/i18n';
import { rankHosts } from '../../utils/nearby';

const view = createCatalogueView(loadValidCatalogue());

const host = (id: string, change: Partial<Host> = {}): Host => ({
  id,
  name: `Asso ${id}`,
  website: `https://${id}.example.org/`,
  place: { city: 'Lyon', country: 'FR', lat: 45.7485, lon: 4.8467 },
  collectives: [],
  offers: [{ need: 'write-together', software: 'etherpad', url: `https://pad.${id}.example.org/`, access: 'open' }],
  provenance: { sources: [`https://${id}.example.org/`], checked: '2026-11-25' },
  ...change,
});

describe('what a host says about itself', () => {
  const mailbox: Offer = {
    need: 'mail',
    url: 'https://fai.example.org/mail',
    access: 'members',
    note: { fr: 'adhésion 20 € par an', en: '€20 a year' },
  };

  it('names the software, or the need when no software is named', () => {
    expect(offerLabel(host('a').offers[0], view, 'fr')).toBe('Propose Etherpad');
    expect(offerLabel(mailbox, view, 'en')).toBe(`${view.need('mail')!.name.en} (software not named)`);
  });

  it('lists each service once, and each note once', () => {
    const nextcloud = (need: string): Offer => ({
      need,
      software: 'nextcloud',
      url: 'https://cloud.example.org/',
      access: 'members',
      note: mailbox.note,
    });
    expect(
      distinctOffers([nextcloud('files'), nextcloud('calendar'), mailbox, { ...mailbox, need: 'mailing-lists' }]),
    ).toHaveLength(3);
    expect(offerNotes([nextcloud('files'), mailbox, host('a').offers[0]], 'fr')).toEqual(['adhésion 20 € par an']);
  });

  it('says when its facts were checked, by month', () => {
    expect(checkedLabel(host('a'), 'fr')).toBe('vérifié en novembre 2026');
    expect(
      checkedLabel(host('a', { provenance: { sources: ['https://a.example.org/'], checked: '2026-01-01' } }), 'en'),
    ).toBe('checked in January 2026');
  });

  it('names every month as the standard date format does', () => {
    for (const locale of ['fr', 'en'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const checked = `2025-${String(month).padStart(2, '0')}-15`;
        const expected = format.format(new Date(`${checked}T12:00:00Z`));
        expect(checkedLabel(host('a', { provenance: { sources: ['https://a.example.org/'], checked } }), locale)).toBe(
          t(locale, 'hostChecked', { month: expected }),
        );
      }
    }
  });

  it('says whom it takes only when a source says so', () => {
    expect(reachLabel(host('a'), 'fr')).toBeNull();
    expect(reachLabel(host('a', { reach: { scope: 'anywhere' } }), 'en')).toBe('Takes members from anywhere');
    expect(
      reachLabel(host('a', { reach: { scope: 'local', area: { fr: 'Alsace', en: 'Alsace, France' } } }), 'fr'),
    ).toBe('Membres\u202f: Alsace');
    expect(reachLabel(host('a', { reach: { scope: 'local' } }), 'en')).toBe('Local members only');
  });
});

describe('a host in one line, for slides and paper', () => {
  const members: Offer = {
    need: 'files',
    software: 'nextcloud',
    url: 'https://cloud.b.example.org/',
    access: 'members',
  };

  it('gives the distance, the city, the easiest access and the checked month', () => {
    const entry = { host: host('b', { offers: [members] }), offers: [members], km: 12.4 };
    expect(hostLine(entry, 'en')).toBe('12 km · Lyon · For members · checked in November 2026');
    // An open offer beside a members-only one: the easiest way in is said.
    expect(hostLine({ ...entry, offers: [members, host('b').offers[0]] }, 'fr')).toBe(
      '12\u202fkm · Lyon · Ouvert à tous · vérifié en novembre 2026',
    );
  });

  it('says so when no place is stated, and gives no distance without one', () => {
    expect(hostLine({ host: host('c', { place: null }), offers: host('c').offers, km: null }, 'en')).toBe(
      'Place not stated · Open to all · checked in November 2026',
    );
  });

  it('writes addresses short enough for paper', () => {
    expect(shortUrl('https://www.etherpad.org/')).toBe('etherpad.org');
    expect(shortUrl('https://pad.example.org/p/x')).toBe('pad.example.org/p/x');
  });
});

describe('whether anyone is near', () => {
  const brest = { lat: 48.3903, lon: -4.4863 };
  const lyon = host('lyon');
  const paris = host('paris', {
    place: { city: 'Paris', country: 'FR', lat: 48.8534, lon: 2.3488 },
    reach: { scope: 'anywhere' },
  });
  const nowhere = host('nowhere', { place: null, reach: { scope: 'anywhere' } });
  const entries = [lyon, paris, nowhere].map((host) => ({ host, offers: host.offers }));

  it('says nothing without a place', () => {
    expect(proximity(rankHosts(entries, null), false)).toEqual({
      noneNear: false,
      nearest: null,
      fromAnywhere: [],
    });
  });

  it('gives the nearest however far, and the hosts that take members from anywhere', () => {
    const result = proximity(rankHosts(entries, brest), true);
    expect(result.noneNear).toBe(true);
    expect(result.nearest?.host.id).toBe('paris');
    expect(result.nearest!.km).toBeGreaterThan(NEAR_KM);
    // The nearest is already named: only the others are added.
    expect(result.fromAnywhere.map((entry) => entry.host.id)).toEqual(['nowhere']);
  });

  it('is quiet when a host is within 100 km', () => {
    const near = { lat: 45.9, lon: 4.9 };
    expect(proximity(rankHosts(entries, near), true)).toMatchObject({ noneNear: false, fromAnywhere: [] });
  });

  it('says nobody is near when no host has a place', () => {
    const placeless = [{ host: nowhere, offers: nowhere.offers }];
    expect(proximity(rankHosts(placeless, brest), true)).toMatchObject({ noneNear: true, nearest: null });
  });
});
