import { useEffect, useState } from 'preact/hooks';

/**
 * A hook for a module that pages need only after their first frame (the brand icons, the
 * leaving guides): loaded once per page, after the first render that asks for it. The hook
 * gives the module's default export, or undefined until it has come.
 */
export function lazyModule<T>(load: () => Promise<{ default: T }>): (wanted?: boolean) => T | undefined {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return function useLazyModule(wanted = true) {
    const [value, setValue] = useState(loaded);
    useEffect(() => {
      if (!wanted || value) return;
      let mounted = true;
      loading ??= load().then((module) => {
        loaded = module.default;
        return loaded;
      });
      void loading.then((done) => mounted && setValue(done));
      return () => {
        mounted = false;
      };
    }, [wanted, value]);
    return value;
  };
}
