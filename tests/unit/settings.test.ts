import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  interpretSettings,
  loadSettings,
  onSettingsChanged,
  SETTINGS_KEY,
  saveSettings,
} from '../../utils/settings';

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

  it('tells a record from a newer version apart from a corrupted one', () => {
    expect(interpretSettings({ ...defaultSettings, version: 7 }).problem).toBe('newer-version');
  });

  it('leaves a corrupted record and every other record in place until the user saves', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: '{oops', overlay: { providers: [1] } });
    expect((await loadSettings()).problem).toBe('corrupted');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [SETTINGS_KEY]: '{oops', overlay: { providers: [1] } });
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
