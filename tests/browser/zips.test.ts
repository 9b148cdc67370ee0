/**
 * What `npm run zip` hands to the stores: the Chrome zip, the Firefox zip, and the
 * sources addons.mozilla.org asks for. Each extension zip is its store build exactly
 * (manifest included, no test file, no source map, no path of the machine that built
 * it); the sources hold what builds the extension and rebuild the Firefox zip byte
 * for byte.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { builtExtension } from './harness';

/** The files of a zip archive, by name (stored or deflated entries, as zip tools write them). */
function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${path} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    if (method !== 0 && method !== 8) throw new Error(`${path}: ${name} uses compression method ${method}`);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + skip;
  }
  return files;
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => {
  const path = join(projectRoot, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first (npm test does).`);
  return path;
};

const testFile = /(^|\/)(tests?|__tests__|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const sizes: string[] = [];

afterAll(() => {
  if (sizes.length) console.log(`npm run zip:\n${sizes.join('\n')}`);
});

describe.each([
  ['chrome', 'chrome-mv3', 3],
  ['firefox', 'firefox-mv2', 2],
] as const)('the %s zip', (kind, build, manifestVersion) => {
  const path = zipPath(kind);
  const files = readZip(path);
  const names = [...files.keys()].sort();
  sizes.push(
    `  ${`${kind}:`.padEnd(9)}${(statSync(path).size / 1024).toFixed(0).padStart(6)} kB zipped, ${names.length} files, ${path.slice(projectRoot.length + 1)}`,
  );

  it('holds the store build, file for file', () => {
    const dir = builtExtension(build);
    expect(names).toEqual(listFiles(dir));
    for (const name of names) expect(files.get(name)!.equals(readFileSync(join(dir, name))), name).toBe(true);
  });

  it('has its manifest at the top, with no page open to websites', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('holds no test file, no source map, and no path of the machine that built it', () => {
    expect(names.filter((name) => testFile.test(name))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const [name, content] of files) {
      if (!/\.(js|css|html|json)$/.test(name)) continue;
      const text = content.toString('utf8');
      expect(text, name).not.toMatch(/[#@] sourceMappingURL=/);
      expect(text.includes(projectRoot), name).toBe(false);
    }
  });
});

describe('the sources zip, for addons.mozilla.org', () => {
  const path = zipPath('sources');
  const files = readZip(path);
  const names = [...files.keys()].sort();
  sizes.push(
    `  ${'sources:'.padEnd(9)}${(statSync(path).size / 1024).toFixed(0).padStart(6)} kB zipped, ${names.length} files, ${path.slice(projectRoot.length + 1)}`,
  );

  it('holds what builds the extension and how to build it', () => {
    for (const name of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'PRIVACY.md',
    ])
      expect(names).toContain(name);
    for (const folder of [
      'entrypoints/',
      'components/',
      'utils/',
      'modules/',
      'scripts/',
      'data/',
      'locales/',
      'public/',
    ]) {
      expect(
        names.some((name) => name.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    expect(files.get('package.json')!.equals(readFileSync(join(projectRoot, 'package.json')))).toBe(true);
  });

  it('holds no dependency, build output, test, artifact or hidden file', () => {
    expect(names.filter((name) => /^(node_modules|\.output|artifacts|collected)\/|(^|\/)\./.test(name))).toEqual([]);
    expect(names.filter((name) => testFile.test(name) || name.endsWith('.map'))).toEqual([]);
  });

  it('rebuilds the very Firefox zip from the sources alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'circuit-court-sources-'));
    try {
      for (const [name, content] of files) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
      // What `npm ci` would install: the project's own dependencies.
      symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // A clean environment, as a reviewer's shell (no test runner's variables).
      execFileSync(join(projectRoot, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], {
        cwd: dir,
        stdio: 'pipe',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: '1' },
      });
      const rebuilt = join(dir, '.output', 'firefox-mv2');
      const shipped = readZip(zipPath('firefox'));
      expect(listFiles(rebuilt)).toEqual([...shipped.keys()].sort());
      for (const [name, content] of shipped) expect(readFileSync(join(rebuilt, name)).equals(content), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
