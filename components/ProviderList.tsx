import { easiestAccess, type ProviderOffers } from '@/utils/catalogue/lookup';
import type { Access } from '@/utils/catalogue/schema';
import { type MessageKey, t } from '@/utils/i18n';
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

/** Ethical hosts that run a libre alternative for this need. */
export function ProviderList({ entries }: { entries: ProviderOffers[] }) {
  return (
    <ul class="providers">
      {entries.map((entry) => (
        <ProviderItem key={entry.provider.id} entry={entry} />
      ))}
    </ul>
  );
}
