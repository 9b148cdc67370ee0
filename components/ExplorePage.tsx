import { useEffect, useState } from 'preact/hooks';
import { type ExploreRoute, formatRoute, parseRoute } from '@/utils/explore-route';
import { t } from '@/utils/i18n';
import type { LoadedSettings } from '@/utils/settings';
import { useLocale } from './context';
import { NearbyPage } from './NearbyPage';

function useHashRoute(): [ExploreRoute, (route: ExploreRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = (next: ExploreRoute) => {
    history.replaceState(null, '', formatRoute(next));
    setRoute(next);
  };
  return [route, go];
}

/** The full-page catalogue, opened from the popup. */
export function ExplorePage({ settingsProblem = null }: { settingsProblem?: LoadedSettings['problem'] }) {
  const locale = useLocale();
  const [route, go] = useHashRoute();
  return (
    <div class="explore">
      <header class="explore__header">
        <p class="explore__brand">Circuit court</p>
        <p class="explore__tagline">{t(locale, 'exploreTagline')}</p>
      </header>
      <main class="explore__main">
        {settingsProblem && (
          <p class="notice" role="status">
            {t(locale, settingsProblem === 'newer-version' ? 'settingsNewerVersion' : 'settingsCorrupted')}
          </p>
        )}
        <NearbyPage category={route.category} onCategory={(category) => go({ view: 'nearby', category })} />
      </main>
    </div>
  );
}
