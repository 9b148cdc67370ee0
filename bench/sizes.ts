/**
 * Sizes of the built files and zips against the budgets written in bench/README.md
 * ("Size budgets"): the one place they are set. Also the content script's bytes and
 * the share of them that is webextension-polyfill.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';
import { projectRoot } from '../scripts/catalogue-files';

export interface Budget {
  /** As written in bench/README.md: "`chunks/*.js`", or "the whole Chrome build". */
  label: string;
  /** Globs relative to the Chrome build folder, or to the output folder for zips; none for the total. */
  patterns: string[];
  bytes: number;
  total: boolean;
}

export interface SizedFile {
  file: string;
  bytes: number;
  budget: Budget | null;
}

export interface SizeFigures {
  files: SizedFile[];
  zips: SizedFile[];
  totalBytes: number;
  totalBudget: Budget | null;
  /** Files and zips over their budget, and files no budget names. */
  problems: string[];
  contentScript: { bytes: number; gzipBytes: number; polyfillBytes: number; polyfillShare: number };
}

export const outputDir = join(projectRoot, '.output');
export const chromeBuild = join(outputDir, 'chrome-mv3');
/** The same build with the popup's control page (`npm run build:bench`), where the browser figures are taken. */
export const benchBuild = join(outputDir, 'chrome-mv3-bench');
export const CONTENT_SCRIPT = 'gafam.js';

const UNITS: Record<string, number> = { B: 1, KB: 1000, KiB: 1024, MB: 1000 ** 2, MiB: 1024 ** 2 };

/** The "Size budgets" table of bench/README.md, row by row. */
export function readBudgets(readme = readFileSync(join(projectRoot, 'bench', 'README.md'), 'utf8')): Budget[] {
  const start = readme.search(/^#+ Size budgets\s*$/m);
  if (start < 0) throw new Error('bench/README.md has no "Size budgets" section: the bench reads its budgets there.');
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[] = [];
  // The table's rows, after its header and separator lines.
  for (let i = first + 2; first >= 0 && i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
  if (rows.length === 0) throw new Error('bench/README.md, size budgets: no table of budgets under the heading');
  return rows.map((row) => {
    const [label, budget] = row
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    const size = /^([\d.]+)\s*(B|KB|KiB|MB|MiB)\b/.exec(budget);
    if (!size) throw new Error(`bench/README.md, size budgets: "${budget}" is not a size such as "16 KiB"`);
    const patterns = [...label.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    const total = patterns.length === 0 && /whole/i.test(label);
    if (patterns.length === 0 && !total) throw new Error(`bench/README.md, size budgets: "${label}" names no file`);
    return { label, patterns, bytes: Math.round(Number(size[1]) * UNITS[size[2]]), total };
  });
}

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** The bytes of the bundled webextension-polyfill: the smallest call around its `define("webextension-polyfill")`. */
export function polyfillBytes(code: string): number {
  const marker = code.search(/define\([`'"]webextension-polyfill[`'"]/);
  if (marker < 0) return 0;
  // The UMD wrapper call holds the whole library; the calls inside it are smaller.
  const best = { start: 0, end: Number.POSITIVE_INFINITY };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const { type, start, end } = node as { type?: string; start?: number; end?: number };
    if (typeof start === 'number' && typeof end === 'number') {
      if (start > marker || end <= marker) return;
      if (type === 'CallExpression' && end - start > 1000 && end - start < best.end - best.start)
        Object.assign(best, { start, end });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(parseAst(code));
  return Number.isFinite(best.end) ? Buffer.byteLength(code.slice(best.start, best.end)) : 0;
}

export function measureSizes(budgets = readBudgets()): SizeFigures {
  const problems: string[] = [];
  const fileBudgets = budgets.filter((budget) => !budget.total);
  const match = (name: string, zip: boolean) =>
    fileBudgets.find((budget) =>
      budget.patterns.some((pattern) => pattern.endsWith('.zip') === zip && globToRegExp(pattern).test(name)),
    ) ?? null;

  const files = filesOf(chromeBuild).map((file) => ({
    file,
    bytes: statSync(join(chromeBuild, file)).size,
    budget: match(file, false),
  }));
  const zips = existsSync(outputDir)
    ? readdirSync(outputDir)
        .filter((name) => name.endsWith('.zip'))
        .sort()
        .map((file) => ({ file, bytes: statSync(join(outputDir, file)).size, budget: match(file, true) }))
    : [];
  for (const sized of [...files, ...zips]) {
    if (!sized.budget) problems.push(`${sized.file}: no budget names it (add a row to bench/README.md's size budgets)`);
    else if (sized.bytes > sized.budget.bytes)
      problems.push(
        `${sized.file}: ${sized.bytes} bytes, over its budget of ${sized.budget.bytes} (${sized.budget.label})`,
      );
  }
  const totalBytes = files.reduce((sum, sized) => sum + sized.bytes, 0);
  const totalBudget = budgets.find((budget) => budget.total) ?? null;
  if (totalBudget && totalBytes > totalBudget.bytes)
    problems.push(`the whole Chrome build: ${totalBytes} bytes, over its budget of ${totalBudget.bytes}`);

  const code = readFileSync(join(chromeBuild, CONTENT_SCRIPT), 'utf8');
  const bytes = Buffer.byteLength(code);
  const polyfill = polyfillBytes(code);
  return {
    files,
    zips,
    totalBytes,
    totalBudget,
    problems,
    contentScript: {
      bytes,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      polyfillBytes: polyfill,
      polyfillShare: polyfill / bytes,
    },
  };
}

/**
 * Files of `store` missing from `bench` or not the same there (the control page's own files
 * aside): byte for byte, but for the manifest, which WXT indents outside production.
 */
export function differingFiles(store: string, bench: string): string[] {
  const files = readdirSync(store, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(store, name)).isFile(),
  );
  const read = (dir: string, name: string) => {
    const bytes = readFileSync(join(dir, name));
    return name === 'manifest.json' ? Buffer.from(JSON.stringify(JSON.parse(bytes.toString('utf8')))) : bytes;
  };
  return files.filter((name) => !existsSync(join(bench, name)) || !read(store, name).equals(read(bench, name)));
}
