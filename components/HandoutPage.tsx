import { t } from '@/utils/i18n';
import { offerLabel } from '@/utils/hosts';
import { hostsInOrder, rankProviders } from '@/utils/nearby';
import { formatDistance } from '@/utils/places/distance';
import { placeLabel } from '@/utils/places/label';
import { useCatalogue, useLocale, useSettings } from './context';
import { QrCode } from './QrCode';
import { ServicePicker } from './ServicePicker';

const HOSTS_PRINTED = 3;
const ALTERNATIVES_PRINTED = 3;

/** "https://www.etherpad.org/" → "etherpad.org": what fits on paper and reads aloud. */
const shortUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * A sheet to hand out after a workshop: for each chosen service, its libre
 * alternatives and the nearest hosts, each link with a QR code. Printed on A4
 * by the browser (the print stylesheet hides everything else).
 */
export function HandoutPage({ ids, onIds }: { ids: string[]; onIds(ids: string[]): void }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const services = ids.map((id) => view.service(id)).filter((service) => service !== undefined);

  return (
    <section class="handout" aria-labelledby="handout-heading">
      <div class="no-print">
        <h1 id="handout-heading">{t(locale, 'handoutHeading')}</h1>
        <p>{t(locale, 'handoutHint')}</p>
        <ServicePicker ids={ids} ordered onChange={onIds} />
        <button type="button" class="button button--primary" disabled={services.length === 0} onClick={() => print()}>
          {t(locale, 'handoutPrint')}
        </button>
      </div>
      {services.length > 0 && (
        <article class="sheet" aria-label={t(locale, 'handoutSheet')}>
          <header class="sheet__header">
            <h2>{t(locale, 'handoutTitle')}</h2>
            <p>{settings.place ? t(locale, 'handoutNear', { place: placeLabel(settings.place, locale) }) : t(locale, 'exploreTagline')}</p>
          </header>
          {services.map((service) => {
            const category = view.category(service.category)!;
            const ranking = rankProviders(view.providersFor(service.category), settings.place, settings.collectives, HOSTS_PRINTED);
            const hosts = hostsInOrder(ranking, HOSTS_PRINTED);
            return (
              <section key={service.id} class="sheet__service" data-service={service.id}>
                <h3>{t(locale, 'handoutInsteadOf', { service: service.name[locale] })}</h3>
                <ul class="sheet__links">
                  {category.alternatives.slice(0, ALTERNATIVES_PRINTED).map((alternative) => {
                    const software = view.software(alternative.software)!;
                    return (
                      <li key={software.id}>
                        <QrCode url={software.website} />
                        <div>
                          <h4>{software.name}</h4>
                          <p>{alternative.why[locale]}</p>
                          <p class="sheet__url">{shortUrl(software.website)}</p>
                        </div>
                      </li>
                    );
                  })}
                  {hosts.map(({ provider, offers, km }) => (
                    <li key={provider.id} class="sheet__host">
                      <QrCode url={offers[0].url} />
                      <div>
                        <h4>{provider.name}</h4>
                        <p>
                          {offerLabel(offers[0], view, locale)}
                          {' · '}
                          {[km !== null ? formatDistance(km, locale) : null, provider.place?.city ?? t(locale, 'placeUnknown')].filter(Boolean).join(' · ')}
                        </p>
                        <p class="sheet__url">{shortUrl(offers[0].url)}</p>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <footer class="sheet__footer">{t(locale, 'handoutFooter')}</footer>
        </article>
      )}
    </section>
  );
}
