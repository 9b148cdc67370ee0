/**
 * What the extension knows about a tab: only which catalogue service it shows,
 * never its URL. Kept in `storage.session` (memory only, cleared when the browser
 * closes) so that it survives the background service worker being stopped.
 */
import { records, tabItem } from './storage';

export interface TabState {
  service: string;
}

/**
 * The popup address the toolbar opens for a tab: it names the tab and its service
 * (empty for none), so that the popup's first frame needs no storage read. The
 * popup reads the tab's state right after, and that wins.
 */
export const tabPopup = (tabId: number, service: string | null) =>
  `popup.html?${new URLSearchParams({ tab: String(tabId), service: service ?? '' })}`;

/** A stored value, if it has the expected shape; anything else reads as "no state". */
export function asTabState(value: unknown): TabState | null {
  if (typeof value !== 'object' || value === null) return null;
  const service = (value as Record<string, unknown>).service;
  return typeof service === 'string' ? { service } : null;
}

/** A tab's state in `storage.session`. */
export const tabState = tabItem(records.tabState, asTabState);

export const readTabState = (tabId: number): Promise<TabState | null> => tabState(tabId).get();
