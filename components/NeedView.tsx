import type { Category } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { AlternativeList } from './AlternativeList';
import { useCatalogue, useLocale } from './context';
import { ProviderList } from './ProviderList';

/** For one need: the libre software that meets it, then who runs it for you. */
export function NeedView({ category }: { category: Category }) {
  const locale = useLocale();
  const providers = useCatalogue().providersFor(category.id);
  return (
    <>
      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading" class="section-title">
          {t(locale, 'popupAlternativesHeading')}
        </h2>
        <AlternativeList category={category} />
      </section>
      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" class="section-title">
          {t(locale, 'popupProvidersHeading')}
        </h2>
        {providers.length > 0 ? <ProviderList entries={providers} /> : <p class="empty">{t(locale, 'popupNoProviders')}</p>}
      </section>
    </>
  );
}
