/**
 * The settings as the extension's pages last read them, kept in the page origin's
 * synchronous localStorage so that the popup can draw its first frame before any storage
 * read answers, and before zod is loaded: the settings were checked against their schema
 * before a page wrote them here, and a checksum tells they come back as written. Only a
 * hint: the stored settings are read right after the first frame, and win.
 */
import type { Settings } from './settings';
import { SETTINGS_VERSION } from './settings-defaults';
import { records } from './storage';

interface Hint {
  check: number;
  settings: Settings;
}

/** FNV-1a over the text's code units: enough to tell a truncated or altered copy. */
function checksum(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The hint, if there is one written as this version writes it; never throws (no localStorage, a garbled value). */
export function settingsHint(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Settings | null {
  try {
    const text = store?.getItem(records.settingsHint.key);
    if (text == null) return null;
    const { check, settings } = JSON.parse(text) as Partial<Hint>;
    if (settings?.version !== SETTINGS_VERSION || check !== checksum(JSON.stringify(settings))) return null;
    return settings;
  } catch {
    return null;
  }
}

/** Keeps the hint in step with what a page has just read; a page without localStorage keeps none. */
export function rememberSettingsHint(
  settings: Settings,
  store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    const hint: Hint = { check: checksum(JSON.stringify(settings)), settings };
    store?.setItem(records.settingsHint.key, JSON.stringify(hint));
  } catch {
    // Storage full or refused: the next page waits for the stored settings, as without a hint.
  }
}
