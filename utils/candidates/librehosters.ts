/**
 * Librehosters → candidate hosts.
 *
 * The network's directory (https://libreho.st/directory.json) is one JSON object mapping each
 * member's name to the URL of its `librehost.json`. That file (schema v0.0.1, from the
 * librehost-api repository) is a schema.org-flavoured Organization: name, tagLine, homeUrl,
 * logo, description, organizationType, communicationLanguages, contactUrl, privacyPolicyUrl,
 * termsOfServiceUrl, isServiceProvider, foundingDate, version, dateCreated, dateModified. It has
 * no location and no services yet ("planned"); members who add them are read when the fields
 * look like schema.org (`address`/`location` with addressLocality, postalCode, addressCountry;
 * `geo` with latitude/longitude) or like a list of `services`. Pure: no Node imports.
 */
import {
  type Candidate,
  type CandidateOffer,
  checkHttpsUrl,
  dedupeOffers,
  httpsSources,
  type KnownEntries,
  offerFor,
  placeFrom,
  slugify,
} from './candidate';
import { type Loader, type Problem, safeLoad, semaphore } from './loader';

export interface DirectoryMember {
  name: string | null;
  url: string;
}

type Json = Record<string, unknown>;

export type ParsedJson =
  | { ok: true; kind: 'directory'; members: DirectoryMember[]; notes: string[] }
  | { ok: true; kind: 'librehost'; doc: Json }
  | { ok: false; reason: string };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A librehost.json names an organisation; a directory maps names to URLs. Anything else is a reason. */
export function readLibrehostersJson(input: string): ParsedJson {
  let data: unknown;
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    const start = input.trimStart()[0];
    return {
      ok: false,
      reason: start === '<' ? 'not JSON (looks like HTML)' : `not valid JSON (${(error as Error).message})`,
    };
  }
  if (
    isObject(data) &&
    (text(data.name) !== undefined || text(data.homeUrl) !== undefined) &&
    !Object.values(data).every((v) => typeof v === 'string' && /^https?:\/\//.test(v))
  ) {
    return { ok: true, kind: 'librehost', doc: data };
  }
  const members: DirectoryMember[] = [];
  const notes: string[] = [];
  if (isObject(data)) {
    for (const [name, value] of Object.entries(data)) {
      const url = text(value) ?? (isObject(value) ? text(value.url) : undefined);
      if (url) members.push({ name, url });
      else notes.push(`directory entry "${name}" has no URL: skipped`);
    }
  } else if (Array.isArray(data)) {
    data.forEach((entry, index) => {
      const url = text(entry) ?? (isObject(entry) ? text(entry.url) : undefined);
      if (url) members.push({ name: isObject(entry) ? (text(entry.name) ?? null) : null, url });
      else notes.push(`directory entry ${index} has no URL: skipped`);
    });
  }
  if (members.length === 0)
    return { ok: false, reason: 'neither a librehost.json (no name or homeUrl) nor a directory (no member URL)' };
  return { ok: true, kind: 'directory', members, notes };
}

export interface LibrehostMember {
  /** The name under which the directory lists it (null for a librehost.json given directly). */
  listedAs: string | null;
  source: string;
  doc: Json;
}

export interface LibrehostersWalk {
  filesRead: number;
  directory: string | null;
  members: LibrehostMember[];
  problems: Problem[];
  warnings: { source: string; message: string }[];
}

/** Reads the root (a directory or one librehost.json) and, for a directory, each member's file. */
export async function walkLibrehosters(
  root: string,
  load: Loader,
  options: { concurrency?: number; maxFiles?: number } = {},
): Promise<LibrehostersWalk> {
  const result: LibrehostersWalk = { filesRead: 0, directory: null, members: [], problems: [], warnings: [] };
  const first = await safeLoad(load, root, null);
  if (!first.ok) {
    result.problems.push({ source: first.source, reason: first.reason });
    return result;
  }
  const parsed = readLibrehostersJson(first.text);
  if (!parsed.ok) {
    result.problems.push({ source: first.source, reason: parsed.reason });
    return result;
  }
  result.filesRead++;
  if (parsed.kind === 'librehost') {
    result.members.push({ listedAs: null, source: first.source, doc: parsed.doc });
    return result;
  }
  result.directory = first.source;
  for (const note of parsed.notes) result.warnings.push({ source: first.source, message: note });
  const maxFiles = options.maxFiles ?? 1000;
  if (parsed.members.length > maxFiles) {
    result.problems.push({
      source: first.source,
      reason: `${parsed.members.length} members: only the first ${maxFiles} are read`,
    });
  }
  const limit = semaphore(Math.max(1, options.concurrency ?? 6));
  const seen = new Set<string>();
  const loaded = await Promise.all(
    parsed.members
      .slice(0, maxFiles)
      .map(async (member) => ({ member, file: await limit(() => safeLoad(load, member.url, first.source)) })),
  );
  for (const { member, file } of loaded) {
    if (seen.has(file.source)) {
      result.warnings.push({ source: file.source, message: `listed twice (again as "${member.name}"): read once` });
      continue;
    }
    seen.add(file.source);
    if (!file.ok) {
      result.problems.push({
        source: file.source,
        reason: `${member.name ? `member "${member.name}": ` : ''}${file.reason}`,
      });
      continue;
    }
    const doc = readLibrehostersJson(file.text);
    if (!doc.ok || doc.kind !== 'librehost') {
      const reason = doc.ok ? 'a directory, not a librehost.json' : doc.reason;
      result.problems.push({
        source: file.source,
        reason: `${member.name ? `member "${member.name}": ` : ''}${reason}`,
      });
      continue;
    }
    result.filesRead++;
    result.members.push({ listedAs: member.name, source: file.source, doc: doc.doc });
  }
  return result;
}

/** schema.org-style location fields, wherever a member put them. */
function locationOf(doc: Json): { lat?: string; lon?: string; address?: string; country?: string; found: boolean } {
  const location = isObject(doc.location) ? doc.location : undefined;
  const address = [doc.address, location?.address, location].find(isObject);
  const geo = [doc.geo, location?.geo, location].find(
    (value) => isObject(value) && ('latitude' in value || 'longitude' in value),
  ) as Json | undefined;
  const coordinate = (value: unknown) => (typeof value === 'number' ? String(value) : text(value));
  const country = address
    ? (text(address.addressCountry) ??
      (isObject(address.addressCountry) ? text(address.addressCountry.name) : undefined))
    : undefined;
  const locality = address ? text(address.addressLocality) : undefined;
  const postal = address ? text(address.postalCode) : undefined;
  const plain = text(doc.location) ?? text(doc.address);
  const lines = [locality ? `${postal ? `${postal} ` : ''}${locality}` : plain].filter(Boolean);
  return {
    lat: geo ? coordinate(geo.latitude) : undefined,
    lon: geo ? coordinate(geo.longitude) : undefined,
    address: lines[0],
    country: country ?? text(doc.country) ?? text(doc.countryCode),
    found: Boolean(geo || address || plain || doc.country || doc.countryCode),
  };
}

/** One member's librehost.json → one candidate. */
export function librehostCandidate(
  member: LibrehostMember,
  known: KnownEntries,
  options: { checked: string },
): Candidate {
  const { doc, source } = member;
  const review: string[] = [];
  const website = checkHttpsUrl(text(doc.homeUrl) ?? text(doc.url));
  if (!website.ok)
    review.push(`website ${website.reason === 'missing' ? 'not given (homeUrl)' : website.reason}: left null`);
  const name = text(doc.name) ?? member.listedAs ?? (website.ok ? new URL(website.url).hostname : source);
  if (text(doc.name) === undefined) review.push(`name not given: named "${name}" for now`);
  if (doc.isServiceProvider === false) review.push('isServiceProvider is false: it may host nothing for the public');

  const location = locationOf(doc);
  let place = null;
  if (location.found) {
    place = placeFrom(location, review, {
      lat: 'geo.latitude',
      lon: 'geo.longitude',
      address: 'address.addressLocality',
      country: 'address.addressCountry',
    });
  } else {
    review.push('no location in librehost.json (the v0.0.1 schema has none): place left null');
  }

  const offers: CandidateOffer[] = [];
  if (Array.isArray(doc.services)) {
    doc.services.forEach((entry, index) => {
      const service: Json = isObject(entry) ? entry : { name: entry };
      const label = `"${text(service.name) ?? text(service.software) ?? `#${index + 1}`}"`;
      const offer = offerFor(
        known,
        {
          label,
          software: text(service.software) ?? text(service.name),
          softwareWebsite: text(service.softwareUrl),
          url: text(service.url) ?? text(service.homeUrl),
          access: null,
        },
        review,
      );
      if (offer) offers.push(offer);
    });
  } else {
    review.push('no services listed (the v0.0.1 schema has none): offers left empty');
  }

  const sources = httpsSources([source]);
  if (sources.length === 0) review.push('no https source to cite: add one to provenance.sources');
  return {
    id: slugify(name) || slugify(website.ok ? new URL(website.url).hostname : '') || 'candidate',
    name,
    website: website.ok ? website.url : null,
    place,
    collectives: ['librehosters'],
    offers: dedupeOffers(offers, review),
    provenance: { sources, checked: options.checked },
    review,
    source,
    alreadyInCatalogue: null,
  };
}
