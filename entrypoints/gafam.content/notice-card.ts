/**
 * The in-page card, drawn by the content script: plain DOM in a shadow root, so that
 * the page's styles cannot reach it and its own cannot leak into the page. (An open
 * root: a closed one would hide nothing a page cannot learn anyway, only keep the
 * card out of reach of the accessibility checks run on it.)
 * No framework, no catalogue: the background sends the texts, already written.
 */
import type { NoticeCard } from '@/utils/messages';

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

const TAG = 'circuit-court-notice';

/**
 * Takes away a card an earlier instance of the extension left: after an update, Firefox
 * runs the new content script in open tabs and destroys the old one without letting it
 * clean up, so its card would stay, with buttons that do nothing.
 */
export function removeLeftoverCards(): void {
  for (const card of document.querySelectorAll(TAG)) card.remove();
}

/** Shows the card at the end of the page; returns a function that removes it. Never moves the focus. */
export function showNoticeCard(card: NoticeCard, actions: NoticeActions): () => void {
  const shell = document.createElement(TAG);
  const root = shell.attachShadow({ mode: 'open' });
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
    node.addEventListener('click', act);
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
    if (event.key === 'Escape') remove();
  });
  root.append(element('style', STYLE), box);
  (document.body ?? document.documentElement).append(shell);
  return remove;
}
