import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { typographyProblems } from '../../utils/catalogue/typography';
import { interfaceLocale, messageTables, pickLocale, plural, t } from '../../utils/i18n';

describe('i18n', () => {
  it('holds the same keys in French and English, none empty', () => {
    const { fr, en } = messageTables();
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const table of [fr, en]) for (const entry of Object.values(table)) expect(entry.message.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const { fr, en } = messageTables();
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en))
      expect(placeholders(fr[key].message), key).toEqual(placeholders(en[key].message));
  });

  it('keeps French and English typography: narrow no-break spaces in French, typographic apostrophes and quotes', () => {
    const tables = messageTables();
    for (const locale of ['fr', 'en'] as const) {
      for (const [key, entry] of Object.entries(tables[locale]))
        expect(typographyProblems(entry.message, locale), `${locale} ${key}`).toEqual([]);
    }
  });

  it('speaks the language the settings name, or on "auto" the browser’s', () => {
    expect(interfaceLocale('fr', 'en-US')).toBe('fr');
    expect(interfaceLocale('en', 'fr-FR')).toBe('en');
    expect(interfaceLocale('auto', 'fr-CA')).toBe('fr');
    expect(interfaceLocale('auto', 'de')).toBe('en');
    expect(interfaceLocale('auto', undefined)).toBe('en');
  });

  it('picks French for any French locale, English otherwise', () => {
    expect(pickLocale('fr')).toBe('fr');
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('FR-be')).toBe('fr');
    expect(pickLocale('de-DE')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('fills placeholders and chooses plural forms per language', () => {
    expect(plural('fr', 'badgeTitle', 1, { service: 'Gmail' })).toBe('Gmail — 1 alternative libre');
    expect(plural('fr', 'badgeTitle', 0, { service: 'Gmail' })).toBe('Gmail — 0 alternative libre');
    expect(plural('en', 'badgeTitle', 0, { service: 'Gmail' })).toBe('Gmail — 0 libre alternatives');
    expect(plural('en', 'badgeTitle', 4, { service: 'Gmail' })).toBe('Gmail — 4 libre alternatives');
    expect(t('en', 'searchNoResult', { query: 'x' })).toBe('Nothing matches “x”.');
  });
});

describe('every interface text', () => {
  // The source files that show texts; a key is used when one of them names it in quotes.
  const sourceFiles = (dir: string): string[] =>
    readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : /\.(tsx?|html)$/.test(entry.name)
          ? [join(projectRoot, dir, entry.name)]
          : [],
    );
  const sources = ['components', 'entrypoints', 'utils', 'wxt.config.ts']
    .flatMap((path) => (path.endsWith('.ts') ? [join(projectRoot, path)] : sourceFiles(path)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const keys = Object.keys(messageTables().en);
  const stems = [...new Set(keys.map((key) => key.replace(/_(one|other)$/, '')))];

  it('is used somewhere: no key is left over', () => {
    const unused = stems.filter((stem) => !sources.includes(`'${stem}'`) && !sources.includes(`__MSG_${stem}__`));
    expect(unused).toEqual([]);
  });

  it('exists for every key the code asks for', () => {
    const asked = [...sources.matchAll(/\b(?:t|plural)\(\s*\w+,\s*'([A-Za-z]+)'/g)].map((match) => match[1]);
    expect(asked.length).toBeGreaterThan(100);
    const missing = asked.filter((key) => !keys.includes(key) && !keys.includes(`${key}_one`));
    expect(missing).toEqual([]);
  });

  it('comes in both forms wherever it depends on a count', () => {
    for (const key of keys.filter((k) => k.endsWith('_one')))
      expect(keys, key).toContain(key.replace(/_one$/, '_other'));
    for (const key of keys.filter((k) => k.endsWith('_other')))
      expect(keys, key).toContain(key.replace(/_other$/, '_one'));
  });
});
