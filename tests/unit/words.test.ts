/**
 * One word per idea (data/README.md, "Words"): the words retired for a synonym stay out of the
 * code, the catalogue, the locales and the command line. The few places that still read them
 * say so below, with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';

const folders = ['entrypoints', 'components', 'utils', 'modules', 'scripts', 'locales', 'data', 'bench'];

function files(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.(tsx?|json|css|html)$/.test(entry.name) && entry.name !== 'results.json'
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Each retired word, the word that replaced it, and the uses that are not ours to rename. */
const retired = [
  {
    word: /provider/i,
    now: 'host',
    // Preact's context component; a field of the Librehosters directory's own format.
    outside: /\.Provider\b|isServiceProvider/g,
  },
  { word: /categor/i, now: 'need', outside: /includedCategories/g /* Chrome's tracing option */ },
  { word: /overlay/i, now: 'local list', outside: /key: 'overlay'/g /* the stored key keeps its first name */ },
  // Code only: in French, "importer" is the verb.
  { word: /importer/i, now: 'collect or import', outside: null, code: /\.tsx?$/ },
];

/** Files written to read the earlier words for one release. */
const readersOfEarlierWords = new Set([
  join('utils', 'catalogue', 'earlier-words.ts'),
  join('utils', 'local-list.ts'),
  join('entrypoints', 'options', 'backup.ts'),
  join('scripts', 'catalogue.ts'),
  join('scripts', 'commands', 'nearby.ts'),
]);

const all = folders.flatMap(files).filter((file) => !readersOfEarlierWords.has(file));

describe('one word per idea', () => {
  it('reads some files (the check is not looking at nothing)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContain(join('data', 'hosts.json'));
  });

  it.each(retired)('$word is said $now everywhere', ({ word, outside, code }) => {
    const found = all.flatMap((file) => {
      const whole = readFileSync(join(projectRoot, file), 'utf8');
      const text = code && !code.test(file) ? '' : outside ? whole.replace(outside, '') : whole;
      return text
        .split('\n')
        .flatMap((line, index) => (word.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });
});
