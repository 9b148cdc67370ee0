/**
 * Importing a local list of hosts: a JSON file in the catalogue's own schema, or the
 * ChatonsInfos `.properties` files of a local collective. Everything is checked before
 * anything is stored: a file with one problem is refused whole, with each problem
 * named (file, line or path, what was expected, what was found). Loaded only when
 * the user picks a file: the catalogue's checks are heavy for the other pages.
 */
import { z } from 'zod';
import { finishCandidates } from '@/utils/candidates/candidate';
import { createChatonsInfosWalk, organizationCandidate, readChatonsInfos } from '@/utils/candidates/chatonsinfos';
import type { Loader } from '@/utils/candidates/loader';
import { assembleCatalogue, zodIssues } from '@/utils/catalogue/assemble';
import { inTodaysWords } from '@/utils/catalogue/earlier-words';
import { type Catalogue, CatalogueFragment, Collective, Host } from '@/utils/catalogue/schema';
import { LOCAL_LIST_VERSION, type LocalList } from '@/utils/local-list';

/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportProblem {
  file: string;
  /** "line 12", or a path inside the file such as "hosts[3].website". */
  where: string;
  message: string;
}

export type ImportResult =
  | { ok: true; localList: LocalList; notes: string[] }
  | { ok: false; problems: ImportProblem[] };

/** The line and column of a character offset, as an editor shows them. */
function lineOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** JSON.parse, with the place of a syntax error as a line and column. */
export function parseJson(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    // A file nested thousands of levels deep overflows the parser's stack: a problem like any other.
    const where = position ? lineOf(text, Number(position[1])) : '(file)';
    return {
      ok: false,
      problem: {
        file,
        where,
        message: error instanceof RangeError ? 'nested too deeply to be read' : `not valid JSON: ${message}`,
      },
    };
  }
}

/** Checks imported hosts and collectives against the bundled catalogue; an id or website already there is refused. */
export function checkLocalList(
  file: string,
  bundled: Catalogue,
  fragment: { hosts: unknown[]; collectives: unknown[] },
  today: string,
): ImportResult {
  const shaped = z
    .strictObject({ hosts: z.array(Host).max(5000), collectives: z.array(Collective).max(500) })
    .safeParse(fragment);
  if (!shaped.success) {
    return {
      ok: false,
      problems: zodIssues(shaped.error).map((issue) => ({ file, ...issue })),
    };
  }
  const { problems } = assembleCatalogue(
    [
      { file: 'catalogue', data: bundled },
      { file, data: shaped.data },
    ],
    // A user's list is written in the user's own hand: a straight apostrophe refuses nothing.
    { typography: false },
  );
  // The bundled catalogue is valid: any problem comes from the file.
  const own = problems
    .filter((problem) => problem.file === file)
    .map((problem) => ({ file, where: problem.path, message: problem.message }));
  if (own.length > 0) return { ok: false, problems: own };
  if (shaped.data.hosts.length === 0)
    return { ok: false, problems: [{ file, where: '(file)', message: 'no host to import' }] };
  return {
    ok: true,
    localList: { version: LOCAL_LIST_VERSION, source: file, imported: today, ...shaped.data },
    notes: [],
  };
}

/** A JSON file in the catalogue's schema: hosts and collectives only (services, software and needs come with the extension). */
export function importJson(file: string, text: string, bundled: Catalogue, today: string): ImportResult {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const fragment = CatalogueFragment.safeParse(inTodaysWords(parsed.value));
  if (!fragment.success) {
    return {
      ok: false,
      problems: zodIssues(fragment.error).map((issue) => ({ file, ...issue })),
    };
  }
  const other = (['companies', 'domainFamilies', 'needs', 'services', 'software', 'closedServices'] as const).filter(
    (key) => fragment.data[key] !== undefined,
  );
  if (other.length > 0) {
    return {
      ok: false,
      problems: other.map((key) => ({
        file,
        where: key,
        message: 'only "hosts" and "collectives" can be imported: the rest comes with the extension',
      })),
    };
  }
  return checkLocalList(
    file,
    bundled,
    { hosts: fragment.data.hosts ?? [], collectives: fragment.data.collectives ?? [] },
    today,
  );
}

/**
 * The `.properties` files of a collective (a federation file, its organisations'
 * files, their services'), picked together: the links between them are followed
 * to the files of the same name. Each organisation becomes a host.
 */
export async function importProperties(
  files: readonly { name: string; text: string }[],
  bundled: Catalogue,
  today: string,
): Promise<ImportResult> {
  const byName = new Map<string, { name: string; text: string }[]>();
  for (const file of files) byName.set(file.name, [...(byName.get(file.name) ?? []), file]);
  const load: Loader = async (ref, from) => {
    // A root is one of the files; a link names a file by the last part of its address.
    const name = from === null ? ref : decodeURIComponent(ref.split(/[?#]/)[0].split('/').at(-1) ?? '');
    const found = byName.get(name) ?? [];
    if (found.length === 1) return { ok: true, source: name, text: found[0].text };
    return {
      ok: false,
      source: ref,
      reason: found.length > 1 ? `several files are named ${name}` : `${name} was not among the files chosen`,
    };
  };
  const walk = createChatonsInfosWalk(load, { concurrency: 1, maxFiles: 2000 });
  const rank = { federation: 0, organization: 1, service: 2 } as const;
  const problems: ImportProblem[] = [];
  const ordered = files
    .map((file) => ({ file, read: readChatonsInfos(file.text, file.name) }))
    .filter(({ file, read }) => {
      if (!read.ok) problems.push({ file: file.name, where: '(file)', message: read.reason });
      return read.ok;
    })
    .sort((a, b) => (a.read.ok && b.read.ok ? rank[a.read.file.class] - rank[b.read.file.class] : 0));
  if (problems.length > 0) return { ok: false, problems };
  for (const { file } of ordered) if (!walk.seen(file.name)) await walk.visit(file.name);

  const { result } = walk;
  for (const warning of result.warnings) {
    problems.push({
      file: warning.source,
      where: warning.line === undefined ? '(file)' : `line ${warning.line}`,
      message: warning.message,
    });
  }
  const source = files.map((file) => file.name).join(', ');
  if (problems.length > 0) return { ok: false, problems };
  if (result.organizations.length === 0)
    return { ok: false, problems: [{ file: source, where: '(files)', message: 'no organisation file among them' }] };

  const candidates = finishCandidates(
    result.organizations.map((organization) => organizationCandidate(organization, bundled, { checked: today })),
    bundled,
  );
  const notes = [
    ...result.problems.map((problem) => `${problem.source}: ${problem.reason}`),
    ...candidates.flatMap((candidate) => candidate.review.map((note) => `${candidate.name}: ${note}`)),
  ];
  const hosts: unknown[] = [];
  for (const candidate of candidates) {
    const file = candidate.source;
    if (candidate.alreadyInCatalogue) {
      notes.push(`${candidate.name}: already in the catalogue (${candidate.alreadyInCatalogue}), left out`);
      continue;
    }
    const offers = candidate.offers.filter((offer) => offer.access !== null);
    if (candidate.website === null)
      problems.push({
        file,
        where: 'organization.website',
        message: `${candidate.name}: expected an https:// website, found none`,
      });
    if (offers.length === 0)
      problems.push({
        file,
        where: '(services)',
        message: `${candidate.name}: no service runs software the catalogue knows, with a registration given`,
      });
    const place = candidate.place;
    hosts.push({
      id: candidate.id,
      name: candidate.name,
      website: candidate.website,
      place:
        place?.city && place.country
          ? {
              city: place.city,
              ...(place.postalCode && { postalCode: place.postalCode }),
              country: place.country,
              lat: place.lat,
              lon: place.lon,
            }
          : null,
      collectives: candidate.collectives,
      offers,
      provenance: {
        sources:
          candidate.provenance.sources.length > 0
            ? candidate.provenance.sources
            : candidate.website === null
              ? []
              : [candidate.website],
        checked: today,
      },
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const checked = checkLocalList(source, bundled, { hosts, collectives: [] }, today);
  return checked.ok ? { ...checked, notes } : checked;
}
