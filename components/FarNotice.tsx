import type { ProviderOffers } from '@/utils/catalogue/lookup';
import { NEAR_KM, type Proximity, shortUrl } from '@/utils/hosts';
import { t } from '@/utils/i18n';
import { formatDistance } from '@/utils/places/distance';
import { useCatalogue, useLocale } from './context';
import { ExternalLink } from './ExternalLink';

/** The collectives that help people start a host of their own, linked when nobody is near. */
const STARTING_POINTS = ['chatons', 'ffdn'];

/** Said plainly (on screen, in slides and on the printed sheet) when no host of this need is within NEAR_KM of the chosen place: who is nearest, who takes members from anywhere, how to start one. */
export function FarNotice({ proximity, place, printed = false }: { proximity: Proximity; place: string; printed?: boolean }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { nearest, fromAnywhere } = proximity;
  const collectives = view.catalogue.collectives.filter((collective) => STARTING_POINTS.includes(collective.id));
  const link = ({ provider }: ProviderOffers) => (
    <ExternalLink key={provider.id} href={provider.join ?? provider.website}>
      {provider.name}
    </ExternalLink>
  );
  return (
    <div class="far" role="note">
      <p class="far__verdict">
        {t(locale, 'farNone', { km: formatDistance(NEAR_KM, locale), place })}{' '}
        {nearest?.km != null && t(locale, 'farNearest', { name: nearest.provider.name, km: formatDistance(nearest.km, locale) })}
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
