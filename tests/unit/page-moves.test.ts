/**
 * The content script's watch on moves inside the page, with the Navigation API
 * (Chromium) and without it (Firefox 140): each move that changes the address is
 * reported once, and nothing is reported once the watch stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLL_INTERVAL_MS, watchPageMoves } from '../../entrypoints/gafam/page-moves';

const page = { href: 'https://docs.google.com/document/d/1AbC/edit' };
const moveTo = (path: string) => {
  page.href = new URL(path, page.href).href;
};

beforeEach(() => {
  page.href = 'https://docs.google.com/document/d/1AbC/edit';
  vi.stubGlobal('location', page);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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

  it('reports each new address once, and not an entry that keeps it', () => {
    const moved = vi.fn();
    watchPageMoves(new AbortController().signal, moved);
    navigate('/spreadsheets/d/1AbC/edit');
    navigate('/spreadsheets/d/1AbC/edit');
    navigate('#gid=2');
    expect(moved.mock.calls).toEqual([
      ['https://docs.google.com/spreadsheets/d/1AbC/edit'],
      ['https://docs.google.com/spreadsheets/d/1AbC/edit#gid=2'],
    ]);
  });

  it('sets no timer', () => {
    vi.useFakeTimers();
    watchPageMoves(new AbortController().signal, vi.fn());
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when the signal aborts', () => {
    const moved = vi.fn();
    const stop = new AbortController();
    watchPageMoves(stop.signal, moved);
    stop.abort();
    navigate('/spreadsheets/d/1AbC/edit');
    expect(moved).not.toHaveBeenCalled();
  });
});

describe('without it (Firefox 140)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
  });

  it('reads the address once a second and reports each new one once', () => {
    const moved = vi.fn();
    watchPageMoves(new AbortController().signal, moved);
    moveTo('/spreadsheets/d/1AbC/edit');
    vi.advanceTimersByTime(POLL_INTERVAL_MS - 1);
    expect(moved).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(moved.mock.calls).toEqual([['https://docs.google.com/spreadsheets/d/1AbC/edit']]);
    vi.advanceTimersByTime(3 * POLL_INTERVAL_MS);
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('clears its timer when the signal aborts', () => {
    const stop = new AbortController();
    watchPageMoves(stop.signal, vi.fn());
    expect(vi.getTimerCount()).toBe(1);
    stop.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
