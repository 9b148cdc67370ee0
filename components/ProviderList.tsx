import { useEffect, useRef, useState } from 'preact/hooks';
import { easiestAccess, type ProviderOffers } from '@/utils/catalogue/lookup';
import { accessLabel, checkedLabel, distinctOffers, offerLabel, offerNotes, reachLabel } from '@/utils/hosts';
import { plural, t } from '@/utils/i18n';
import type { NearbyRanking } from '@/utils/nearby';
import { formatDistance } from '@/utils/places/distance';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { ExternalLink } from './ExternalLink';

interface ItemProps {
  entry: ProviderOffers;
  km: number | null;
  /** On the hosts map: the entry pointed at or focused, kept in step with its dot. */
  highlighted?: boolean;
  onHighlight?(id: string | null): void;
}

export function ProviderItem({ entry, km, highlighted = false, onHighlight }: ItemProps) {
  const locale = useLocale();
  const view = useCatalogue();
  const { provider, offers } = entry;
  const access = easiestAccess(offers);
  const collectives = provider.collectives.map((id) => view.catalogue.collectives.find((c) => c.id === id)?.name ?? id);
  return (
    <li
      class={highlighted ? 'provider is-highlighted' : 'provider'}
      data-provider={provider.id}
      onMouseEnter={onHighlight && (() => onHighlight(provider.id))}
      onMouseLeave={onHighlight && (() => onHighlight(null))}
      onFocusIn={onHighlight && (() => onHighlight(provider.id))}
      onFocusOut={onHighlight && (() => onHighlight(null))}
    >
      <BrandMark name={provider.name} />
      <div class="provider__body">
        <h3 class="provider__name">
          <ExternalLink href={provider.website}>{provider.name}</ExternalLink>
        </h3>
        <p class="provider__place">
          {km !== null && <strong class="provider__distance">{formatDistance(km, locale)} · </strong>}
          {provider.place ? provider.place.city : t(locale, 'placeUnknown')}
          {collectives.length > 0 && <span class="provider__collectives"> · {collectives.join(', ')}</span>}
          {view.isLocal(provider.id) && <span class="chip chip--local">{t(locale, 'providerLocal')}</span>}
        </p>
        <p class="provider__offers">
          {distinctOffers(offers).map((offer) => (
            <ExternalLink key={offer.url + offer.category} href={offer.url} class="provider__offer">
              {offerLabel(offer, view, locale)}
            </ExternalLink>
          ))}
        </p>
        <p class="provider__terms">
          {[...offerNotes(offers, locale), reachLabel(provider, locale), checkedLabel(provider, locale)]
            .filter(Boolean)
            .join(' · ')}
          {provider.join && (
            <>
              {' · '}
              <ExternalLink href={provider.join}>{t(locale, 'providerJoin')}</ExternalLink>
            </>
          )}
        </p>
      </div>
      <span class={`access access--${access}`}>{accessLabel(access, locale)}</span>
    </li>
  );
}

/** How many hosts show before the rest is asked for: the popup must stay short enough to read. */
export const PROVIDERS_SHOWN_FIRST = 5;

/** Ethical hosts that run a libre alternative for this need: nearest first, those with no known place apart. */
export function ProviderList({ ranking }: { ranking: NearbyRanking }) {
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const all = [
    ...ranking.located.map((entry) => ({ entry, km: entry.km })),
    ...ranking.placeless.map((entry) => ({ entry, km: null })),
  ];
  const hidden = all.length - PROVIDERS_SHOWN_FIRST;
  const shown = expanded || hidden <= 0 ? all : all.slice(0, PROVIDERS_SHOWN_FIRST);
  const located = shown.filter((item) => item.entry.provider.place !== null);
  const placeless = shown.filter((item) => item.entry.provider.place === null);

  useEffect(() => {
    // Keyboard users land on the first host that just appeared, not back at the top.
    if (expanded) container.current?.querySelectorAll<HTMLElement>('.provider__name a')[PROVIDERS_SHOWN_FIRST]?.focus();
  }, [expanded]);

  const list = (items: typeof shown) => (
    <ul class="providers">
      {items.map(({ entry, km }) => (
        <ProviderItem key={entry.provider.id} entry={entry} km={km} />
      ))}
    </ul>
  );

  return (
    <div ref={container}>
      {located.length > 0 && list(located)}
      {placeless.length > 0 && (
        <>
          {located.length > 0 && <h3 class="providers__group">{t(locale, 'providersWithoutPlace')}</h3>}
          {list(placeless)}
        </>
      )}
      {!expanded && hidden > 0 && (
        <button type="button" class="show-more" onClick={() => setExpanded(true)}>
          {plural(locale, 'showMoreProviders', hidden)}
        </button>
      )}
    </div>
  );
}
