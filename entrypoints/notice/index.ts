/**
 * The in-page card's script. The background injects it into a GAFAM page only when a card is
 * to show (entrypoints/background/notice.ts), so that the pages where none shows never carry
 * it, and calls the `show` it leaves in the isolated world's notice slot.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, sendToBackground } from '@/utils/content-runtime';
import { CARD_TAG, type NoticeActionMessage, noticeSlot } from '@/utils/messages';
import { showNoticeCard } from './notice-card';

/** Calls `then` once the page's body can take the card: on the browser's own DOMContentLoaded, never a forged one. */
function whenParsed(then: () => void): void {
  if (document.readyState !== 'loading') {
    then();
    return;
  }
  const parsed = (event: Event) => {
    if (!event.isTrusted) return;
    document.removeEventListener('DOMContentLoaded', parsed);
    then();
  };
  document.addEventListener('DOMContentLoaded', parsed);
}

export default defineUnlistedScript(() => {
  const slot = noticeSlot();
  slot.show = (card, service) => {
    slot.shown?.remove();
    const shown = {
      service,
      remove: () => {
        removeCard?.();
        if (slot.shown === shown) slot.shown = undefined;
      },
    };
    let removeCard: (() => void) | undefined;
    const act = (action: NoticeActionMessage['action']) => {
      shown.remove();
      if (extensionAlive()) void sendToBackground({ type: 'notice-action', action } satisfies NoticeActionMessage);
    };
    slot.shown = shown;
    whenParsed(() => {
      // Gone before the page was parsed: the page moved to another service meanwhile.
      if (slot.shown !== shown) return;
      // An earlier instance of the extension may have left its card, with buttons that do nothing.
      for (const leftover of document.querySelectorAll(CARD_TAG)) leftover.remove();
      removeCard = showNoticeCard(card, { see: () => act('see'), mute: () => act('mute') });
    });
  };
});
