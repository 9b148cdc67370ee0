/**
 * What the two collect commands share on the Node side: arguments, loaders (a local directory,
 * the network within limits), what the catalogue already holds, and writing the review file and summary.
 */
import { type Dirent, mkdirSync, readdirSync, readFileSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Candidate, KnownEntries } from '../utils/candidates/candidate';
import { decodeText, type Loader, type LoadResult, type Problem } from '../utils/candidates/loader';
import { dataDir, loadCatalogue, projectRoot } from './catalogue-files';
import { defaultLimits, type FetchLimits, fetchLimited, isPrivateAddress } from './fetch-limited';

export interface CollectArgs {
  input: string;
  out: string;
  limits: Required<Pick<FetchLimits, 'timeoutMs' | 'maxBytes' | 'maxRedirects'>>;
}

export interface CollectIo {
  log: (line: string) => void;
  error: (line: string) => void;
  /** The catalogue to map software and spot known hosts (default: data/). */
  known?: KnownEntries;
  /** Today, for provenance.checked and the file's date (default: now). */
  now?: Date;
}

export const consoleIo: CollectIo = { log: (line) => console.log(line), error: (line) => console.error(line) };

export const optionsUsage = '[--out <file>] [--timeout-ms <ms>] [--max-bytes <n>]';

/** `<input> [--out file] [--timeout-ms n] [--max-bytes n]`; a string is a usage error. */
export function parseCollectArgs(args: readonly string[], source: string): CollectArgs | string {
  const positional: string[] = [];
  let out = join(projectRoot, 'collected', `${source}.json`);
  const limits: CollectArgs['limits'] = { ...defaultLimits };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--out') {
      const file = value();
      if (!file) return '--out needs a file name';
      out = resolve(file);
    } else if (flag === '--timeout-ms' || flag === '--max-bytes') {
      const raw = value();
      const number = Number(raw);
      if (!raw || !Number.isInteger(number) || number <= 0) return `${flag} needs a positive whole number`;
      if (flag === '--timeout-ms') limits.timeoutMs = number;
      else limits.maxBytes = number;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1)
    return positional.length === 0 ? 'give one file, directory or URL to read' : 'give only one file, directory or URL';
  const inside = relative(dataDir, out);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    return `--out may not write into ${relative(projectRoot, dataDir)}/: candidates are reviewed before anything enters the catalogue`;
  }
  return { input: positional[0], out, limits };
}

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Names a local file the way the user sees it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

// ─── Network ─────────────────────────────────────────────────────────────────────────────────

/** Follows references from a root URL; a public root cannot lead to loopback or private hosts. */
export function networkLoader(root: string, limits: CollectArgs['limits']): Loader {
  let allowPrivateAddresses = false;
  try {
    const url = new URL(root);
    allowPrivateAddresses = isPrivateAddress(url.hostname);
  } catch {
    // An invalid root fails when fetched.
  }
  return async (ref, from) => {
    let url: URL;
    try {
      url = from === null ? new URL(ref) : new URL(ref, from);
    } catch {
      return { ok: false, source: ref, reason: 'not a URL' };
    }
    const fetched = await fetchLimited(url.href, { ...limits, allowPrivateAddresses });
    return fetched.ok
      ? { ok: true, source: fetched.url, text: fetched.text }
      : { ok: false, source: fetched.url, reason: fetched.reason };
  };
}

// ─── Local files ─────────────────────────────────────────────────────────────────────────────

export interface LocalPool {
  /** The directory the files come from. */
  root: string;
  /** Whether the input was that directory (else it was one file, `files[0]`). */
  isDirectory: boolean;
  /** How a file is named in sources and problems. */
  sourceOf: (file: string) => string;
  /** Every file found, absolute paths, sorted. */
  files: string[];
  loader: Loader;
}

const MAX_LOCAL_FILES = 5000;

function listFiles(dir: string, extension: string, maxDepth: number, depth = 0, found: string[] = []): string[] {
  if (depth > maxDepth || found.length >= MAX_LOCAL_FILES) return found;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, extension, maxDepth, depth + 1, found);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(extension) && found.length < MAX_LOCAL_FILES)
      found.push(path);
  }
  return found;
}

/**
 * Files under a directory, and a loader that finds what a reference names among them: an
 * absolute URL by the longest match of its host and path segments with a file's path from the
 * root (so `https://example.org/chatons/pad.properties` finds `pad.properties` or
 * `example.org/chatons/pad.properties`), a relative reference next to the file that names it.
 * Never the network, never a file outside the directory.
 */
export function localPool(input: string, extension: string, maxBytes: number): LocalPool | string {
  const path = resolve(input);
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return `${input}: no such file or directory`;
  }
  const root = stats.isDirectory() ? path : dirname(path);
  // A directory: every file below it. One file: it, and its neighbours for the references it makes.
  const files = stats.isDirectory()
    ? listFiles(root, extension, 8)
    : [path, ...listFiles(root, extension, 3).filter((file) => file !== path)];
  const segmentsOf = (file: string) => relative(root, file).split(sep);

  const find = (ref: string): { file: string } | { reason: string } => {
    let segments: string[];
    try {
      const url = new URL(ref);
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { reason: `${url.protocol} links are not followed` };
      segments = [
        url.hostname,
        ...url.pathname
          .split('/')
          .filter(Boolean)
          .map((part) => decodeURIComponent(part)),
      ];
    } catch {
      return { reason: 'not a URL' };
    }
    let best: string[] = [];
    let bestLength = 0;
    for (const file of files) {
      const own = segmentsOf(file);
      if (own.length > segments.length) continue;
      const suffix = segments.slice(segments.length - own.length);
      if (!own.every((part, index) => part === suffix[index])) continue;
      if (own.length > bestLength) {
        best = [file];
        bestLength = own.length;
      } else if (own.length === bestLength) {
        best.push(file);
      }
    }
    if (best.length === 1) return { file: best[0] };
    if (best.length > 1)
      return { reason: `several local files match (${best.map((file) => displayPath(file)).join(', ')}): none read` };
    return {
      reason: `no file named ${segments.at(-1) ?? '?'} in ${displayPath(root)} (a local import does not use the network: give the URL to follow links online)`,
    };
  };

  const read = (file: string): LoadResult => {
    const source = displayPath(file);
    try {
      const size = statSync(file).size;
      if (size > maxBytes) return { ok: false, source, reason: `too large: ${size} bytes, the limit is ${maxBytes}` };
      return { ok: true, source, text: decodeText(readFileSync(file)) };
    } catch (error) {
      return {
        ok: false,
        source,
        reason: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      };
    }
  };

  const bySource = new Map(files.map((file) => [displayPath(file), file]));
  const loader: Loader = async (ref, from) => {
    if (from === null) return read(resolve(ref));
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      const found = find(ref);
      return 'file' in found ? read(found.file) : { ok: false, source: ref, reason: found.reason };
    }
    const base = bySource.get(from) ?? resolve(from);
    const target = resolve(dirname(base), ref.split(/[?#]/)[0]);
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside))
      return { ok: false, source: ref, reason: `outside ${displayPath(root)}: not read` };
    return read(target);
  };
  return { root, isDirectory: stats.isDirectory(), sourceOf: displayPath, files, loader };
}

// ─── Catalogue, output, summary ──────────────────────────────────────────────────────────────

export function knownEntries(io: CollectIo): KnownEntries {
  if (io.known) return io.known;
  const { catalogue, problems } = loadCatalogue();
  if (problems.length > 0)
    io.error(`note: the catalogue in data/ has ${problems.length} problem(s); matches use what could be read`);
  return catalogue;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface Collection {
  collector: string;
  input: string;
  counts: Record<string, number>;
  candidates: Candidate[];
  problems: Problem[];
  warnings: unknown[];
}

/** Writes the review file (when there is something to review) and prints the summary; returns the exit code. */
export function finish(outcome: Collection, args: CollectArgs, io: CollectIo): number {
  const now = io.now ?? new Date();
  const lines = Object.entries(outcome.counts).map(([label, count]) => `${label}: ${count}`);
  if (outcome.candidates.length > 0) {
    mkdirSync(dirname(args.out), { recursive: true });
    const review = {
      collector: outcome.collector,
      input: outcome.input,
      generated: now.toISOString(),
      note: 'Candidates for data/hosts.json: check each fact and its source, then copy by hand. Nothing here is in the catalogue.',
      summary: { ...outcome.counts, candidates: outcome.candidates.length, problems: outcome.problems.length },
      problems: outcome.problems,
      warnings: outcome.warnings,
      candidates: outcome.candidates,
    };
    writeFileSync(args.out, `${JSON.stringify(review, null, 2)}\n`);
    lines.push(`candidates written: ${outcome.candidates.length} → ${displayPath(args.out)}`);
    const known = outcome.candidates.filter((candidate) => candidate.alreadyInCatalogue !== null).length;
    if (known > 0) lines.push(`  of which already in catalogue: ${known}`);
  } else {
    lines.push('candidates written: 0 (nothing written)');
  }
  lines.push(`problems: ${outcome.problems.length}`);
  for (const problem of outcome.problems) lines.push(`  ${problem.source}: ${problem.reason}`);
  if (outcome.warnings.length > 0) {
    lines.push(
      `warnings: ${outcome.warnings.length}${outcome.candidates.length > 0 ? ' (listed in the output file)' : ''}`,
    );
  }
  for (const line of lines) io.log(line);
  return outcome.candidates.length > 0 ? 0 : 1;
}
