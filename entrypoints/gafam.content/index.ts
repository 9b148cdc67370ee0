import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isNoticeCard, type NoticeActionMessage, type PageMessage, type PageReply } from '@/utils/messages';
import { removeLeftoverCards, showNoticeCard } from './notice-card';
import { watchPageMoves } from './page-moves';

/**
 * Runs on the catalogue's GAFAM hosts only (its `matches` are filled from the
 * catalogue at build time, see wxt.config.ts). It tells the background where the
 * page is, and where it moves without reloading, and shows the small card the
 * background may answer with. Nothing else: no catalogue, no decision here.
 * It runs at the start of every such page, so it does as little as it can there.
 */
export default defineContentScript({
  matches: [],
  runAt: 'document_start',
  // Older instances hear of a newer one through a document event. WXT's extra
  // window.postMessage, kept for its own older versions, reaches the page's listeners
  // and costs about 1 ms here (Chromium records the caller's stack for it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let removeCard: (() => void) | undefined;
    let cardService: unknown;
    // A reloaded or removed extension leaves this script orphaned: checking first spares an error.
    const act = (action: NoticeActionMessage['action']) => {
      if (ctx.isValid)
        browser.runtime
          .sendMessage({ type: 'notice-action', action } satisfies NoticeActionMessage)
          .catch(() => undefined);
    };

    const report = async (url: string) => {
      const message: PageMessage = { type: 'page', url };
      // The background may be restarting: the next navigation will report again.
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
        | Partial<PageReply>
        | undefined;
      // A card about a service the page has left would be wrong; within one service it stays.
      if (reply?.service !== cardService) removeCard?.();
      const card = reply?.notice;
      if (!isNoticeCard(card) || !ctx.isValid) return;
      removeCard?.();
      cardService = reply?.service;
      // The page's body may not exist yet at document_start.
      if (document.readyState === 'loading')
        await new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));
      removeCard = showNoticeCard(card, { see: () => act('see'), mute: () => act('mute') });
    };
    // A page already loaded is one this script joins late: an update, where an old card may linger.
    if (document.readyState !== 'loading') removeLeftoverCards();
    void report(location.href);
    watchPageMoves(
      ctx.signal,
      (url) => void report(url),
      () => ctx.isValid,
    );
    ctx.onInvalidated(() => removeCard?.());
  },
});
