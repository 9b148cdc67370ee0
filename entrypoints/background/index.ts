import slice from 'virtual:background-slice';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parsedAddress } from '@/utils/detect/detect';
import { interfaceLocale } from '@/utils/i18n';
import { isNoticeActionMessage, isPageMessage, type PageReply } from '@/utils/messages';
import { withMutedSite } from '@/utils/muted-sites';
import { loadSettings, type Settings, saveSettings } from '@/utils/settings';
import { readTabState } from '@/utils/tab-state';
import { claimNotice, injectNotice, noticeCard } from './notice';
import { createTabTracker } from './tab-tracker';

/** A tab closed, or the browser is shutting down: nothing left to update. */
const ignore = () => undefined;

const localeOf = (settings: Settings) => interfaceLocale(settings.language, browser.i18n.getUILanguage());

export default defineBackground(() => {
  const tracker = createTabTracker(slice, localeOf);

  // The content script reports its page, including moves inside a single-page app, and gets
  // back the service it is on; the in-page card, when one is due, is injected into the page.
  browser.runtime.onMessage.addListener(async (message: unknown, sender): Promise<PageReply | undefined> => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    if (isNoticeActionMessage(message)) {
      await onNoticeAction(tabId, message.action, sender.tab?.url);
      return undefined;
    }
    if (!isPageMessage(message)) return undefined;
    // A late report from a page the tab has already left must not bring the badge back:
    // the tab's URL is readable only while it is on a catalogue domain.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url === undefined) return { service: null };
    const service = await tracker.show(tabId, message.url);
    if (service === null || !(await tracker.arrivedForNotice(tabId, service))) return { service };
    const { settings } = await loadSettings();
    if (await claimNotice(service, settings.notice))
      await injectNotice(tabId, sender.documentId, noticeCard(slice.services[service], localeOf(settings)), service);
    return { service };
  });

  async function onNoticeAction(tabId: number, action: 'see' | 'mute', url: string | undefined) {
    if (action === 'see') {
      const state = await readTabState(tabId);
      const hash = state ? `#service/${state.service}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/explore.html${hash}`), openerTabId: tabId });
      return;
    }
    const domain = url === undefined ? undefined : parsedAddress(url)?.domain;
    if (domain === undefined) return;
    const { settings } = await loadSettings();
    await saveSettings({ mutedSites: withMutedSite(settings.mutedSites, domain) });
    await tracker.show(tabId, url);
  }

  // Navigations: the URL is readable on catalogue domains only, so leaving one for
  // any other site arrives here as `undefined` and clears the badge.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') tracker.show(tabId, tab.url).catch(ignore);
  });

  browser.tabs.onRemoved.addListener((tabId) => void tracker.forget(tabId).catch(ignore));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // A first install only: an update of the extension or of the browser must not greet again.
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(ignore);
    // Tabs already open when the extension is installed or updated get their badge at once.
    const tabs = await browser.tabs.query({});
    for (const tab of tabs)
      if (tab.id !== undefined && tab.url !== undefined) tracker.show(tab.id, tab.url).catch(ignore);
  });
});
