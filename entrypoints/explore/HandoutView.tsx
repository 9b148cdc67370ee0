import { NoEquivalent } from '@/components/AlternativeList';
import { useCatalogue, useLocale, useOrigin, useSettings } from '@/components/context';
import { NobodyNear } from '@/components/NobodyNear';
import { hostLine, offerLabel, shortUrl } from '@/utils/hosts';
import { t } from '@/utils/i18n';
import { hostsInOrder, rankHosts } from '@/utils/nearby';
import { placeLabel } from '@/utils/places/label';
import { QrCode } from './QrCode';
import { ServicePicker } from './ServicePicker';

const HOSTS_PRINTED = 3;
const ALTERNATIVES_PRINTED = 3;

/**
 * A sheet to hand out after a workshop: for each chosen service, its libre
 * alternatives and the nearest hosts, each link with a QR code. Printed on A4
 * by the browser (the print stylesheet hides everything else).
 */
export function HandoutView({ ids, onIds }: { ids: string[]; onIds(ids: string[]): void }) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const { place } = useOrigin();
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
            <p>
              {place ? t(locale, 'handoutNear', { place: placeLabel(place, locale) }) : t(locale, 'exploreTagline')}
            </p>
          </header>
          {services.map((service) => {
            const need = view.need(service.need)!;
            const ranking = rankHosts(view.hostsFor(service.need), place, settings.collectives, HOSTS_PRINTED);
            const hosts = hostsInOrder(ranking, HOSTS_PRINTED);
            return (
              <section key={service.id} class="sheet__service" data-service={service.id}>
                <h3>{t(locale, 'handoutInsteadOf', { service: service.name[locale] })}</h3>
                <NoEquivalent need={need} />
                <NobodyNear ranking={ranking} place={place} printed />
                <ul class="sheet__links">
                  {need.alternatives.slice(0, ALTERNATIVES_PRINTED).map((alternative) => {
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
                  {hosts.map((entry) => (
                    <li key={entry.host.id} class="sheet__host">
                      <QrCode url={entry.offers[0].url} />
                      <div>
                        <h4>{entry.host.name}</h4>
                        <p>{offerLabel(entry.offers[0], view, locale)}</p>
                        <p>{hostLine(entry, locale)}</p>
                        <p class="sheet__url">{shortUrl(entry.offers[0].url)}</p>
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
