import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { interpretSettings, loadSettings, onSettingsChanged, saveSettings } from '../../utils/settings';
import { defaultSettings } from '../../utils/settings-defaults';
import { rememberSettingsHint, settingsHint } from '../../utils/settings-hint';
import { records } from '../../utils/storage';

const lyon = { name: 'Lyon', postalCode: '69001', area: 'Rhône (69)', country: 'FR', lat: 45.7676, lon: 4.8344 };

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads as the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings, problem: null });
  });

  it('saves a change and reads it back, keeping the other choices', async () => {
    await saveSettings({ place: lyon });
    await saveSettings({ collectives: ['chatons'] });
    expect((await loadSettings()).settings).toEqual({ ...defaultSettings, place: lyon, collectives: ['chatons'] });
  });

  it('refuses to save what the schema refuses, and keeps what was there', async () => {
    await saveSettings({ place: lyon });
    await expect(saveSettings({ place: { ...lyon, lat: 123 } })).rejects.toThrow();
    expect((await loadSettings()).settings.place).toEqual(lyon);
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2]],
    ['a wrong type', { ...defaultSettings, collectives: 'chatons' }],
    ['an unknown field', { ...defaultSettings, spy: true }],
    ['a place out of range', { ...defaultSettings, place: { ...lyon, lon: 500 } }],
    ['an older shape without version', { language: 'fr' }],
  ])('reads a corrupted record (%s) as the defaults and says so', (_, stored) => {
    expect(interpretSettings(stored)).toEqual({ settings: defaultSettings, problem: 'corrupted' });
  });

  it('migrates a version 1 record: the choices are kept, the new settings take their defaults', () => {
    const v1 = { version: 1, language: 'fr', place: lyon, collectives: ['librezo'] };
    expect(interpretSettings(v1)).toEqual({
      settings: { ...defaultSettings, language: 'fr', place: lyon, collectives: ['librezo'] },
      problem: null,
    });
    // A version 1 record that was itself broken is still reported, not half-read.
    expect(interpretSettings({ ...v1, language: 'de' }).problem).toBe('corrupted');
    expect(interpretSettings({ ...v1, notice: 'never' }).problem).toBe('corrupted');
  });

  it('saves a migrated record in the current version', async () => {
    await fakeBrowser.storage.local.set({
      [records.settings.key]: { version: 1, language: 'en', place: null, collectives: [] },
    });
    await saveSettings({ notice: 'never' });
    expect((await fakeBrowser.storage.local.get(records.settings.key))[records.settings.key]).toEqual({
      ...defaultSettings,
      language: 'en',
      notice: 'never',
    });
  });

  it('accepts host names as muted sites, and nothing else', async () => {
    await saveSettings({ mutedSites: ['mail.google.com', 'www.youtube.com'] });
    for (const bad of ['https://mail.google.com/', 'mail google com', '<b>x</b>', '', 'localhost']) {
      await expect(saveSettings({ mutedSites: [bad] })).rejects.toThrow();
    }
    expect((await loadSettings()).settings.mutedSites).toEqual(['mail.google.com', 'www.youtube.com']);
  });

  it('tells a record from a newer version apart from a corrupted one', () => {
    expect(interpretSettings({ ...defaultSettings, version: 7 }).problem).toBe('newer-version');
  });

  it('leaves a corrupted record and every other record in place until the user saves', async () => {
    await fakeBrowser.storage.local.set({ [records.settings.key]: '{oops', [records.localList.key]: { hosts: [1] } });
    expect((await loadSettings()).problem).toBe('corrupted');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [records.settings.key]: '{oops',
      [records.localList.key]: { hosts: [1] },
    });
  });

  it('tells listeners about changes made elsewhere', async () => {
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    await saveSettings({ language: 'en' });
    expect(listener).toHaveBeenCalledWith({ settings: { ...defaultSettings, language: 'en' }, problem: null });
    stop();
    await saveSettings({ language: 'fr' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

/** A page's localStorage, as far as the hint goes. */
function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('settings hint for the first frame', () => {
  it('gives back the settings a page remembered', () => {
    const store = memoryStore();
    const chosen = { ...defaultSettings, language: 'en' as const, place: lyon, collectives: ['chatons'] };
    rememberSettingsHint(chosen, store);
    expect(settingsHint(store)).toEqual(chosen);
  });

  it('reads nothing from a missing, garbled, altered or other-version hint, or from no localStorage at all', () => {
    expect(settingsHint(memoryStore())).toBeNull();
    expect(settingsHint(undefined)).toBeNull();
    const store = memoryStore();
    rememberSettingsHint({ ...defaultSettings, language: 'fr' }, store);
    const [[key, written]] = [...store.items];
    expect(settingsHint(store)?.language).toBe('fr');
    const hint = JSON.parse(written);
    for (const bad of [
      '{',
      'null',
      '"settings"',
      written.slice(0, -2),
      // Altered after it was written: the checksum no longer matches.
      JSON.stringify({ ...hint, settings: { ...hint.settings, language: 'klingon' } }),
      JSON.stringify({ ...hint, settings: { ...hint.settings, language: 'en' } }),
      JSON.stringify({ ...hint, check: hint.check + 1 }),
      // The form written before the checksum: the settings alone.
      JSON.stringify(hint.settings),
      // Written by a version whose settings had another shape.
      (() => {
        const other = memoryStore();
        rememberSettingsHint({ ...defaultSettings, version: 1 } as never, other);
        return [...other.items.values()][0];
      })(),
    ]) {
      expect(settingsHint(memoryStore({ [key]: bad })), bad).toBeNull();
    }
  });

  it('never throws, even when localStorage refuses to be read or written', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(settingsHint(refusing)).toBeNull();
    expect(() => rememberSettingsHint(defaultSettings, refusing)).not.toThrow();
  });
});
