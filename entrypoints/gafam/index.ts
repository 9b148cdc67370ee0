/**
 * Runs at the start of every page of the catalogue's GAFAM domains (`content_scripts` in
 * wxt.config.ts) and tells the background where the page is, and where it moves without
 * reloading. Nothing else: it adds nothing to the page and listens to nothing the page can
 * send or forge, so that a page can neither tell it is there nor stop it. The card, when there
 * is one, is injected by the background (entrypoints/notice). It runs on every such page, so it
 * does as little as it can: no polyfill, no framework, no catalogue, and few functions to
 * compile before the page goes on (an async one alone costs a quarter of a millisecond).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, sendToBackground } from '@/utils/content-runtime';
import { CARD_TAG, type PageMessage, type PageReply, shownNotice } from '@/utils/messages';
import { watchPageMoves } from './page-moves';

export default defineUnlistedScript(() => {
  const stop = new AbortController();
  const report = (url: string) => {
    if (!extensionAlive()) {
      // Reloaded, updated or removed under the page: its card's buttons would do nothing.
      shownNotice()?.remove();
      stop.abort();
      return;
    }
    void sendToBackground({ type: 'page', url } satisfies PageMessage).then((reply) => {
      // A card about a service the page has left would be wrong; within one service it stays.
      const shown = shownNotice();
      if (shown && shown.service !== (reply as Partial<PageReply> | undefined)?.service) shown.remove();
    });
  };

  // A page already loaded is one this script joins late: after an update, Firefox runs the new
  // script in open tabs and destroys the old one without letting it take its card away.
  if (document.readyState !== 'loading') for (const card of document.querySelectorAll(CARD_TAG)) card.remove();
  report(location.href);
  watchPageMoves(stop.signal, report);
});
