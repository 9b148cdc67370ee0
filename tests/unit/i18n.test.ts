import { describe, expect, it } from 'vitest';
import { messageTables, pickLocale, plural, t } from '../../utils/i18n';

describe('i18n', () => {
  it('holds the same keys in French and English, none empty', () => {
    const { fr, en } = messageTables();
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const table of [fr, en]) for (const entry of Object.values(table)) expect(entry.message.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const { fr, en } = messageTables();
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(placeholders(fr[key].message), key).toEqual(placeholders(en[key].message));
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
