/**
 * Runs at the start of every page of the catalogue's GAFAM domains (`content_scripts` in
 * wxt.config.ts) and tells the background where the page is, and where it moves without
 * reloading. Nothing else: it adds nothing to the page and listens to nothing the page can
 * send or forge, so that a page can neither tell it is there nor stop it. The card, when there
 * is one, is injected by the background (entrypoints/notice). It runs on every such page, so it
 * does as little as it can: no polyfill, no framework, no catalogue.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, sendToBackground } from '@/utils/content-runtime';
import { CARD_TAG, noticeSlot, type PageMessage, type PageReply } from '@/utils/messages';
import { watchPageMoves } from './page-moves';

export default defineUnlistedScript(() => {
  const stop = new AbortController();
  const slot = noticeSlot();

  const report = async (url: string) => {
    if (!extensionAlive()) {
      // Reloaded, updated or removed under the page: its card's buttons would do nothing.
      slot.shown?.remove();
      stop.abort();
      return;
    }
    const reply = (await sendToBackground({ type: 'page', url } satisfies PageMessage)) as
      | Partial<PageReply>
      | undefined;
    // A card about a service the page has left would be wrong; within one service it stays.
    if (slot.shown && slot.shown.service !== reply?.service) slot.shown.remove();
  };

  // A page already loaded is one this script joins late: after an update, Firefox runs the new
  // script in open tabs and destroys the old one without letting it take its card away.
  if (document.readyState !== 'loading') for (const card of document.querySelectorAll(CARD_TAG)) card.remove();
  void report(location.href);
  watchPageMoves(stop.signal, (url) => void report(url));
});
