/**
 * Runs at the start of every page of the catalogue's GAFAM domains (`content_scripts` in
 * wxt.config.ts) and tells the background where the page is, and where it moves without
 * reloading. Nothing else: it adds nothing to the page and listens to nothing the page can
 * send or forge, so that a page can neither tell it is there nor stop it. The card, when there
 * is one, is injected by the background (entrypoints/notice).
 *
 * It runs on every such page, so its start is plain statements, built as a plain script
 * (modules/page-reporter.ts): in the bench, calling even one function of its own before the
 * page goes on cost more than the Navigation API's listener (bench/README.md). No polyfill, no
 * framework, no catalogue; what only a move needs (is the extension still there, is a card
 * shown) waits for a move.
 */
import { contentApi, extensionAlive, sendToBackground } from '@/utils/content-runtime';
import { CARD_TAG, type PageMessage, type PageReply, shownNotice } from '@/utils/messages';

/** The part of the Navigation API used here (TypeScript's DOM types do not have it yet). */
interface Navigation {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

let address = location.href;
// After an update, Firefox runs the new script in open tabs and destroys the old one without
// letting it take its card away. Chromium never runs it in a page already loaded.
if (import.meta.env.FIREFOX && document.readyState !== 'loading') {
  for (const card of document.querySelectorAll(CARD_TAG)) card.remove();
}
// The extension has just run this script and no card of it is on the page yet: the first
// report needs neither check.
contentApi.runtime.sendMessage({ type: 'page', url: address } satisfies PageMessage).catch(() => undefined);

// Chromium's Navigation API signals each move inside the document once it is done, and never a
// page being left for another; elsewhere (Firefox 140) the address is read once a second.
const navigation = (globalThis as { navigation?: Navigation }).navigation;
let timer: ReturnType<typeof setInterval> | undefined;
const moved = () => {
  const url = location.href;
  if (url === address) return;
  address = url;
  if (!extensionAlive()) {
    // Reloaded, updated or removed under the page: its card's buttons would do nothing.
    shownNotice()?.remove();
    navigation?.removeEventListener('currententrychange', moved);
    clearInterval(timer);
    return;
  }
  void sendToBackground({ type: 'page', url } satisfies PageMessage).then((reply) => {
    // A card about a service the page has left would be wrong; within one service it stays.
    const shown = shownNotice();
    if (shown && shown.service !== (reply as Partial<PageReply> | undefined)?.service) shown.remove();
  });
};
if (navigation) navigation.addEventListener('currententrychange', moved);
else timer = setInterval(moved, 1000);
