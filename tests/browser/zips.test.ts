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
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { builtExtension } from './harness';
import { readZip } from './zip';

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
