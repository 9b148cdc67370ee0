import { useEffect, useRef, useState } from 'preact/hooks';
import { easiestAccess, type HostOffers } from '@/utils/catalogue/lookup';
import { accessLabel, checkedLabel, distinctOffers, offerLabel, offerNotes, reachLabel } from '@/utils/hosts';
import { plural, t } from '@/utils/i18n';
import type { NearbyRanking } from '@/utils/nearby';
import { formatDistance } from '@/utils/places/distance';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { ExternalLink } from './ExternalLink';
import './HostList.css';

interface ItemProps {
  entry: HostOffers;
  km: number | null;
  /** On the hosts map: the entry pointed at or focused, kept in step with its dot. */
  highlighted?: boolean;
  onHighlight?(id: string | null): void;
}

export function HostItem({ entry, km, highlighted = false, onHighlight }: ItemProps) {
  const locale = useLocale();
  const view = useCatalogue();
  const { host, offers } = entry;
  const access = easiestAccess(offers);
  const collectives = host.collectives.map((id) => view.catalogue.collectives.find((c) => c.id === id)?.name ?? id);
  return (
    <li
      class={highlighted ? 'host is-highlighted' : 'host'}
      data-host={host.id}
      onMouseEnter={onHighlight && (() => onHighlight(host.id))}
      onMouseLeave={onHighlight && (() => onHighlight(null))}
      onFocusIn={onHighlight && (() => onHighlight(host.id))}
      onFocusOut={onHighlight && (() => onHighlight(null))}
    >
      <BrandMark name={host.name} />
      <div class="host__body">
        <h3 class="host__name">
          <ExternalLink href={host.website}>{host.name}</ExternalLink>
        </h3>
        <p class="host__place">
          {km !== null && <strong class="host__distance">{formatDistance(km, locale)} · </strong>}
          {host.place ? host.place.city : t(locale, 'placeUnknown')}
          {collectives.length > 0 && <span class="host__collectives"> · {collectives.join(', ')}</span>}
          {view.isLocal(host.id) && <span class="chip chip--local">{t(locale, 'hostLocal')}</span>}
        </p>
        <p class="host__offers">
          {distinctOffers(offers).map((offer) => (
            <ExternalLink key={offer.url + offer.need} href={offer.url} class="host__offer">
              {offerLabel(offer, view, locale)}
            </ExternalLink>
          ))}
        </p>
        <p class="host__terms">
          {[...offerNotes(offers, locale), reachLabel(host, locale), checkedLabel(host, locale)]
            .filter(Boolean)
            .join(' · ')}
          {host.join && (
            <>
              {' · '}
              <ExternalLink href={host.join}>{t(locale, 'hostJoin')}</ExternalLink>
            </>
          )}
        </p>
      </div>
      <span class={`access access--${access}`}>{accessLabel(access, locale)}</span>
    </li>
  );
}

/** How many hosts show before the rest is asked for: the popup must stay short enough to read. */
export const HOSTS_SHOWN_FIRST = 5;

/** Ethical hosts that run a libre alternative for this need: nearest first, those with no known place apart. */
export function HostList({ ranking }: { ranking: NearbyRanking }) {
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const all = [
    ...ranking.located.map((entry) => ({ entry, km: entry.km })),
    ...ranking.placeless.map((entry) => ({ entry, km: null })),
  ];
  const hidden = all.length - HOSTS_SHOWN_FIRST;
  const shown = expanded || hidden <= 0 ? all : all.slice(0, HOSTS_SHOWN_FIRST);
  const located = shown.filter((item) => item.entry.host.place !== null);
  const placeless = shown.filter((item) => item.entry.host.place === null);

  useEffect(() => {
    // Keyboard users land on the first host that just appeared, not back at the top.
    if (expanded) container.current?.querySelectorAll<HTMLElement>('.host__name a')[HOSTS_SHOWN_FIRST]?.focus();
  }, [expanded]);

  const list = (items: typeof shown) => (
    <ul class="hosts">
      {items.map(({ entry, km }) => (
        <HostItem key={entry.host.id} entry={entry} km={km} />
      ))}
    </ul>
  );

  return (
    <div ref={container}>
      {located.length > 0 && list(located)}
      {placeless.length > 0 && (
        <>
          {located.length > 0 && <h3 class="hosts__group">{t(locale, 'hostsWithoutPlace')}</h3>}
          {list(placeless)}
        </>
      )}
      {!expanded && hidden > 0 && (
        <button type="button" class="show-more" onClick={() => setExpanded(true)}>
          {plural(locale, 'showMoreHosts', hidden)}
        </button>
      )}
    </div>
  );
}
