// A test helper, never shipped: it reads the extension's in-page card, which lives in a closed
// shadow root that no page script can open, the way only an extension may (Chromium's
// chrome.dom.openOrClosedShadowRoot, Firefox's Element.openOrClosedShadowRoot), and tells the
// test what the card shows and where its buttons are. It answers its own messages only.

const rootOf = (host) => globalThis.chrome?.dom?.openOrClosedShadowRoot?.(host) ?? host.openOrClosedShadowRoot ?? null;

function rectOf(element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}

function describe(root) {
  const box = root.querySelector('section');
  if (!box) return null;
  const style = getComputedStyle(box);
  const { left, right } = box.getBoundingClientRect();
  const active = root.activeElement;
  return {
    label: box.getAttribute('aria-label'),
    lang: box.lang,
    title: box.querySelector('h2')?.textContent ?? null,
    text: box.querySelector('p')?.textContent ?? null,
    left,
    right,
    background: style.backgroundColor,
    animation: style.animationName,
    focused: active ? (active.getAttribute('aria-label') ?? active.textContent) : null,
    buttons: [...box.querySelectorAll('button')].map((button) => ({
      name: button.getAttribute('aria-label') ?? button.textContent,
      visible: button.checkVisibility(),
      ...rectOf(button),
    })),
  };
}

addEventListener('message', async (event) => {
  const ask = event.data?.cardReader;
  if (typeof ask !== 'string' || event.source !== window) return;
  const hosts = [...document.querySelectorAll('circuit-court-notice')];
  const root = hosts.length === 1 ? rootOf(hosts[0]) : null;
  if (root && event.data.settle) await Promise.all(root.getAnimations().map((animation) => animation.finished));
  postMessage({ cardReaderReply: ask, cards: hosts.length, card: root ? describe(root) : null }, '*');
});
