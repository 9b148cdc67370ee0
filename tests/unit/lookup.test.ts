import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { createCatalogueView } from '../../utils/catalogue/lookup';
import type { Host, Offer } from '../../utils/catalogue/schema';

const catalogue = loadValidCatalogue();
const host = (id: string, offers: Offer[]): Host => ({
  id,
  name: `Asso ${id}`,
  website: `https://${id}.example.org/`,
  place: null,
  collectives: [],
  offers,
  provenance: { sources: [`https://${id}.example.org/`], checked: '2026-12-01' },
});
const offer = (need: string, software?: string): Offer => ({
  need,
  ...(software ? { software } : {}),
  url: `https://${need}.example.org/`,
  access: 'members',
});
const toots = offer('microblogging', 'mastodon');
const cloud = offer('files', 'nextcloud');
const agenda = offer('calendar', 'nextcloud');
const mailbox = offer('mail');
const view = createCatalogueView({
  ...catalogue,
  hosts: [host('toots', [toots]), host('cloud', [cloud]), host('agenda', [agenda]), host('mailbox', [mailbox])],
});
const hostsFor = (need: string) => view.hostsFor(need).map((entry) => entry.host.id);
/** The needs whose alternatives list a software, read from the catalogue itself. */
const needsListing = (software: string) =>
  catalogue.needs.filter((c) => c.alternatives.some((a) => a.software === software)).map((c) => c.id);

describe('who runs an alternative for a need', () => {
  it('counts a host for every need its software answers as a whole', () => {
    const needs = needsListing('mastodon');
    expect(needs.length).toBeGreaterThan(1);
    for (const need of catalogue.needs.map((c) => c.id))
      expect(hostsFor(need).includes('toots'), need).toBe(needs.includes(need));
    // Under another need, the host shows the offer that answers it.
    expect(view.hostsFor(needs.find((need) => need !== 'microblogging')!)[0].offers).toEqual([toots]);
  });

  it('counts a host running software built of apps only for the needs it names', () => {
    expect(catalogue.software.find((s) => s.id === 'nextcloud')!.apps).toBe(true);
    expect(needsListing('nextcloud')).toEqual(expect.arrayContaining(['files', 'calendar']));
    expect(hostsFor('files')).toEqual(['cloud']);
    expect(hostsFor('calendar')).toEqual(['agenda']);
  });

  it('counts an offer that names no software for its own need only', () => {
    expect(catalogue.needs.filter((c) => hostsFor(c.id).includes('mailbox')).map((c) => c.id)).toEqual(['mail']);
  });
});

describe('a service’s brand icon', () => {
  const company = catalogue.companies.find((candidate) => candidate.icon !== undefined)!;
  const service = catalogue.services.find((candidate) => candidate.company === company.id)!;

  it('is its own where it has one, else its company’s', () => {
    expect(view.iconOf({ ...service, icon: 'own-slug' })).toBe('own-slug');
    expect(view.iconOf({ ...service, icon: undefined })).toBe(company.icon);
  });

  it('is none for a company without one: the mark shows initials', () => {
    const bare = createCatalogueView({
      ...catalogue,
      companies: catalogue.companies.map((entry) => ({ ...entry, icon: undefined })),
    });
    expect(bare.iconOf({ ...service, icon: undefined })).toBeUndefined();
  });
});
