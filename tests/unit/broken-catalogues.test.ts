/**
 * A corpus of broken catalogues, one fault each, with the exact report `check` must
 * give for it (tests/fixtures/broken-catalogues/<case>/expected.txt; a line ending in
 * "*" is matched as a prefix, for messages that come from the JSON parser).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, projectRoot } from '../../scripts/catalogue-files';

const corpus = join(projectRoot, 'tests', 'fixtures', 'broken-catalogues');
const cases = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'expected.txt')));

describe('check on broken catalogues', () => {
  it('has a case for each kind of fault, and a valid control', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(loadCatalogue(join(corpus, 'valid')).problems).toEqual([]);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(corpus, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const reported = loadCatalogue(dir).problems.map(
      (problem) => `${relative(dir, join(projectRoot, problem.file))} ${problem.path}: ${problem.message}`,
    );
    expect(reported).toHaveLength(expected.length);
    reported.forEach((line, i) => {
      if (expected[i].endsWith('*')) expect(line.startsWith(expected[i].slice(0, -1)), line).toBe(true);
      else expect(line).toBe(expected[i]);
    });
  });
});
