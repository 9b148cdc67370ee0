import type { Service } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { LeavingGuide } from './LeavingGuide';
import { NeedView } from './NeedView';

/** A GAFAM service, its company and need, then its alternatives, their hosts, and how to leave. */
export function ServiceView({ service }: { service: Service }) {
  const locale = useLocale();
  const view = useCatalogue();
  const company = view.company(service.company);
  const category = view.category(service.category);
  return (
    <article class="service" data-service={service.id}>
      <header class="service__header">
        <BrandMark slug={view.iconOf(service)} name={service.name[locale]} size="large" />
        <div>
          <h1 class="service__name">{service.name[locale]}</h1>
          <p class="service__meta">
            {t(locale, 'popupServiceBy', { company: company?.name ?? service.company })}
            {category && <> · {category.name[locale]}</>}
          </p>
        </div>
      </header>
      {category && <NeedView category={category} />}
      {service.leaving && <LeavingGuide note={service.leaving} />}
    </article>
  );
}
