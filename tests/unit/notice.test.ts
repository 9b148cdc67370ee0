import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { claimNotice } from '../../entrypoints/background/notice';
import { isNoticeCard, type NoticeCard, type PageReply, showInSlot } from '../../utils/messages';
import { loadSettings, saveSettings } from '../../utils/settings';
import { records } from '../../utils/storage';
import { readTabState } from '../../utils/tab-state';

const at = (day: number) => new Date(2026, 10, day, 12);

describe('when the in-page card shows', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never, when the user said never', async () => {
    expect(await claimNotice('gmail', 'never', at(25))).toBe(false);
  });

  it('on every arrival, when the user asked for it', async () => {
    expect(await claimNotice('gmail', 'always', at(25))).toBe(true);
    expect(await claimNotice('gmail', 'always', at(25))).toBe(true);
  });

  it('once a day per service by default, and again the next day', async () => {
    expect(await claimNotice('gmail', 'daily', at(25))).toBe(true);
    expect(await claimNotice('gmail', 'daily', at(25))).toBe(false);
    expect(await claimNotice('youtube', 'daily', at(25))).toBe(true);
    expect(await claimNotice('gmail', 'daily', at(26))).toBe(true);
    // Only today's services are kept.
    expect((await fakeBrowser.storage.local.get(records.notices.key))[records.notices.key]).toEqual({
      day: '2026-11-26',
      services: ['gmail'],
    });
  });

  it('reads a corrupted record as "nothing shown today"', async () => {
    await fakeBrowser.storage.local.set({ [records.notices.key]: { day: '2026-11-25', services: 'gmail' } });
    expect(await claimNotice('gmail', 'daily', at(25))).toBe(true);
  });
});

/** What the background injected into pages: each call to the browser's scripting API. */
let injected: Parameters<typeof fakeBrowser.scripting.executeScript>[0][] = [];

/**
 * A content script's report from the top frame of a tab, the background's answer, and the
 * card it injected into that very document in answer, if any.
 */
async function report(
  tabId: number,
  url: string,
  documentId = `document-${tabId}`,
): Promise<PageReply & { card: NoticeCard | null }> {
  const sender = { tab: { id: tabId, url } as Browser.tabs.Tab, frameId: 0, documentId };
  const before = injected.length;
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page', url },
    sender,
    () => {},
  )) as unknown as PageReply[];
  const calls = injected.slice(before);
  if (calls.length === 0) return { ...reply, card: null };
  const target = { tabId, documentIds: [documentId] };
  // The card's script first, then the call that shows the card with its texts.
  expect(calls).toEqual([
    { target, files: ['/notice.js'] },
    { target, func: showInSlot, args: [expect.anything(), reply.service] },
  ]);
  const [card] = (calls[1] as unknown as { args: [NoticeCard] }).args;
  return { ...reply, card };
}

describe('the background and the card', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    injected = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      injected.push(injection);
      return [];
    });
    background.main();
  });

  it('answers an arrival with the service and puts a card in the user’s language into that page, then not again on moves inside the service', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://docs.google.com/document/d/x' });
    const first = await report(tab.id!, 'https://docs.google.com/document/d/x');
    expect(first.service).toBe('google-docs');
    expect(isNoticeCard(first.card)).toBe(true);
    expect(first.card!.title).toMatch(/^Google Docs : il existe \d+ alternatives libres$/);
    expect(first.card!.text).toMatch(/^Par exemple : Etherpad, /);
    expect(first.card!.lang).toBe('fr');
    expect(await report(tab.id!, 'https://docs.google.com/document/d/y')).toEqual({
      service: 'google-docs',
      card: null,
    });
  });

  it('aims at the tab’s top frame where the browser does not name the document (Firefox)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/' });
    const sender = { tab: { id: tab.id, url: 'https://www.youtube.com/' } as Browser.tabs.Tab, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page', url: 'https://www.youtube.com/' }, sender, () => {});
    expect(injected.map((call) => call.target)).toEqual([
      { tabId: tab.id, frameIds: [0] },
      { tabId: tab.id, frameIds: [0] },
    ]);
  });

  it('answers all the same when the page cannot take the card (left, closed, out of reach)', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/' });
    const [reply] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page', url: 'https://www.youtube.com/' },
      { tab: { id: tab.id, url: 'https://www.youtube.com/' } as Browser.tabs.Tab, frameId: 0 },
      () => {},
    )) as unknown as PageReply[];
    expect(reply).toEqual({ service: 'youtube' });
  });

  it('shows the card once a day per service, on every arrival if asked, never if asked', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/' });
    expect((await report(tab.id!, 'https://www.youtube.com/')).card).not.toBeNull();
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://example.org/', status: 'loading' } as { url: string });
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
    expect((await report(tab.id!, 'https://www.youtube.com/')).card).toBeNull();

    await saveSettings({ notice: 'always' });
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://example.org/', status: 'loading' } as { url: string });
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
    expect((await report(tab.id!, 'https://www.youtube.com/')).card).not.toBeNull();

    await saveSettings({ notice: 'never' });
    const other = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/' });
    expect((await report(other.id!, 'https://www.instagram.com/')).card).toBeNull();
  });

  it('never shows a card on a muted site', async () => {
    await saveSettings({ mutedSites: ['mail.google.com'], notice: 'always' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    expect(await report(tab.id!, 'https://mail.google.com/mail/u/0/')).toEqual({ service: null, card: null });
  });

  it('opens the explore page at the service when asked to see the alternatives', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/' });
    await report(tab.id!, 'https://www.linkedin.com/feed/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'notice-action', action: 'see' },
      { tab: { id: tab.id, url: 'https://www.linkedin.com/feed/' } as Browser.tabs.Tab, frameId: 0 },
      () => {},
    );
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/explore\.html#service\/linkedin$/) }),
    );
  });

  it('silences the site when asked, clearing its badge, and keeps the other settings', async () => {
    await saveSettings({ language: 'en', mutedSites: ['www.youtube.com'] });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B0' });
    await report(tab.id!, 'https://www.amazon.fr/dp/B0');
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).not.toBe('');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'notice-action', action: 'mute' },
      { tab: { id: tab.id, url: 'https://www.amazon.fr/dp/B0' } as Browser.tabs.Tab, frameId: 0 },
      () => {},
    );
    const { settings } = await loadSettings();
    expect(settings.mutedSites).toEqual(['www.amazon.fr', 'www.youtube.com']);
    expect(settings.language).toBe('en');
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
    expect(await readTabState(tab.id!)).toBeNull();
  });

  it('ignores actions from frames and malformed ones', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'notice-action', action: 'see' },
      { tab: { id: tab.id } as Browser.tabs.Tab, frameId: 2 },
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'notice-action', action: 'delete-everything' },
      { tab: { id: tab.id } as Browser.tabs.Tab, frameId: 0 },
      () => {},
    );
    expect(create).not.toHaveBeenCalled();
    expect((await loadSettings()).settings.mutedSites).toEqual([]);
  });
});
