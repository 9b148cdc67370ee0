import slice from 'virtual:background-slice';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { pickLocale } from '@/utils/i18n';
import { isPageMessage } from '@/utils/messages';
import { createTabTracker } from '@/utils/tab-tracker';

export default defineBackground(() => {
  const tracker = createTabTracker(slice, (settings) =>
    settings.language === 'auto' ? pickLocale(browser.i18n.getUILanguage()) : settings.language,
  );

  // The content script reports its page, including moves inside a single-page app.
  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isPageMessage(message) || tabId === undefined || sender.frameId !== 0) return;
    // A late report from a page the tab has already left must not bring the badge back:
    // the tab's URL is readable only while it is on a catalogue host.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url !== undefined) await tracker.show(tabId, message.url);
  });

  // Navigations: the URL is readable on catalogue hosts only, so leaving one for
  // any other site arrives here as `undefined` and clears the badge.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void tracker.show(tabId, tab.url);
  });

  browser.tabs.onRemoved.addListener((tabId) => void tracker.forget(tabId));

  // Tabs already open when the extension is installed or updated get their badge at once.
  browser.runtime.onInstalled.addListener(async () => {
    const tabs = await browser.tabs.query({});
    for (const tab of tabs) if (tab.id !== undefined && tab.url !== undefined) void tracker.show(tab.id, tab.url);
  });
});
