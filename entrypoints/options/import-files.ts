/**
 * What the settings page does with files a person chooses: a local list of hosts (one JSON file
 * in the catalogue's format, or ChatonsInfos .properties files together), or a backup to
 * restore. Every file is read and checked whole first; nothing is stored unless all is valid.
 * Loaded on the first choice (or the first backup saved), with the checks it needs.
 */
import type { Catalogue } from '@/utils/catalogue/schema';
import { type LocalList, saveLocalList } from '@/utils/local-list';
import { type Settings, saveSettings } from '@/utils/settings';
import { looksLikeBackup, readBackup } from './backup';

// The backup's writer comes with its reader: one chunk, loaded on the first choice or save.
export { makeBackup } from './backup';

import { type ImportProblem, importJson, importProperties, MAX_IMPORT_BYTES, parseJson } from './local-list-import';

/** A chosen file, as the page reads it (a `File` is one). */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type Collection =
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'imported'; localList: LocalList; notes: string[] }
  | { kind: 'restored'; settings: Settings; localList: LocalList | null };

const names = (files: readonly ChosenFile[]) => files.map((file) => file.name).join(', ');
const refuse = (file: string, message: string): Collection => ({
  kind: 'problems',
  problems: [{ file, where: '(file)', message }],
});

/** What the chosen files would store, or every problem found in them; reads, stores nothing. */
export async function readChosenFiles(
  files: readonly ChosenFile[],
  bundled: Catalogue,
  today: string,
): Promise<Collection> {
  if (files.length === 0) return refuse('(none)', 'no file chosen');
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const big = files.find((file) => file.size > MAX_IMPORT_BYTES);
  if (big || total > MAX_IMPORT_BYTES) return refuse(big?.name ?? names(files), 'larger than 5 MB: not read');

  if (files.every((file) => /\.properties$/i.test(file.name))) {
    const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    const result = await importProperties(texts, bundled, today);
    return result.ok
      ? { kind: 'imported', localList: result.localList, notes: result.notes }
      : { kind: 'problems', problems: result.problems };
  }
  if (files.length > 1) return refuse(names(files), 'choose one JSON file, or ChatonsInfos .properties files only');

  const [file] = files;
  const text = await file.text();
  const parsed = parseJson(file.name, text);
  if (parsed.ok && looksLikeBackup(parsed.value)) {
    const backup = readBackup(file.name, text);
    return backup.ok
      ? { kind: 'restored', settings: backup.settings, localList: backup.localList }
      : { kind: 'problems', problems: backup.problems };
  }
  const result = importJson(file.name, text, bundled, today);
  return result.ok
    ? { kind: 'imported', localList: result.localList, notes: result.notes }
    : { kind: 'problems', problems: result.problems };
}

/** Stores what the files hold: the list, or the backup's settings and then its list. */
export async function keepOutcome(
  outcome: Collection,
  store: {
    settings(settings: Settings): Promise<unknown>;
    localList(localList: LocalList | null): Promise<unknown>;
  } = {
    settings: saveSettings,
    localList: saveLocalList,
  },
): Promise<void> {
  if (outcome.kind === 'imported') await store.localList(outcome.localList);
  if (outcome.kind === 'restored') {
    // Settings first: if the list fails to save, the user still has their settings back.
    await store.settings(outcome.settings);
    await store.localList(outcome.localList);
  }
}
