import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResults, benchFigures } from '../../bench/figures';
import { loadValidCatalogue, projectRoot } from '../../scripts/catalogue-files';
import { catalogueFigures, catalogueStats } from '../../scripts/commands/stats';
import { prefectureCoverage } from '../../scripts/coverage';
import { readmeBlock, withReadmeBlock } from '../../scripts/readme-blocks';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('README blocks', () => {
  it('reads and replaces the text between a block’s markers, and nothing else', () => {
    const text = 'before\n<!-- x -->\nold\n<!-- /x -->\nafter';
    expect(readmeBlock(text, 'x')).toBe('old');
    expect(withReadmeBlock(text, 'x', 'new\nlines')).toBe('before\n<!-- x -->\nnew\nlines\n<!-- /x -->\nafter');
    expect(readmeBlock(text, 'y')).toBeNull();
    expect(() => withReadmeBlock(text, 'y', 'z')).toThrow('<!-- y -->');
  });
});

describe('README figures', () => {
  it('gives the catalogue’s figures as stats counts them (npm run catalogue -- stats --readme)', () => {
    const catalogue = loadValidCatalogue();
    expect(readmeBlock(readme, 'catalogue')).toBe(
      catalogueFigures(catalogueStats(catalogue), prefectureCoverage(catalogue)),
    );
  });

  it('gives the bench’s figures as bench/results.json holds them (npm run bench)', () => {
    const file = join(projectRoot, 'bench', 'results.json');
    expect(existsSync(file)).toBe(true);
    const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    expect(readmeBlock(readme, 'bench')).toBe(benchFigures(results));
  });
});
