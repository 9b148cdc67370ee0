/** Reads the catalogue from `data/` on disk (Node only: build, command line, tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Assembled, assembleCatalogue, type CatalogueSource } from '../utils/catalogue/assemble';
import type { Catalogue } from '../utils/catalogue/schema';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const dataDir = join(projectRoot, 'data');
export const schemaFile = 'catalogue.schema.json';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFiles(path);
      return entry.name.endsWith('.json') && entry.name !== schemaFile ? [path] : [];
    })
    .sort();
}

/** Each JSON file of a directory, parsed; a file that is not JSON becomes a problem, not a crash. */
export function readCatalogueSources(dir = dataDir): { sources: CatalogueSource[]; unreadable: Assembled['problems'] } {
  const sources: CatalogueSource[] = [];
  const unreadable: Assembled['problems'] = [];
  for (const path of jsonFiles(dir)) {
    // Named from the project root ("data/software.json"), or from the directory given when it lies elsewhere.
    const fromRoot = relative(projectRoot, path);
    const file = fromRoot.startsWith('..') ? relative(dir, path) : fromRoot;
    try {
      sources.push({ file, data: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      unreadable.push({ file, path: '(file)', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return { sources, unreadable };
}

export function loadCatalogue(dir = dataDir): Assembled {
  const { sources, unreadable } = readCatalogueSources(dir);
  const assembled = assembleCatalogue(sources);
  return { catalogue: assembled.catalogue, problems: [...unreadable, ...assembled.problems] };
}

/** The shipped catalogue, or an error listing every problem: the build stops on bad data. */
export function loadValidCatalogue(dir = dataDir): Catalogue {
  const { catalogue, problems } = loadCatalogue(dir);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.file} ${p.path}: ${p.message}`);
    throw new Error(`The catalogue has ${problems.length} problem(s):\n${lines.join('\n')}`);
  }
  return catalogue;
}
