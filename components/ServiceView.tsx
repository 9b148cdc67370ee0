import type { Service } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { LeavingGuide } from './LeavingGuide';
import { NeedAnswers } from './NeedAnswers';

/** A GAFAM service, its company and need, then its alternatives, their hosts, and how to leave. */
export function ServiceView({ service }: { service: Service }) {
  const locale = useLocale();
  const view = useCatalogue();
  const company = view.company(service.company);
  const need = view.need(service.need);
  return (
    <article class="service" data-service={service.id}>
      <header class="service__header">
        <BrandMark slug={view.iconOf(service)} name={service.name[locale]} size="large" />
        <div>
          <h1 class="service__name">{service.name[locale]}</h1>
          <p class="service__meta">
            {t(locale, 'popupServiceBy', { company: company?.name ?? service.company })}
            {need && <> · {need.name[locale]}</>}
          </p>
        </div>
      </header>
      {need && <NeedAnswers need={need} />}
      <LeavingGuide service={service.id} />
    </article>
  );
}
