/**
 * A local list of hosts, imported from a file on top of the bundled catalogue (see
 * entrypoints/options/overlay-import.ts for the checks). Imported hosts carry a "local list" mark and
 * can be removed. Every page merges the list in; most load this module (with the
 * catalogue's zod schemas) only after their first frame, see mount-page.tsx.
 */
import { z } from 'zod';
import { inTodaysWords } from './catalogue/earlier-words';
import { type Catalogue, Collective, Host, IsoDate } from './catalogue/schema';
import { records, storedItem } from './storage';

export const OVERLAY_VERSION = 2;

export const Overlay = z.strictObject({
  version: z.literal(OVERLAY_VERSION),
  /** The file (or files) it came from, as the user named them. */
  source: z.string().max(1000),
  imported: IsoDate,
  hosts: z.array(Host).max(5000),
  collectives: z.array(Collective).max(500),
});
export type Overlay = z.infer<typeof Overlay>;

/** The bundled catalogue with the imported hosts and collectives added. */
export function withOverlay(catalogue: Catalogue, overlay: Overlay | null): Catalogue {
  if (!overlay) return catalogue;
  return {
    ...catalogue,
    hosts: [...catalogue.hosts, ...overlay.hosts],
    collectives: [...catalogue.collectives, ...overlay.collectives],
  };
}

export interface LoadedOverlay {
  overlay: Overlay | null;
  /** Storage held something that is not a valid overlay (left in place, and ignored). */
  corrupted: boolean;
}

/** Version 1 named its hosts "providers" and their needs "category": read in today's words as version 2. */
export function migratedOverlay(stored: unknown): unknown {
  const version = (stored as { version?: unknown } | null | undefined)?.version;
  if (version !== 1) return stored;
  return { ...(inTodaysWords(stored) as object), version: OVERLAY_VERSION };
}

/** What storage holds, if it is a valid overlay; anything else reads as "no overlay" and is reported. */
export function interpretOverlay(stored: unknown): LoadedOverlay {
  if (stored === undefined) return { overlay: null, corrupted: false };
  const parsed = Overlay.safeParse(migratedOverlay(stored));
  return parsed.success ? { overlay: parsed.data, corrupted: false } : { overlay: null, corrupted: true };
}

const stored = storedItem(records.overlay, interpretOverlay);

export const loadOverlay = (): Promise<LoadedOverlay> => stored.get();

export async function saveOverlay(overlay: Overlay | null): Promise<void> {
  if (overlay === null) await stored.remove();
  else await stored.set(Overlay.parse(overlay));
}

/** Follows the imported list as any page changes it; returns the unsubscriber. */
export const onOverlayChanged = (listener: (loaded: LoadedOverlay) => void): (() => void) => stored.watch(listener);

/** The overlay without one of its hosts (the whole overlay goes with its last host). */
export function withoutHost(overlay: Overlay, id: string): Overlay | null {
  const hosts = overlay.hosts.filter((host) => host.id !== id);
  return hosts.length === 0 ? null : { ...overlay, hosts };
}
