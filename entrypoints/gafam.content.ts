import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageMessage } from '@/utils/messages';

/**
 * Runs on the catalogue's GAFAM hosts only (its `matches` are filled from the
 * catalogue at build time, see wxt.config.ts). It tells the background where the
 * page is, and where it moves without reloading, and does nothing else.
 */
export default defineContentScript({
  matches: [],
  runAt: 'document_start',
  main(ctx) {
    const report = (url: string) => {
      const message: PageMessage = { type: 'page', url };
      // The background may be restarting: the next navigation will report again.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    report(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => report(event.newUrl.href));
  },
});
