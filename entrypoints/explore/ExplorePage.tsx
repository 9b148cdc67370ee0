import { useEffect, useState } from 'preact/hooks';
import { useLocale, WorkshopContext } from '@/components/context';
import { SettingsProblem } from '@/components/SettingsProblem';
import { type MessageKey, t } from '@/utils/i18n';
import type { LoadedSettings } from '@/utils/settings';
import { CatalogueBrowser } from './CatalogueBrowser';
import { FootprintPanel } from './FootprintPanel';
import { HandoutView } from './HandoutView';
import { NearbyView } from './NearbyView';
import { PresentationView } from './PresentationView';
import { QuizView } from './QuizView';
import { defaultRoute, type ExploreRoute, formatRoute, parseRoute } from './route';
import { ServiceDemo } from './ServiceDemo';
import { WorkshopPlace } from './WorkshopPlace';

/** The view lives in the hash: back and forward move between views, a link opens one. */
function useHashRoute(): [ExploreRoute, (route: ExploreRoute, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = (view: ExploreRoute, replace = false) => {
    // The workshop's town stays with the tab as it moves between views, until it is changed.
    const next = 'at' in view ? view : { ...view, at: route.at };
    // Typing in a filter replaces the entry; choosing a view adds one, so Back returns.
    if (replace) history.replaceState(null, '', formatRoute(next));
    else history.pushState(null, '', formatRoute(next));
    setRoute(next);
  };
  return [route, go];
}

const sections: [ExploreRoute['view'], MessageKey, ExploreRoute][] = [
  ['catalogue', 'exploreNavCatalogue', defaultRoute],
  ['nearby', 'exploreNavNearby', { view: 'nearby', need: '' }],
  ['present', 'exploreNavPresent', { view: 'present', ids: [], slide: 0 }],
  ['quiz', 'exploreNavQuiz', { view: 'quiz', seed: 1 }],
  ['handout', 'exploreNavHandout', { view: 'handout', ids: [] }],
  ['footprint', 'exploreNavFootprint', { view: 'footprint' }],
];

/** The views that show hosts, where the workshop's town matters. */
const HOSTS_SHOWN: ExploreRoute['view'][] = ['catalogue', 'nearby', 'present', 'handout'];

/** The full-page catalogue, opened from the popup: browse, demonstrate, present, quiz, print. */
export function ExplorePage({ settingsProblem = null }: { settingsProblem?: LoadedSettings['problem'] }) {
  const locale = useLocale();
  const [route, go] = useHashRoute();
  const current = route.view === 'service' ? 'catalogue' : route.view;

  useEffect(() => {
    document.title = `Circuit court — ${t(locale, sections.find(([view]) => view === current)![1])}`;
  }, [current, locale]);

  // The presentation takes the whole screen: no header, no navigation.
  if (route.view === 'present' && route.slide > 0) {
    return (
      <WorkshopContext.Provider value={route.at ?? null}>
        <PresentationView route={route} go={go} />
      </WorkshopContext.Provider>
    );
  }

  return (
    <WorkshopContext.Provider value={route.at ?? null}>
      <div class="explore">
        <header class="explore__header">
          <p class="explore__brand">Circuit court</p>
          <p class="explore__tagline">{t(locale, 'exploreTagline')}</p>
          <a class="explore__settings" href="/options.html">
            {t(locale, 'popupSettings')}
          </a>
        </header>
        <nav class="explore__nav" aria-label={t(locale, 'exploreNavLabel')}>
          <ul>
            {sections.map(([view, label, target]) => (
              <li key={view}>
                <a
                  href={formatRoute(target)}
                  aria-current={view === current ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go(target);
                  }}
                >
                  {t(locale, label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="explore__main" id="explore-main">
          {HOSTS_SHOWN.includes(current) && <WorkshopPlace at={route.at} onAt={(at) => go({ ...route, at }, true)} />}
          <SettingsProblem problem={settingsProblem} />
          {route.view === 'catalogue' && (
            <CatalogueBrowser
              filters={route}
              onFilters={(filters, replace) => go({ view: 'catalogue', ...filters }, replace)}
              onDemo={(id) => go({ view: 'service', id })}
            />
          )}
          {route.view === 'service' && <ServiceDemo id={route.id} onBack={() => history.back()} />}
          {route.view === 'nearby' && (
            <NearbyView need={route.need} onNeed={(need) => go({ view: 'nearby', need }, true)} />
          )}
          {route.view === 'present' && <PresentationView route={route} go={go} />}
          {route.view === 'quiz' && <QuizView seed={route.seed} onNewQuiz={(seed) => go({ view: 'quiz', seed })} />}
          {route.view === 'handout' && (
            <HandoutView ids={route.ids} onIds={(ids) => go({ view: 'handout', ids }, true)} />
          )}
          {route.view === 'footprint' && <FootprintPanel />}
        </main>
      </div>
    </WorkshopContext.Provider>
  );
}
