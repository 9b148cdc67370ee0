import { useCatalogue, useLocale } from '@/components/context';
import { PopupContent } from '@/components/Popup';
import { t } from '@/utils/i18n';

/**
 * What the popup would show on a GAFAM service, without visiting it: an educator
 * demonstrates on a projector without logging into anything. The popup's own
 * components, in a frame of the popup's width.
 */
export function ServiceDemo({ id, onBack }: { id: string; onBack(): void }) {
  const locale = useLocale();
  const service = useCatalogue().service(id);
  return (
    <section class="demo" aria-labelledby="demo-heading">
      <button type="button" class="back" onClick={onBack}>
        ← {t(locale, 'popupBack')}
      </button>
      <h1 id="demo-heading">
        {service ? t(locale, 'demoHeading', { service: service.name[locale] }) : t(locale, 'demoUnknown')}
      </h1>
      <p class="demo__hint">{t(locale, 'demoHint')}</p>
      {service && (
        <div class="demo__frame popup" data-demo={service.id}>
          <PopupContent key={service.id} tabService={service.id} />
        </div>
      )}
    </section>
  );
}
