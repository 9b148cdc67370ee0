/**
 * The background's one job: keep each tab's state, toolbar badge and popup address
 * in step with the page it shows. Every event (a content script report, a tab
 * update) ends in `show(tabId, url)`, applied in order per tab.
 */
import { browser } from 'wxt/browser';
import { detectService } from '@/utils/detect/detect';
import { recordVisit } from '@/utils/footprint';
import type { Locale } from '@/utils/i18n';
import { isMuted } from '@/utils/muted-sites';
import { loadSettings, type Settings } from '@/utils/settings';
import type { BackgroundSlice } from '@/utils/slices';
import { records, tabItem } from '@/utils/storage';
import { readTabState, type TabState, tabPopup, tabState } from '@/utils/tab-state';
import { BADGE_COLOR, BADGE_TEXT_COLOR, badgeFor } from './badge';

type Action = typeof browser.action;

/** Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction` with the same calls. */
function toolbarAction(): Action {
  return (browser.action ?? (browser as unknown as { browserAction: Action }).browserAction) as Action;
}

/** The service the in-page card was last considered for, per tab. */
const tabNotice = tabItem(records.tabNotice, (value: unknown) => (typeof value === 'string' ? value : null));

/** Leaving the services forgets the tab's card too: coming back is a new visit. */
async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([tabState(tabId).remove(), tabNotice(tabId).remove()]);
}

export function createTabTracker(slice: BackgroundSlice, locale: (settings: Settings) => Locale) {
  const pending = new Map<number, Promise<string | null>>();
  // Arrivals are counted one after the other: two tabs must not overwrite each other's count.
  let footprintWrites = Promise.resolve();

  async function apply(tabId: number, url: string | undefined): Promise<string | null> {
    const { settings } = await loadSettings();
    const detected = url === undefined ? null : detectService(url, slice.index);
    // On a muted site the extension says nothing and counts nothing.
    const service = detected !== null && isMuted(url!, settings.mutedSites) ? null : detected;
    const previous = await readTabState(tabId);
    if (service === null) await forgetTab(tabId);
    else await tabState(tabId).set({ service } satisfies TabState);

    // An arrival is a tab coming to a service it was not on: moves inside it are not counted again.
    if (service !== null && previous?.service !== service && settings.footprint) {
      const company = slice.services[service].company;
      footprintWrites = footprintWrites.then(() => recordVisit(company)).catch(() => undefined);
      await footprintWrites;
    }

    const badge = badgeFor(service === null ? undefined : slice.services[service], locale(settings));
    const action = toolbarAction();
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      if (badge.text) {
        await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
        await action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
      }
      await action.setPopup({ tabId, popup: tabPopup(tabId, service) });
    } catch {
      // The tab closed meanwhile: nothing left to show.
    }
    return service;
  }

  /**
   * Shows what `url` is in tab `tabId` (`undefined`: a page the extension may not
   * read) and gives the service found, or null on a muted or non-GAFAM page.
   */
  function show(tabId: number, url: string | undefined): Promise<string | null> {
    const previous = pending.get(tabId) ?? Promise.resolve(null);
    // Run after the previous update even if it failed, so one error never blocks a tab.
    const next = previous.catch(() => null).then(() => apply(tabId, url));
    pending.set(tabId, next);
    const settle = () => {
      if (pending.get(tabId) === next) pending.delete(tabId);
    };
    next.then(settle, settle);
    return next;
  }

  /**
   * Whether the page in this tab has just arrived on `service`, as far as the
   * in-page card goes: moves inside a service do not bring the card back.
   */
  async function arrivedForNotice(tabId: number, service: string): Promise<boolean> {
    const notice = tabNotice(tabId);
    if ((await notice.get()) === service) return false;
    await notice.set(service);
    return true;
  }

  return { show, forget: forgetTab, arrivedForNotice };
}

export type TabTracker = ReturnType<typeof createTabTracker>;
