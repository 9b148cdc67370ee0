import { useEffect, useState } from 'preact/hooks';

/** The longest a page waits for the browser to be idle before it does what can come later. */
const IDLE_WAIT_MS = 200;

/**
 * Calls `then` once the browser has nothing more urgent to do: after the frame being painted,
 * and before a key press or a click that comes meanwhile is answered late.
 */
export function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => then(), { timeout: IDLE_WAIT_MS });
  else setTimeout(then);
}

/**
 * A hook for a module that pages need only after their first frame (the brand icons, the
 * leaving guides): loaded once per page, when the browser is idle after the first render that
 * asks for it. The hook gives the module's default export, or undefined until it has come.
 */
export function lazyModule<T>(load: () => Promise<{ default: T }>): (wanted?: boolean) => T | undefined {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return function useLazyModule(wanted = true) {
    const [value, setValue] = useState(loaded);
    useEffect(() => {
      if (!wanted || value) return;
      let mounted = true;
      whenIdle(() => {
        loading ??= load().then((module) => {
          loaded = module.default;
          return loaded;
        });
        void loading.then((done) => mounted && setValue(done));
      });
      return () => {
        mounted = false;
      };
    }, [wanted, value]);
    return value;
  };
}
