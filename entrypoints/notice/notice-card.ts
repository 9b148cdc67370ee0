/**
 * The in-page card: plain DOM in a closed shadow root, so that the page's styles cannot
 * reach it, its own cannot leak into the page, and the page's scripts can neither read it
 * nor press its buttons. Its buttons and keys act only on the user's own events
 * (`isTrusted`): a click or a key the page forges does nothing. The page can still cover or
 * remove the element, as it can any element; that is never taken for the user's choice.
 * No framework, no catalogue: the background sends the texts, already written.
 */
import { CARD_TAG, type NoticeCard } from '@/utils/messages';

const STYLE = `:host{all:initial}
.c{position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:min(360px,calc(100vw - 32px));box-sizing:border-box;
padding:12px 14px;border-radius:12px;background:#fff;color:#1c211e;border:1px solid #c9d1cb;box-shadow:0 8px 28px #0003;
font:14px/1.45 system-ui,sans-serif}
h2{margin:0 28px 4px 0;font-size:15px}p{margin:0 0 10px}
.a{display:flex;flex-wrap:wrap;gap:8px}
button{font:inherit;cursor:pointer;border-radius:8px;padding:6px 10px;border:1px solid #1b6b45;background:#fff;color:#155536}
.s{background:#1b6b45;color:#fff}.x{position:absolute;top:6px;right:6px;border:0;padding:2px 8px;font-size:18px;color:#4f5a53;background:none}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
@media (prefers-color-scheme:dark){.c{background:#1f2427;color:#e9ecea;border-color:#3a4246}button{background:#1f2427;color:#a6e8c3;border-color:#5cc98f}
.s{background:#5cc98f;color:#0b1f14}.x{color:#a9b3ad;background:none}:focus-visible{outline-color:#8ab4f8}}
@media (prefers-reduced-motion:no-preference){.c{animation:i .2s ease-out}@keyframes i{from{opacity:0;transform:translateY(8px)}}}
@media (max-width:480px){.c{left:8px;right:8px;bottom:8px;max-width:none}}`;

export interface NoticeActions {
  see(): void;
  mute(): void;
}

/** Shows the card at the end of the page; returns a function that removes it. Never moves the focus. */
export function showNoticeCard(card: NoticeCard, actions: NoticeActions): () => void {
  const shell = document.createElement(CARD_TAG);
  const root = shell.attachShadow({ mode: 'closed' });
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const remove = () => shell.remove();
  const button = (text: string, className: string, act: () => void) => {
    const node = element('button', text, className);
    node.type = 'button';
    node.addEventListener('click', (event) => {
      if (event.isTrusted) act();
    });
    return node;
  };

  const box = element('section', '', 'c');
  box.lang = card.lang;
  box.setAttribute('aria-label', card.label);
  const close = button('×', 'x', remove);
  close.setAttribute('aria-label', card.close);
  const row = element('div', '', 'a');
  row.append(
    button(card.see, 's', () => {
      actions.see();
      remove();
    }),
    button(card.mute, '', () => {
      actions.mute();
      remove();
    }),
  );
  box.append(close, element('h2', card.title), element('p', card.text), row);
  box.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') remove();
  });
  root.append(element('style', STYLE), box);
  (document.body ?? document.documentElement).append(shell);
  return remove;
}
