import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';

function catalogue(...args: string[]) {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/catalogue.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
}

describe('npm run catalogue -- detect', () => {
  it('prints one JSON object per URL, in order, with null company for anything else', () => {
    const urls = [
      'https://docs.google.com/spreadsheets/d/x/edit',
      'https://mail.google.com.attacker.test/',
      'not a url',
      'https://www.amazon.fr/dp/B0',
      'about:blank',
    ];
    const lines = catalogue('detect', ...urls).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { url: urls[0], company: 'google', service: 'Google Sheets', category: 'spreadsheets' },
      { url: urls[1], company: null },
      { url: urls[2], company: null },
      { url: urls[3], company: 'amazon', service: 'Amazon', category: 'shopping' },
      { url: urls[4], company: null },
    ]);
  }, 30_000);
});
