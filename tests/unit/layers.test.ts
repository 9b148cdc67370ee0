/**
 * Folders by where code runs, and imports in one direction only: an entrypoint's folder uses
 * its own files, components/ and utils/; components/ uses utils/; utils/ uses nothing of the
 * extension's but itself and the locales; detection builds on the catalogue, never the other way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The project files a file imports (packages and virtual modules left out). */
function imports(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].flatMap(([, specifier]) => {
    const base = specifier.startsWith('@/')
      ? specifier.slice(2)
      : specifier.startsWith('.')
        ? normalize(join(dirname(file), specifier))
        : null;
    if (base === null) return [];
    const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((end) => base + end);
    return found.filter((path) => existsSync(join(projectRoot, path))).slice(0, 1);
  });
}

const app = ['entrypoints', 'components', 'utils'].flatMap(sourceFiles);
const edges = app.flatMap((file) => imports(file).map((target) => [file, target] as const));
const area = (path: string) => {
  const parts = relative('.', path).split(/[\\/]/);
  return parts[0] === 'entrypoints' ? `entrypoints/${parts[1].replace(/\.tsx?$/, '')}` : parts[0];
};

describe('folders', () => {
  it('are read', () => {
    expect(app.length).toBeGreaterThan(80);
    expect(edges.length).toBeGreaterThan(200);
  });

  it('import in one direction: entrypoint → components → utils', () => {
    const wrong = edges.filter(([file, target]) => {
      const from = area(file);
      const to = area(target);
      // The interface texts are data any layer reads.
      if (from === to || to === 'locales') return false;
      if (from.startsWith('entrypoints/')) return to !== 'components' && to !== 'utils';
      if (from === 'components') return to !== 'utils';
      return true;
    });
    expect(wrong.map(([file, target]) => `${file} → ${target}`)).toEqual([]);
  });

  it('build detection on the catalogue, never the catalogue on detection', () => {
    const wrong = edges.filter(
      ([file, target]) => file.startsWith(join('utils', 'catalogue')) && target.startsWith(join('utils', 'detect')),
    );
    expect(wrong).toEqual([]);
    expect(
      edges.some(
        ([file, target]) => file.startsWith(join('utils', 'detect')) && target.startsWith(join('utils', 'catalogue')),
      ),
    ).toBe(true);
  });
});
