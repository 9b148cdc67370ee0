/**
 * The page's reporter (gafam.js), run against WXT's fake browser as Chromium's build has it:
 * it reports the address it starts on at once, then each move that changes it, with the
 * Navigation API (Chromium) or, without it (Firefox 140), by reading the address once a
 * second; it takes a card about a service the page has left away; and once the extension is
 * gone it removes its card and stops. Firefox's own step (the cards an updated extension left)
 * runs in the real Firefox (tests/browser/notice.test.ts, the update).
 */
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noticeSlot } from '../../utils/messages';

/** The reporter's address reads where the browser has no Navigation API: once a second. */
const POLL_INTERVAL_MS = 1000;
/** Runs the reporter as the browser does: its module's statements, afresh. */
async function startReporter() {
  vi.resetModules();
  await import('../../entrypoints/gafam');
}

const page = { href: 'https://docs.google.com/document/d/1AbC/edit' };
const moveTo = (path: string) => {
  page.href = new URL(path, page.href).href;
};

/** The background's answer to each report: the service it finds at the address. */
const serviceAt = (url: string) => (url.includes('/spreadsheets/') ? 'google-sheets' : 'google-docs');
let sent: Mock;
const reported = () => sent.mock.calls.map(([message]) => message.url);
/** The extension reloaded, updated or removed under the page (the fake browser's reset keeps it). */
const extensionGone = () => {
  fakeBrowser.runtime.id = undefined as unknown as string;
};
const EXTENSION_ID = fakeBrowser.runtime.id;
/** Lets the replies' callbacks run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  fakeBrowser.reset();
  // Chromium's build reaches the runtime as `chrome` (restored after each test with the other globals).
  vi.stubGlobal('chrome', fakeBrowser);
  page.href = 'https://docs.google.com/document/d/1AbC/edit';
  vi.stubGlobal('location', page);
  sent = vi.fn(async (message: { url: string }) => ({ service: serviceAt(message.url) }));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sent);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fakeBrowser.runtime.id = EXTENSION_ID;
  delete (globalThis as { circuitCourtNotice?: unknown }).circuitCourtNotice;
});

/** A card on screen, as the card's script records it. */
function showCard(service: string) {
  const remove = vi.fn();
  noticeSlot().shown = { service, remove };
  return remove;
}

describe('with the Navigation API (Chromium)', () => {
  let navigation: EventTarget;
  /** A move inside the document as the browser signals it: the address first, then the event. */
  const navigate = (path: string) => {
    moveTo(path);
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  beforeEach(() => {
    navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
  });

  it('reports the address it starts on at once, then each new address once, and not an entry that keeps it', async () => {
    await startReporter();
    expect(reported()).toEqual(['https://docs.google.com/document/d/1AbC/edit']);
    navigate('/spreadsheets/d/1AbC/edit');
    navigate('/spreadsheets/d/1AbC/edit');
    navigate('#gid=2');
    expect(reported()).toEqual([
      'https://docs.google.com/document/d/1AbC/edit',
      'https://docs.google.com/spreadsheets/d/1AbC/edit',
      'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=2',
    ]);
    expect(sent.mock.calls.every(([message]) => message.type === 'page')).toBe(true);
  });

  it('sets no timer', async () => {
    vi.useFakeTimers();
    await startReporter();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("takes a card away when the page moves to another service, and keeps it within the card's service", async () => {
    await startReporter();
    const removed = showCard('google-docs');
    navigate('/document/d/2XyZ/edit');
    await settle();
    expect(removed).not.toHaveBeenCalled();
    navigate('/spreadsheets/d/1AbC/edit');
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('takes its card away and stops at the next move once the extension is gone', async () => {
    await startReporter();
    const removed = showCard('google-docs');
    extensionGone();
    navigate('/spreadsheets/d/1AbC/edit');
    expect(removed).toHaveBeenCalledTimes(1);
    navigate('/presentation/d/1AbC/edit');
    expect(reported()).toEqual(['https://docs.google.com/document/d/1AbC/edit']);
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('reads a failed report as no answer, and goes on', async () => {
    sent.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await startReporter();
    const removed = showCard('google-docs');
    navigate('/spreadsheets/d/1AbC/edit');
    await settle();
    // No answer names no service: a card about one the page may have left goes.
    expect(removed).toHaveBeenCalledTimes(1);
    navigate('/presentation/d/1AbC/edit');
    expect(reported()).toHaveLength(3);
  });
});

describe('without it (Firefox 140)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
  });

  it('reads the address once a second and reports each new one once', async () => {
    await startReporter();
    moveTo('/spreadsheets/d/1AbC/edit');
    vi.advanceTimersByTime(POLL_INTERVAL_MS - 1);
    expect(reported()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(reported()).toEqual([
      'https://docs.google.com/document/d/1AbC/edit',
      'https://docs.google.com/spreadsheets/d/1AbC/edit',
    ]);
    vi.advanceTimersByTime(3 * POLL_INTERVAL_MS);
    expect(reported()).toHaveLength(2);
  });

  it('clears its timer once the extension is gone', async () => {
    await startReporter();
    expect(vi.getTimerCount()).toBe(1);
    extensionGone();
    moveTo('/spreadsheets/d/1AbC/edit');
    vi.advanceTimersByTime(POLL_INTERVAL_MS);
    expect(vi.getTimerCount()).toBe(0);
    expect(reported()).toHaveLength(1);
  });
});
