import type { Category } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { rankProviders } from '@/utils/nearby';
import { AlternativeList, NoEquivalent } from './AlternativeList';
import { useCatalogue, useLocale, useOrigin, useSettings } from './context';
import { FarNotice } from './FarNotice';
import { NearbyControls } from './NearbyControls';
import { ProviderList } from './ProviderList';

/** For one need: the libre software that meets it, then who runs it for you. */
export function NeedView({ category }: { category: Category }) {
  const locale = useLocale();
  const { settings } = useSettings();
  const { place } = useOrigin();
  const providers = useCatalogue().providersFor(category.id);
  const ranking = rankProviders(providers, place, settings.collectives);
  const count = ranking.located.length + ranking.placeless.length;
  return (
    <>
      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading" class="section-title">
          {t(locale, category.noEquivalent ? 'popupClosestHeading' : 'popupAlternativesHeading')}
        </h2>
        <NoEquivalent category={category} />
        <AlternativeList category={category} />
      </section>
      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" class="section-title">
          {t(locale, 'popupProvidersHeading')}
        </h2>
        {providers.length > 0 && <NearbyControls />}
        <FarNotice ranking={ranking} place={place} />
        {count > 0 && <ProviderList ranking={ranking} />}
        {providers.length === 0 && <p class="empty">{t(locale, 'popupNoProviders')}</p>}
        {providers.length > 0 && count === 0 && <p class="empty">{t(locale, 'collectiveFilterEmpty')}</p>}
      </section>
    </>
  );
}
