/**
 * Every record the extension keeps, in one place: where it lives and under which key.
 * Each record's module reads, writes and watches it through `storedItem` (or `tabItem`,
 * for records kept per tab), with its own reader: a pure function that turns whatever
 * storage holds into a value and never throws. The readers stay beside their logic so that
 * a page loads only the schemas it uses. PRIVACY.md names exactly these keys, and no other
 * file touches `browser.storage` (tests/unit/storage.test.ts).
 */
import { browser } from 'wxt/browser';

/**
 * `local`: `storage.local`, on this device; `session`: `storage.session`, in memory until
 * the browser closes; `page`: the extension pages' own `localStorage`.
 */
export type StorageArea = 'local' | 'session' | 'page';

export interface StoredRecord {
  area: StorageArea;
  key: string;
  /** The key is this prefix followed by a tab's id. */
  perTab?: true;
}

export const records = {
  settings: { area: 'local', key: 'settings' },
  notices: { area: 'local', key: 'notices' },
  footprint: { area: 'local', key: 'footprint' },
  // Under its first name: the lists already kept stay where they are.
  localList: { area: 'local', key: 'overlay' },
  settingsHint: { area: 'page', key: 'settings-hint' },
  tabState: { area: 'session', key: 'tab:', perTab: true },
  tabNotice: { area: 'session', key: 'notice:', perTab: true },
} as const satisfies Record<string, StoredRecord>;

export interface StoredItem<T> {
  get(): Promise<T>;
  set(value: unknown): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value on every change, from any page or the background; returns the unsubscriber. */
  watch(listener: (value: T) => void): () => void;
}

type BrowserArea = 'local' | 'session';

function item<T>(area: BrowserArea, key: string, read: (stored: unknown) => T): StoredItem<T> {
  const storage = () => browser.storage[area];
  return {
    get: async () => read((await storage().get(key))[key]),
    set: (value) => storage().set({ [key]: value }),
    remove: () => storage().remove(key),
    watch(listener) {
      const handle = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        if (changed === area && Object.hasOwn(changes, key)) listener(read(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
  };
}

/** Reset: everything the extension keeps on this device (every `local` record) is erased at once. */
export const eraseLocal = (): Promise<void> => browser.storage.local.clear();

/** A record of `storage.local` or `storage.session`, read through `read`. */
export function storedItem<T>(
  record: StoredRecord & { area: BrowserArea; perTab?: undefined },
  read: (stored: unknown) => T,
): StoredItem<T> {
  return item(record.area, record.key, read);
}

/** A record kept per tab, in `storage.session`. */
export function tabItem<T>(
  record: StoredRecord & { area: 'session'; perTab: true },
  read: (stored: unknown) => T,
): (tabId: number) => StoredItem<T> {
  return (tabId) => item(record.area, `${record.key}${tabId}`, read);
}
