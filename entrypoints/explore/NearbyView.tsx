import { useState } from 'preact/hooks';
import { useCatalogue, useLocale, useOrigin, useSettings } from '@/components/context';
import { HostItem } from '@/components/HostList';
import { NearbyControls } from '@/components/NearbyControls';
import { NobodyNear } from '@/components/NobodyNear';
import { t } from '@/utils/i18n';
import { rankHosts } from '@/utils/nearby';
import { HostsMap } from './HostsMap';

/** Every host of the catalogue, or those of one need, on a map and in a list, nearest first. */
export function NearbyView({ need, onNeed }: { need: string; onNeed(id: string): void }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const { place } = useOrigin();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const entries = need === '' ? view.allHosts() : view.hostsFor(need);
  const ranking = rankHosts(entries, place, settings.collectives);
  const nearest = place && ranking.located.length > 0 ? ranking.located[0].host.id : null;
  const hosts = ranking.located.map(({ host }) => ({
    id: host.id,
    name: host.name,
    lat: host.place!.lat,
    lon: host.place!.lon,
  }));

  return (
    <section class="nearby-view" aria-labelledby="nearby-heading">
      <h1 id="nearby-heading">{t(locale, 'nearbyHeading')}</h1>
      <div class="nearby-view__controls">
        <NearbyControls />
        <label class="nearby__collective">
          <span>{t(locale, 'needFilterLabel')}</span>
          <select value={need} onChange={(event) => onNeed(event.currentTarget.value)}>
            <option value="">{t(locale, 'needFilterAll')}</option>
            {view.catalogue.needs.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="nearby-view__body">
        <HostsMap
          hosts={hosts}
          place={place}
          nearest={nearest}
          highlighted={highlighted}
          onHighlight={setHighlighted}
        />
        <div class="nearby-view__list">
          {ranking.located.length + ranking.placeless.length === 0 && (
            <p class="empty">{t(locale, 'collectiveFilterEmpty')}</p>
          )}
          {/* Across every need at once, "nobody near" would say nothing of a need. */}
          {need !== '' && <NobodyNear ranking={ranking} place={place} />}
          <h2 class="sr-only">{t(locale, 'nearbyListLabel')}</h2>
          {ranking.located.length > 0 && (
            <ol class="hosts" aria-label={t(locale, 'nearbyListLabel')}>
              {ranking.located.map((entry) => (
                <HostItem
                  key={entry.host.id}
                  entry={entry}
                  km={entry.km}
                  highlighted={entry.host.id === highlighted}
                  onHighlight={setHighlighted}
                />
              ))}
            </ol>
          )}
          {ranking.placeless.length > 0 && (
            <>
              <h3 class="hosts__group">{t(locale, 'hostsWithoutPlace')}</h3>
              <ul class="hosts">
                {ranking.placeless.map((entry) => (
                  <HostItem key={entry.host.id} entry={entry} km={null} />
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
