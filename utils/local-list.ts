/**
 * A local list of hosts, imported from a file on top of the bundled catalogue (see
 * entrypoints/options/local-list-import.ts for the checks). Imported hosts carry a "local list" mark and
 * can be removed. Every page merges the list in; most load this module (with the
 * catalogue's zod schemas) only after their first frame, see mount-page.tsx.
 */
import { z } from 'zod';
import { inTodaysWords } from './catalogue/earlier-words';
import { type Catalogue, Collective, Host, IsoDate } from './catalogue/schema';
import { records, storedItem } from './storage';

export const LOCAL_LIST_VERSION = 2;

export const LocalList = z.strictObject({
  version: z.literal(LOCAL_LIST_VERSION),
  /** The file (or files) it came from, as the user named them. */
  source: z.string().max(1000),
  imported: IsoDate,
  hosts: z.array(Host).max(5000),
  collectives: z.array(Collective).max(500),
});
export type LocalList = z.infer<typeof LocalList>;

/** The bundled catalogue with the imported hosts and collectives added. */
export function withLocalList(catalogue: Catalogue, localList: LocalList | null): Catalogue {
  if (!localList) return catalogue;
  return {
    ...catalogue,
    hosts: [...catalogue.hosts, ...localList.hosts],
    collectives: [...catalogue.collectives, ...localList.collectives],
  };
}

export interface LoadedLocalList {
  localList: LocalList | null;
  /** Storage held something that is not a valid localList (left in place, and ignored). */
  corrupted: boolean;
}

/** Version 1 named its hosts "providers" and their needs "category": read in today's words as version 2. */
export function migratedLocalList(stored: unknown): unknown {
  const version = (stored as { version?: unknown } | null | undefined)?.version;
  if (version !== 1) return stored;
  return { ...(inTodaysWords(stored) as object), version: LOCAL_LIST_VERSION };
}

/** What storage holds, if it is a valid local list; anything else reads as "no local list" and is reported. */
export function interpretLocalList(stored: unknown): LoadedLocalList {
  if (stored === undefined) return { localList: null, corrupted: false };
  const parsed = LocalList.safeParse(migratedLocalList(stored));
  return parsed.success ? { localList: parsed.data, corrupted: false } : { localList: null, corrupted: true };
}

const stored = storedItem(records.localList, interpretLocalList);

export const loadLocalList = (): Promise<LoadedLocalList> => stored.get();

export async function saveLocalList(localList: LocalList | null): Promise<void> {
  if (localList === null) await stored.remove();
  else await stored.set(LocalList.parse(localList));
}

/** Follows the imported list as any page changes it; returns the unsubscriber. */
export const onLocalListChanged = (listener: (loaded: LoadedLocalList) => void): (() => void) => stored.watch(listener);

/** The localList without one of its hosts (the whole localList goes with its last host). */
export function withoutHost(localList: LocalList, id: string): LocalList | null {
  const hosts = localList.hosts.filter((host) => host.id !== id);
  return hosts.length === 0 ? null : { ...localList, hosts };
}
