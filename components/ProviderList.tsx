import { useEffect, useRef, useState } from 'preact/hooks';
import { easiestAccess, type ProviderOffers } from '@/utils/catalogue/lookup';
import type { Access } from '@/utils/catalogue/schema';
import { type MessageKey, plural, t } from '@/utils/i18n';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { ExternalLink } from './ExternalLink';

const accessLabel: Record<Access, MessageKey> = { open: 'accessOpen', members: 'accessMembers', paid: 'accessPaid' };

function ProviderItem({ entry }: { entry: ProviderOffers }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { provider, offers } = entry;
  const access = easiestAccess(offers);
  const collectives = provider.collectives.map((id) => view.catalogue.collectives.find((c) => c.id === id)?.name ?? id);
  return (
    <li class="provider" data-provider={provider.id}>
      <BrandMark name={provider.name} />
      <div class="provider__body">
        <h3 class="provider__name">
          <ExternalLink href={provider.website}>{provider.name}</ExternalLink>
        </h3>
        <p class="provider__place">
          {provider.place ? provider.place.city : t(locale, 'placeUnknown')}
          {collectives.length > 0 && <span class="provider__collectives"> · {collectives.join(', ')}</span>}
        </p>
        <p class="provider__offers">
          {offers.map((offer) => (
            <ExternalLink key={offer.url} href={offer.url} class="provider__offer">
              {t(locale, 'providerRuns', { software: view.software(offer.software)?.name ?? offer.software })}
            </ExternalLink>
          ))}
        </p>
      </div>
      <span class={`access access--${access}`}>{t(locale, accessLabel[access])}</span>
    </li>
  );
}

/** How many hosts show before the rest is asked for: the popup must stay short enough to read. */
export const PROVIDERS_SHOWN_FIRST = 5;

/** Ethical hosts that run a libre alternative for this need. */
export function ProviderList({ entries }: { entries: ProviderOffers[] }) {
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const hidden = entries.length - PROVIDERS_SHOWN_FIRST;
  const shown = expanded || hidden <= 0 ? entries : entries.slice(0, PROVIDERS_SHOWN_FIRST);

  useEffect(() => {
    // Keyboard users land on the first host that just appeared, not back at the top.
    if (expanded) list.current?.querySelectorAll<HTMLElement>('.provider__name a')[PROVIDERS_SHOWN_FIRST]?.focus();
  }, [expanded]);

  return (
    <>
      <ul class="providers" ref={list}>
        {shown.map((entry) => (
          <ProviderItem key={entry.provider.id} entry={entry} />
        ))}
      </ul>
      {!expanded && hidden > 0 && (
        <button type="button" class="show-more" onClick={() => setExpanded(true)}>
          {plural(locale, 'showMoreProviders', hidden)}
        </button>
      )}
    </>
  );
}
