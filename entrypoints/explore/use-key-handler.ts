import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Listens to the page's keys with the handler of the latest render: a listener
 * re-added after each render would miss, or misread, keys pressed in between.
 */
export function useKeyHandler(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  // Listening from the very render that shows the page: a key pressed at once is not lost.
  useLayoutEffect(() => {
    const listen = (event: KeyboardEvent) => latest.current(event);
    addEventListener('keydown', listen);
    return () => removeEventListener('keydown', listen);
  }, []);
}
