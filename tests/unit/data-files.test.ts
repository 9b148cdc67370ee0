import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/catalogue-files';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(join(dir, entry.name))
      : entry.name.endsWith('.json')
        ? [join(dir, entry.name)]
        : [],
  );
}

// The formatter leaves data/ alone: its files keep the form the catalogue's own tools write.
describe('data files', () => {
  const files = jsonFiles(dataDir);

  it('are found', () => {
    expect(files.map((file) => relative(dataDir, file))).toEqual(
      expect.arrayContaining(['software.json', 'hosts.json', join('services', 'google.json')]),
    );
  });

  it('are written as JSON.stringify writes them, two spaces and a final newline', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(dataDir, file)).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });
});
