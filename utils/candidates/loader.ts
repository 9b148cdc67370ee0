/** What reading a collective's files needs from its caller: a loader, and a bound on parallel loads. Pure. */

export type LoadResult = { ok: true; source: string; text: string } | { ok: false; source: string; reason: string };

/**
 * Fetches or finds `ref` (a `subs.*` value, a directory entry or a root), relative to the file
 * that named it (`from`, null for a root). `source` names what was read: the final URL, or the
 * file path. A loader reports failures in its result; if it throws anyway, the walk records it.
 */
export type Loader = (ref: string, from: string | null) => Promise<LoadResult>;

export interface Problem {
  source: string;
  reason: string;
}

/** Runs at most `limit` tasks at once. Only the task itself holds a slot, so nested use cannot deadlock. */
export function semaphore(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export function isAbsoluteUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

/** Calls the loader, turning a thrown error into a failed result. */
export async function safeLoad(load: Loader, ref: string, from: string | null): Promise<LoadResult> {
  try {
    return await load(ref, from);
  } catch (error) {
    return {
      ok: false,
      source: ref,
      reason: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Published files are UTF-8 (ChatonsInfos, JSON); a file that is not valid UTF-8 is read as
 * Latin-1 (windows-1252), the historical encoding of Java .properties files.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
