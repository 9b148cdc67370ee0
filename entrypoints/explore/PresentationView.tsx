import { useEffect, useRef } from 'preact/hooks';
import { BrandMark } from '@/components/BrandMark';
import { useCatalogue, useLocale, useOrigin, useSettings } from '@/components/context';
import { NobodyNear } from '@/components/NobodyNear';
import { hostLine } from '@/utils/hosts';
import { t } from '@/utils/i18n';
import { hostsInOrder, rankHosts } from '@/utils/nearby';
import { placeLabel } from '@/utils/places/label';
import type { ExploreRoute } from './route';
import { ServicePicker } from './ServicePicker';
import { useKeyHandler } from './use-key-handler';

type PresentRoute = Extract<ExploreRoute, { view: 'present' }>;
interface Props {
  route: PresentRoute;
  go(route: ExploreRoute, replace?: boolean): void;
}

/** Hosts on the last slide of a service: what a room can read from the back. */
const HOSTS_SHOWN = 5;

/** Three slides per service: the GAFAM service, its libre alternatives, who runs them nearby. */
export const SLIDES_PER_SERVICE = 3;

/** Picks and orders the slides, then presents them full screen. */
export function PresentationView({ route, go }: Props) {
  const locale = useLocale();
  const view = useCatalogue();
  const ids = route.ids.filter((id) => view.service(id));
  if (route.slide > 0 && ids.length > 0)
    return <Slides ids={ids} slide={Math.min(route.slide, ids.length * SLIDES_PER_SERVICE)} go={go} />;
  const start = () => {
    // Full screen is asked on the user's own press, as browsers require.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    go({ view: 'present', ids, slide: 1 });
  };
  return (
    <section class="present-setup" aria-labelledby="present-heading">
      <h1 id="present-heading">{t(locale, 'presentHeading')}</h1>
      <p>{t(locale, 'presentHint')}</p>
      <ServicePicker ids={ids} ordered onChange={(next) => go({ view: 'present', ids: next, slide: 0 }, true)} />
      <button type="button" class="button button--primary" disabled={ids.length === 0} onClick={start}>
        {t(locale, 'presentStart')}
      </button>
      <p class="hint">{t(locale, 'presentKeys')}</p>
    </section>
  );
}

function Slides({ ids, slide, go }: { ids: string[]; slide: number; go: Props['go'] }) {
  const locale = useLocale();
  const total = ids.length * SLIDES_PER_SERVICE;
  const stage = useRef<HTMLDivElement>(null);
  const move = (to: number) => go({ view: 'present', ids, slide: Math.max(1, Math.min(total, to)) }, true);
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    go({ view: 'present', ids, slide: 0 }, true);
  };

  useKeyHandler((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(event.key)) move(slide + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key)) move(slide - 1);
    else if (event.key === 'Home') move(1);
    else if (event.key === 'End') move(total);
    else if (event.key === 'Escape') leave();
    else return;
    event.preventDefault();
  });

  // Browsers keep Escape for leaving full screen, and the page never hears that press:
  // leaving full screen ends the presentation, as the keys hint says Escape does.
  const leaving = useRef(leave);
  leaving.current = leave;
  useEffect(() => {
    const changed = () => {
      if (!document.fullscreenElement) leaving.current();
    };
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);

  useEffect(() => {
    // Screen readers follow the slide: the stage takes focus, its heading is read.
    stage.current?.focus();
  }, [slide]);

  const serviceIndex = Math.floor((slide - 1) / SLIDES_PER_SERVICE);
  const step = (slide - 1) % SLIDES_PER_SERVICE;
  return (
    <div class="slides" data-slide={slide}>
      {/* biome-ignore lint/a11y/useSemanticElements: the stage is a live region of slides that takes focus; a section would add a heading level the slides already have. */}
      <div
        class="slides__stage"
        ref={stage}
        tabIndex={-1}
        role="region"
        aria-roledescription={t(locale, 'presentSlide')}
        aria-label={t(locale, 'presentProgress', { slide, total })}
      >
        <Slide key={slide} serviceId={ids[serviceIndex]} step={step} />
      </div>
      <footer class="slides__footer">
        <button type="button" class="slides__button" onClick={() => move(slide - 1)} disabled={slide === 1}>
          ← <span class="sr-only">{t(locale, 'presentPrevious')}</span>
        </button>
        <progress max={total} value={slide} aria-label={t(locale, 'presentProgress', { slide, total })} />
        <span class="slides__count" aria-hidden="true">
          {slide} / {total}
        </span>
        <button type="button" class="slides__button" onClick={() => move(slide + 1)} disabled={slide === total}>
          → <span class="sr-only">{t(locale, 'presentNext')}</span>
        </button>
        <button type="button" class="slides__button" onClick={leave}>
          {t(locale, 'presentLeave')}
        </button>
      </footer>
    </div>
  );
}

function Slide({ serviceId, step }: { serviceId: string; step: number }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const { place } = useOrigin();
  const service = view.service(serviceId)!;
  const company = view.company(service.company);
  const need = view.need(service.need);

  if (step === 0) {
    return (
      <article class="slide slide--service">
        <BrandMark slug={view.iconOf(service)} name={service.name[locale]} size="large" />
        <h1>{service.name[locale]}</h1>
        <p>
          {t(locale, 'presentServiceOf', {
            company: company?.name ?? service.company,
            need: need?.name[locale] ?? '',
          })}
        </p>
      </article>
    );
  }
  if (step === 1) {
    return (
      <article class="slide">
        <h1>
          {t(locale, need?.noEquivalent ? 'presentNoEquivalent' : 'presentAlternatives', {
            service: service.name[locale],
          })}
        </h1>
        {need?.noEquivalent && <p>{need.noEquivalent[locale]}</p>}
        <ul class="slide__list">
          {(need?.alternatives ?? []).slice(0, 4).map((alternative) => {
            const software = view.software(alternative.software)!;
            return (
              <li key={software.id}>
                <BrandMark slug={software.icon} name={software.name} />
                <div>
                  <h2>{software.name}</h2>
                  <p>{alternative.why[locale]}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </article>
    );
  }
  const ranking = rankHosts(view.hostsFor(service.need), place, settings.collectives, HOSTS_SHOWN);
  const hosts = hostsInOrder(ranking, HOSTS_SHOWN);
  return (
    <article class="slide">
      <h1>{place ? t(locale, 'presentHostsNear', { place: placeLabel(place, locale) }) : t(locale, 'presentHosts')}</h1>
      <NobodyNear ranking={ranking} place={place} />
      {hosts.length === 0 ? (
        <p>{t(locale, 'popupNoHosts')}</p>
      ) : (
        <ul class="slide__list">
          {hosts.map((entry) => (
            <li key={entry.host.id}>
              <BrandMark name={entry.host.name} />
              <div>
                <h2>{entry.host.name}</h2>
                <p>{hostLine(entry, locale)}</p>
                <p class="slide__url">{new URL(entry.offers[0].url).hostname}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
