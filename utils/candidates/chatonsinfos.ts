/**
 * ChatonsInfos (StatoolInfos) files → candidate hosts.
 *
 * CHATONS members publish `.properties` files: the federation file lists member organisations
 * in `subs.<id> = URL` keys, each organisation file (`file.class = organization`) lists its
 * services the same way, and each service file (`file.class = service`) describes one hosted
 * service. This module reads those files, follows the `subs.*` graph through a loader given by
 * the caller (network, a directory, files picked in a browser), and maps each organisation and
 * its services to a candidate. Pure: no Node imports, never throws on bad input.
 */
import type { Access } from '../catalogue/schema';
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
  unquote,
} from './candidate';
import { isAbsoluteUrl, type Loader, type Problem, safeLoad, semaphore } from './loader';
import { type Properties, parseProperties } from './properties';

export type { Loader, LoadResult, Problem } from './loader';

export type ChatonsInfosClass = 'federation' | 'organization' | 'service';

export interface Sub {
  id: string;
  url: string;
  line: number;
}

export interface ChatonsInfosFile {
  source: string;
  class: ChatonsInfosClass;
  props: Properties;
  subs: Sub[];
}

export type ReadResult = { ok: true; file: ChatonsInfosFile; notes: string[] } | { ok: false; reason: string };

const CLASSES: readonly ChatonsInfosClass[] = ['federation', 'organization', 'service'];

/** A value, unquoted and trimmed; undefined when absent or empty. */
export function get(props: Properties, key: string): string | undefined {
  const value = props.values.get(key);
  if (value === undefined) return undefined;
  const text = unquote(value);
  return text === '' ? undefined : text;
}

/** Parses one file and tells what it is; anything that is not a ChatonsInfos file is a reason, not an exception. */
export function readChatonsInfos(text: string, source: string): ReadResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { ok: false, reason: 'empty file' };
  if (start[0] === '<') return { ok: false, reason: 'not a properties file (looks like HTML or XML)' };
  if (start[0] === '{' || start[0] === '[') return { ok: false, reason: 'not a properties file (looks like JSON)' };
  const props = parseProperties(text);
  const notes: string[] = [];
  const declared = get(props, 'file.class');
  let fileClass: ChatonsInfosClass | undefined;
  if (declared !== undefined) {
    fileClass = CLASSES.find((name) => name === declared.toLowerCase());
    if (!fileClass)
      return { ok: false, reason: `file.class "${declared}" is not federation, organization or service: skipped` };
  } else {
    const keys = [...props.values.keys()];
    fileClass = CLASSES.find((name) => keys.some((key) => key.startsWith(`${name}.`)));
    if (!fileClass) {
      return {
        ok: false,
        reason: 'not a ChatonsInfos file: no file.class and no federation., organization. or service. keys',
      };
    }
    notes.push(`no file.class: read as ${fileClass} from its keys`);
  }
  const subs: Sub[] = [];
  for (const [key, value] of props.values) {
    if (!key.startsWith('subs.')) continue;
    const url = unquote(value);
    if (url === '') continue;
    subs.push({ id: key.slice('subs.'.length), url, line: props.lineOf.get(key) ?? 0 });
  }
  return { ok: true, file: { source, class: fileClass, props, subs }, notes };
}

// ─── Following the subs.* graph ──────────────────────────────────────────────────────────────

export interface Warning {
  source: string;
  /** The line in the file, when the warning is about one. */
  line?: number;
  message: string;
}

export interface WalkedOrganization {
  file: ChatonsInfosFile;
  services: ChatonsInfosFile[];
  /** Service files it lists that could not be read (their reasons are in the problems). */
  unread: string[];
  /** The federation file that listed it, if any. */
  federation: string | null;
}

export interface WalkResult {
  filesRead: number;
  federations: ChatonsInfosFile[];
  organizations: WalkedOrganization[];
  /** Service files given directly, with no organisation to attach them to. */
  loneServices: ChatonsInfosFile[];
  problems: Problem[];
  warnings: Warning[];
}

export interface WalkOptions {
  /** Files loaded at the same time (default 6). */
  concurrency?: number;
  /** At most this many files are read in one walk (default 5000). */
  maxFiles?: number;
}

export interface Walk {
  /** Reads a root (a federation, an organisation or a service file) and everything its subs lead to. */
  visit(ref: string): Promise<void>;
  /** Whether this source was read (or tried) during the walk. */
  seen(source: string): boolean;
  result: WalkResult;
}

type Fetched = { file: ChatonsInfosFile } | { failed: string };

export function createChatonsInfosWalk(load: Loader, options: WalkOptions = {}): Walk {
  const maxFiles = options.maxFiles ?? 5000;
  const limit = semaphore(Math.max(1, options.concurrency ?? 6));
  const result: WalkResult = {
    filesRead: 0,
    federations: [],
    organizations: [],
    loneServices: [],
    problems: [],
    warnings: [],
  };
  /** One load per reference, one reading per file read (two references may lead to one file). */
  const byRef = new Map<string, Promise<Fetched>>();
  const bySource = new Map<string, Fetched>();
  /** Federations and organisations already walked, services already attached. */
  const walked = new Set<string>();
  const attached = new Set<string>();
  let started = 0;

  function fetchFile(ref: string, from: string | null): Promise<Fetched> {
    const key = from === null || isAbsoluteUrl(ref) ? ref : `${from}\n${ref}`;
    let pending = byRef.get(key);
    if (!pending) {
      pending = loadFile(ref, from);
      byRef.set(key, pending);
    }
    return pending;
  }

  async function loadFile(ref: string, from: string | null): Promise<Fetched> {
    if (started >= maxFiles) {
      result.problems.push({ source: ref, reason: `not read: the limit of ${maxFiles} files per import is reached` });
      return { failed: ref };
    }
    started++;
    const loaded = await limit(() => safeLoad(load, ref, from));
    const known = bySource.get(loaded.source);
    if (known) return known;
    let fetched: Fetched;
    if (!loaded.ok) {
      result.problems.push({ source: loaded.source, reason: loaded.reason });
      fetched = { failed: loaded.source };
    } else {
      const read = readChatonsInfos(loaded.text, loaded.source);
      if (!read.ok) {
        result.problems.push({ source: loaded.source, reason: read.reason });
        fetched = { failed: loaded.source };
      } else {
        result.filesRead++;
        for (const problem of read.file.props.problems) {
          result.warnings.push({ source: loaded.source, line: problem.line, message: problem.message });
        }
        for (const note of read.notes) result.warnings.push({ source: loaded.source, message: note });
        fetched = { file: read.file };
      }
    }
    bySource.set(loaded.source, fetched);
    return fetched;
  }

  async function organization(file: ChatonsInfosFile, federation: string | null): Promise<void> {
    if (walked.has(file.source)) return;
    walked.add(file.source);
    const entry: WalkedOrganization = { file, services: [], unread: [], federation };
    result.organizations.push(entry);
    const children = await Promise.all(
      file.subs.map(async (sub) => ({ sub, child: await fetchFile(sub.url, file.source) })),
    );
    const listed = new Set<string>();
    for (const { sub, child } of children) {
      const source = 'file' in child ? child.file.source : child.failed;
      // The same file listed twice (or under two addresses) counts once.
      if (listed.has(source)) continue;
      listed.add(source);
      if (!('file' in child)) {
        entry.unread.push(sub.url);
      } else if (child.file.class === 'service') {
        entry.services.push(child.file);
        attached.add(source);
      } else {
        result.problems.push({
          source,
          reason: `listed by an organisation as subs.${sub.id}, but it is a ${child.file.class} file: skipped`,
        });
      }
    }
  }

  async function federationFile(file: ChatonsInfosFile, depth: number): Promise<void> {
    if (walked.has(file.source)) return;
    walked.add(file.source);
    result.federations.push(file);
    const children = await Promise.all(
      file.subs.map(async (sub) => ({ sub, child: await fetchFile(sub.url, file.source) })),
    );
    await Promise.all(
      children.map(async ({ sub, child }) => {
        if (!('file' in child)) return;
        if (child.file.class === 'organization') return organization(child.file, file.source);
        if (child.file.class === 'federation' && depth < 3) return federationFile(child.file, depth + 1);
        result.problems.push({
          source: child.file.source,
          reason: `listed by a federation as subs.${sub.id}, but it is a ${child.file.class} file: skipped`,
        });
      }),
    );
  }

  return {
    result,
    seen: (source) => bySource.has(source),
    async visit(ref) {
      const fetched = await fetchFile(ref, null);
      if (!('file' in fetched)) return;
      const { file } = fetched;
      if (file.class === 'federation') await federationFile(file, 0);
      else if (file.class === 'organization') await organization(file, null);
      else if (!attached.has(file.source) && !result.loneServices.includes(file)) result.loneServices.push(file);
    },
  };
}

// ─── Mapping to candidates ───────────────────────────────────────────────────────────────────

/** service.registration (None, Free, Member, Client; possibly several) → how to join. */
export function accessFromRegistration(value: string | undefined, review: string[], label: string): Access | null {
  if (value === undefined) return null;
  const tokens = value
    .split(/[\s;,|/]+/)
    .filter(Boolean)
    .map((token) => token.toLowerCase());
  const known: Record<string, Access> = { none: 'open', free: 'open', member: 'members', client: 'paid' };
  const unknown = tokens.filter((token) => !(token in known));
  if (unknown.length > 0)
    review.push(`service ${label}: service.registration "${value}" has unknown values (${unknown.join(', ')})`);
  const accesses = tokens.flatMap((token) => (token in known ? [known[token]] : []));
  const order: Access[] = ['open', 'members', 'paid'];
  const chosen = order.find((access) => accesses.includes(access)) ?? null;
  if (chosen && new Set(accesses).size > 1)
    review.push(`service ${label}: service.registration "${value}": chose ${chosen}`);
  return chosen;
}

const CLOSED_SERVICE = new Set(['OVER', 'VOID']);
const TROUBLED_SERVICE = new Set(['WARNING', 'ALERT', 'ERROR']);

function fileName(source: string): string {
  const path = source.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || source;
}

export interface MappingOptions {
  /** The collective id the organisations belong to (default "chatons"). */
  collective?: string;
  /** The date written in provenance.checked (YYYY-MM-DD). */
  checked: string;
}

/** One organisation and its services → one candidate, with everything doubtful noted for review. */
export function organizationCandidate(
  walked: WalkedOrganization,
  known: KnownEntries,
  options: MappingOptions,
): Candidate {
  const { props, source } = walked.file;
  const collective = options.collective ?? 'chatons';
  const review: string[] = [];

  const website = checkHttpsUrl(get(props, 'organization.website'));
  if (!website.ok)
    review.push(
      `website ${website.reason === 'missing' ? 'not given (organization.website)' : website.reason}: left null`,
    );
  const name = get(props, 'organization.name') ?? (website.ok ? new URL(website.url).hostname : fileName(source));
  if (get(props, 'organization.name') === undefined)
    review.push(`organization.name not given: named "${name}" for now`);

  const status = get(props, 'organization.status.level')?.toUpperCase();
  if (status === 'AWAY') review.push('organization.status.level is AWAY: the organisation may have stopped');
  else if (status === 'IDLE') review.push('organization.status.level is IDLE: the organisation is paused');
  if (get(props, 'organization.enddate'))
    review.push(`organization.enddate is ${get(props, 'organization.enddate')}: closed?`);

  const memberStatus = get(props, `organization.memberof.${collective}.status.level`)?.toUpperCase();
  const memberEnd = get(props, `organization.memberof.${collective}.enddate`);
  const left = memberStatus === 'AWAY' || memberEnd !== undefined;
  if (left) {
    review.push(
      `left ${collective}? (organization.memberof.${collective}: ${[memberStatus && `status ${memberStatus}`, memberEnd && `enddate ${memberEnd}`].filter(Boolean).join(', ')}): collectives left empty`,
    );
  }

  const place = placeFrom(
    {
      lat: get(props, 'organization.geolocation.latitude'),
      lon: get(props, 'organization.geolocation.longitude'),
      address: get(props, 'organization.geolocation.address'),
      country: get(props, 'organization.country.code'),
    },
    review,
    {
      lat: 'organization.geolocation.latitude',
      lon: 'organization.geolocation.longitude',
      address: 'organization.geolocation.address',
      country: 'organization.country.code',
    },
  );

  const offers: CandidateOffer[] = [];
  const offerSources: string[] = [];
  for (const service of walked.services) {
    const sp = service.props;
    const label = `"${get(sp, 'service.name') ?? get(sp, 'software.name') ?? fileName(service.source)}"`;
    const level = get(sp, 'service.status.level')?.toUpperCase();
    const end = get(sp, 'service.enddate');
    if ((level && CLOSED_SERVICE.has(level)) || end) {
      review.push(
        `service ${label} closed (${[level && `service.status.level ${level}`, end && `service.enddate ${end}`].filter(Boolean).join(', ')}): no offer`,
      );
      continue;
    }
    if (level && TROUBLED_SERVICE.has(level)) review.push(`service ${label}: service.status.level is ${level}`);
    if (get(sp, 'service.registration.load')?.toUpperCase() === 'FULL') {
      review.push(`service ${label}: service.registration.load is FULL (no new accounts for now)`);
    }
    const access = accessFromRegistration(get(sp, 'service.registration'), review, label);
    const offer = offerFor(
      known,
      {
        label,
        software: get(sp, 'software.name'),
        softwareWebsite: get(sp, 'software.website'),
        url: get(sp, 'service.website'),
        access,
      },
      review,
    );
    if (offer) {
      offers.push(offer);
      offerSources.push(service.source);
    }
  }
  if (walked.unread.length > 0)
    review.push(`${walked.unread.length} service file(s) listed could not be read: see the problems`);
  if (walked.services.length === 0 && walked.unread.length === 0) review.push('lists no service file (subs.*)');

  const sources = httpsSources([source, ...offerSources]);
  if (sources.length === 0) review.push('no https source to cite: add one to provenance.sources');

  return {
    id: slugify(name) || slugify(website.ok ? new URL(website.url).hostname : '') || 'candidate',
    name,
    website: website.ok ? website.url : null,
    place,
    collectives: left ? [] : [collective],
    offers: dedupeOffers(offers, review),
    provenance: { sources, checked: options.checked },
    review,
    source,
    alreadyInCatalogue: null,
  };
}
