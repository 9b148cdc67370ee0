import { useState } from 'preact/hooks';
import { useCatalogue, useLocale, useOrigin, useSettings } from '@/components/context';
import { FarNotice } from '@/components/FarNotice';
import { NearbyControls } from '@/components/NearbyControls';
import { ProviderItem } from '@/components/ProviderList';
import { t } from '@/utils/i18n';
import { rankProviders } from '@/utils/nearby';
import { HostsMap } from './HostsMap';

/** Every host of the catalogue, or those of one need, on a map and in a list, nearest first. */
export function NearbyPage({ category, onCategory }: { category: string; onCategory(id: string): void }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const { place } = useOrigin();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const entries = category === '' ? view.allProviders() : view.providersFor(category);
  const ranking = rankProviders(entries, place, settings.collectives);
  const nearest = place && ranking.located.length > 0 ? ranking.located[0].provider.id : null;
  const hosts = ranking.located.map(({ provider }) => ({
    id: provider.id,
    name: provider.name,
    lat: provider.place!.lat,
    lon: provider.place!.lon,
  }));

  return (
    <section class="nearby-page" aria-labelledby="nearby-heading">
      <h1 id="nearby-heading">{t(locale, 'nearbyHeading')}</h1>
      <div class="nearby-page__controls">
        <NearbyControls />
        <label class="nearby__collective">
          <span>{t(locale, 'needFilterLabel')}</span>
          <select value={category} onChange={(event) => onCategory(event.currentTarget.value)}>
            <option value="">{t(locale, 'needFilterAll')}</option>
            {view.catalogue.categories.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="nearby-page__body">
        <HostsMap
          hosts={hosts}
          place={place}
          nearest={nearest}
          highlighted={highlighted}
          onHighlight={setHighlighted}
        />
        <div class="nearby-page__list">
          {ranking.located.length + ranking.placeless.length === 0 && (
            <p class="empty">{t(locale, 'collectiveFilterEmpty')}</p>
          )}
          {/* Across every need at once, "nobody near" would say nothing of a need. */}
          {category !== '' && <FarNotice ranking={ranking} place={place} />}
          <h2 class="sr-only">{t(locale, 'nearbyListLabel')}</h2>
          {ranking.located.length > 0 && (
            <ol class="providers" aria-label={t(locale, 'nearbyListLabel')}>
              {ranking.located.map((entry) => (
                <ProviderItem
                  key={entry.provider.id}
                  entry={entry}
                  km={entry.km}
                  highlighted={entry.provider.id === highlighted}
                  onHighlight={setHighlighted}
                />
              ))}
            </ol>
          )}
          {ranking.placeless.length > 0 && (
            <>
              <h3 class="providers__group">{t(locale, 'providersWithoutPlace')}</h3>
              <ul class="providers">
                {ranking.placeless.map((entry) => (
                  <ProviderItem key={entry.provider.id} entry={entry} km={null} />
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
