import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { loadFootprint } from '../../utils/footprint';
import { saveSettings } from '../../utils/settings';
import { records } from '../../utils/storage';
import { readTabState } from '../../utils/tab-state';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

/** The sender of a message from a content script; the background reads only the tab id and frame. */
function sender(tabId: number | undefined, frameId = 0) {
  return { tab: { id: tabId } as Browser.tabs.Tab, frameId };
}

/** What a content script sends from the top frame of a tab. */
function report(tabId: number, url: string, frameId = 0) {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'page', url }, sender(tabId, frameId), () => {});
}

/** A navigation as the browser announces it: the tab starts loading a new URL. */
function navigate(tabId: number, url: string | undefined) {
  // The fake browser passes these properties on as the change info; `status` is not settable in real `tabs.update`.
  return fakeBrowser.tabs.update(tabId, { url, status: 'loading' } as { url?: string });
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    // The fake browser has no per-tab popup: a map stands in for the browser's.
    const popups = new Map<number | undefined, string>();
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(
      async ({ tabId, popup }) => void popups.set(tabId, popup ?? ''),
    );
    vi.spyOn(fakeBrowser.action, 'getPopup').mockImplementation(async ({ tabId }) => popups.get(tabId) ?? 'popup.html');
    background.main();
  });

  it('badges a tab that loads a GAFAM page, with the count and the service in the title', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://docs.google.com/document/d/abc/edit' });
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toEqual({ service: 'google-docs' }));
    const count = await badge(tab.id!);
    expect(count).toMatch(/^[1-9]\d*$/);
    expect(await title(tab.id!)).toBe(`Google Docs — ${count} alternatives libres`);
  });

  it('follows moves inside a single-page app reported by the content script', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/watch?v=x' });
    await report(tab.id!, 'https://www.youtube.com/watch?v=x');
    expect(await readTabState(tab.id!)).toEqual({ service: 'youtube' });
    await report(tab.id!, 'https://www.youtube.com/shorts/abc');
    expect(await readTabState(tab.id!)).toEqual({ service: 'youtube-shorts' });
    expect(await title(tab.id!)).toMatch(/^YouTube Shorts — /);
  });

  it('clears state and badge when the tab leaves for another site', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await report(tab.id!, 'https://mail.google.com/mail/u/0/');
    expect(await badge(tab.id!)).not.toBe('');
    await navigate(tab.id!, 'https://example.org/');
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
    expect(await badge(tab.id!)).toBe('');
    expect(await title(tab.id!)).toBe('Circuit court : des alternatives libres aux services des GAFAM');
  });

  it('gives each tab a popup address naming the tab and its service, and no service once it leaves', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://docs.google.com/document/d/abc/edit' });
    await report(tab.id!, 'https://docs.google.com/document/d/abc/edit');
    const popup = async () => new URL(await fakeBrowser.action.getPopup({ tabId: tab.id! }), 'https://extension.test/');
    expect((await popup()).pathname).toBe('/popup.html');
    expect(Object.fromEntries((await popup()).searchParams)).toEqual({ tab: String(tab.id), service: 'google-docs' });
    await report(tab.id!, 'https://docs.google.com/spreadsheets/d/abc/edit');
    expect((await popup()).searchParams.get('service')).toBe('google-sheets');
    await navigate(tab.id!, 'https://example.org/');
    await vi.waitFor(async () => expect((await popup()).searchParams.get('service')).toBe(''));
    expect((await popup()).searchParams.get('tab')).toBe(String(tab.id));
  });

  it('clears the badge when the new page is one the extension may not read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://github.com/' });
    await report(tab.id!, 'https://github.com/');
    // On hosts outside its permissions the browser hides the URL: it arrives undefined.
    await navigate(tab.id!, undefined);
    await vi.waitFor(async () => expect(await badge(tab.id!)).toBe(''));
    expect(await readTabState(tab.id!)).toBeNull();
  });

  it('ignores reports from frames, from tabs that already left, and malformed messages', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await report(tab.id!, 'https://mail.google.com/', 3);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page', url: 42 }, sender(tab.id), () => {});
    await fakeBrowser.runtime.onMessage.trigger('page', sender(tab.id), () => {});
    expect(await readTabState(tab.id!)).toBeNull();

    const gone = await fakeBrowser.tabs.create({ url: undefined });
    await report(gone.id!, 'https://mail.google.com/');
    expect(await readTabState(gone.id!)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/' });
    await report(tab.id!, 'https://www.facebook.com/');
    expect(await readTabState(tab.id!)).toEqual({ service: 'facebook' });
    // As the browser announces it (the fake `tabs.remove` looks the window up by the tab's id).
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { isWindowClosing: false, windowId: tab.windowId! });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get(`${records.tabState.key}${tab.id!}`)).toEqual({}),
    );
  });

  it('keeps the state in session storage, where a restarted worker finds it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B0' });
    await report(tab.id!, 'https://www.amazon.fr/dp/B0');
    // A stopped service worker loses its memory, not storage.session.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main();
    expect(await readTabState(tab.id!)).toEqual({ service: 'amazon-shop' });
  });

  it('badges the GAFAM tabs already open when installed', async () => {
    const open = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await readTabState(open.id!)).toEqual({ service: 'linkedin' }));
    expect(await readTabState(other.id!)).toBeNull();
  });

  it('reads a corrupted session entry as "no state" instead of failing', async () => {
    await fakeBrowser.storage.session.set({ [`${records.tabState.key}${7}`]: { service: 12 } });
    expect(await readTabState(7)).toBeNull();
  });

  it('counts an arrival on a service once, per company, and not the moves inside it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://docs.google.com/document/d/x' });
    await report(tab.id!, 'https://docs.google.com/document/d/x');
    await report(tab.id!, 'https://docs.google.com/document/d/y');
    await report(tab.id!, 'https://docs.google.com/spreadsheets/d/z');
    const other = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/' });
    await report(other.id!, 'https://www.instagram.com/');
    const counts = Object.values((await loadFootprint()).days);
    expect(counts).toEqual([{ google: 2, meta: 1 }]);
    // Only counts are stored: no address, no service.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(records.footprint.key))).not.toMatch(
      /docs|instagram|http/,
    );
  });

  it('counts nothing when the footprint is off', async () => {
    await saveSettings({ footprint: false });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/' });
    await report(tab.id!, 'https://www.youtube.com/');
    expect(await readTabState(tab.id!)).toEqual({ service: 'youtube' });
    expect((await loadFootprint()).days).toEqual({});
  });

  it('stays silent on a muted site and its subdomains: no badge, no state, no count', async () => {
    await saveSettings({ mutedSites: ['google.com'] });
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await report(tab.id!, 'https://mail.google.com/mail/u/0/');
    expect(await readTabState(tab.id!)).toBeNull();
    expect(await badge(tab.id!)).toBe('');
    expect((await loadFootprint()).days).toEqual({});
    // A site that only looks like it is not muted.
    await report(tab.id!, 'https://www.google.fr/search?q=x');
    expect(await readTabState(tab.id!)).toEqual({ service: 'google-search' });
  });

  it('speaks the language chosen in the settings, not only the browser’s', async () => {
    await saveSettings({ language: 'en' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/' });
    await report(tab.id!, 'https://www.facebook.com/');
    expect(await title(tab.id!)).toMatch(/^Facebook — \d+ libre alternatives$/);
  });
});
