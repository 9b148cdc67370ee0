/**
 * The moves of a page that does not reload (a single-page app's pushState, back and
 * forward, a new #fragment), for the content script.
 *
 * Where the browser has the Navigation API (Chromium), `currententrychange` fires once
 * a move inside the document is done, and never for a page being left for another.
 * Elsewhere (Firefox 140) the address is read once a second, as WXT's own location
 * watcher does, though compared as a string, with no URL object built per tick.
 */

/** The part of the Navigation API read here (TypeScript's DOM types do not have it yet). */
interface Navigation {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

export const POLL_INTERVAL_MS = 1000;

/** Calls `moved` with the new address after each move that changes it, until `signal` aborts. */
export function watchPageMoves(signal: AbortSignal, moved: (url: string) => void): void {
  let last = location.href;
  const check = () => {
    const url = location.href;
    if (url === last) return;
    last = url;
    moved(url);
  };
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const timer = setInterval(check, POLL_INTERVAL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
