import type { HostOffers } from '@/utils/catalogue/lookup';
import { NEAR_KM, proximity, shortUrl } from '@/utils/hosts';
import { t } from '@/utils/i18n';
import type { NearbyRanking } from '@/utils/nearby';
import { formatDistance } from '@/utils/places/distance';
import { placeLabel } from '@/utils/places/label';
import type { ChosenPlace } from '@/utils/settings';
import { useCatalogue, useLocale } from './context';
import { ExternalLink } from './ExternalLink';
import './NobodyNear.css';

/** The collectives that help people start a host of their own, linked when nobody is near. */
const STARTING_POINTS = ['chatons', 'ffdn'];

/**
 * Said plainly (on screen, in slides and on the printed sheet) when hosts run the need but none
 * within NEAR_KM of the place: who is nearest, who takes members from anywhere, how to start one.
 * Nothing otherwise, nor without a place.
 */
export function NobodyNear({
  ranking,
  place,
  printed = false,
}: {
  ranking: NearbyRanking;
  place: ChosenPlace | null;
  printed?: boolean;
}) {
  const locale = useLocale();
  const view = useCatalogue();
  if (place === null || ranking.located.length + ranking.placeless.length === 0) return null;
  const { noneNear, nearest, fromAnywhere } = proximity(ranking, true);
  if (!noneNear) return null;
  const collectives = view.catalogue.collectives.filter((collective) => STARTING_POINTS.includes(collective.id));
  const link = ({ host }: HostOffers) => (
    <ExternalLink key={host.id} href={host.join ?? host.website}>
      {host.name}
    </ExternalLink>
  );
  return (
    <div class="far" role="note">
      <p class="far__verdict">
        {t(locale, 'farNone', { km: formatDistance(NEAR_KM, locale), place: placeLabel(place, locale) })}{' '}
        {nearest?.km != null &&
          t(locale, 'farNearest', { name: nearest.host.name, km: formatDistance(nearest.km, locale) })}
      </p>
      {fromAnywhere.length > 0 && (
        <p>
          {t(locale, 'farAnywhere')} {fromAnywhere.map((entry, i) => [i > 0 && ', ', link(entry)])}
        </p>
      )}
      {collectives.length > 0 && (
        <p>
          {t(locale, 'farStart')}{' '}
          {collectives.map((collective, i) => [
            i > 0 && ', ',
            <ExternalLink key={collective.id} href={collective.website}>
              {collective.name}
            </ExternalLink>,
            // On paper a link is only what it says: the address is written out.
            printed && ` (${shortUrl(collective.website)})`,
          ])}
        </p>
      )}
    </div>
  );
}
