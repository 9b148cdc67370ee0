import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { projectRoot } from '../../scripts/catalogue-files';
import { records, type StoredRecord, storedItem, tabItem } from '../../utils/storage';

/** The key as PRIVACY.md writes it: `tab:<id>` for a record kept per tab. */
const documentedKey = (record: StoredRecord) => (record.perTab ? `${record.key}<id>` : record.key);
const registryKeys = Object.values(records).map(documentedKey).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the storage registry', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is what PRIVACY.md names, key for key, in French and in English', () => {
    const privacy = readFileSync(join(projectRoot, 'PRIVACY.md'), 'utf8');
    const english = privacy.indexOf('## English');
    for (const section of [privacy.slice(0, english), privacy.slice(english)]) {
      // Each record is named in parentheses after what it holds: (`settings`), or `tab:<id>`) in a list.
      const named = [...section.matchAll(/(?:\(|, )`([a-z-]+(?::<id>)?)`\)/g)].map((match) => match[1]).sort();
      expect([...new Set(named)]).toEqual(registryKeys);
    }
  });

  it('is the only way to storage: no other file of the extension calls browser.storage or localStorage', () => {
    const files = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const touching = files.filter((file) =>
      /\b(?:browser|chrome)\.storage\b/.test(readFileSync(join(projectRoot, file), 'utf8')),
    );
    expect(touching.map((file) => relative('.', file))).toEqual([join('utils', 'storage.ts')]);
    const local = files.filter((file) =>
      /(?:globalThis|window)\.localStorage|\blocalStorage\./.test(readFileSync(join(projectRoot, file), 'utf8')),
    );
    // The settings' copy for the popup's first frame (`settings-hint`).
    expect(local).toEqual([join('utils', 'settings-hint.ts')]);
  });

  it('reads, writes, watches and removes a record through its reader', async () => {
    const item = storedItem(records.notices, (value) => (typeof value === 'number' ? value : -1));
    expect(await item.get()).toBe(-1);
    const seen = vi.fn();
    const stop = item.watch(seen);
    await item.set(3);
    expect(await item.get()).toBe(3);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ notices: 3 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(3));
    stop();
    await fakeBrowser.storage.session.set({ notices: 9 });
    await item.remove();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A change to the same key in another area, or after unsubscribing, is not reported.
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('keeps a per-tab record under its prefix and the tab’s id, in storage.session', async () => {
    const notice = tabItem(records.tabNotice, (value) => (typeof value === 'string' ? value : null));
    await notice(7).set('gmail');
    await notice(8).set('youtube');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'notice:7': 'gmail', 'notice:8': 'youtube' });
    await notice(7).remove();
    expect(await notice(7).get()).toBeNull();
    expect(await notice(8).get()).toBe('youtube');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
