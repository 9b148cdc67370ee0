import type { Need } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { rankHosts } from '@/utils/nearby';
import { AlternativeList, NoEquivalent } from './AlternativeList';
import { useCatalogue, useLocale, useOrigin, useSettings } from './context';
import { HostList } from './HostList';
import { NearbyControls } from './NearbyControls';
import { NobodyNear } from './NobodyNear';

/** For one need: the libre software that meets it, then who runs it for you. */
export function NeedAnswers({ need }: { need: Need }) {
  const locale = useLocale();
  const { settings } = useSettings();
  const { place } = useOrigin();
  const hosts = useCatalogue().hostsFor(need.id);
  const ranking = rankHosts(hosts, place, settings.collectives);
  const count = ranking.located.length + ranking.placeless.length;
  return (
    <>
      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading" class="section-title">
          {t(locale, need.noEquivalent ? 'popupClosestHeading' : 'popupAlternativesHeading')}
        </h2>
        <NoEquivalent need={need} />
        <AlternativeList need={need} />
      </section>
      <section aria-labelledby="hosts-heading">
        <h2 id="hosts-heading" class="section-title">
          {t(locale, 'popupHostsHeading')}
        </h2>
        {hosts.length > 0 && <NearbyControls />}
        <NobodyNear ranking={ranking} place={place} />
        {count > 0 && <HostList ranking={ranking} />}
        {hosts.length === 0 && <p class="empty">{t(locale, 'popupNoHosts')}</p>}
        {hosts.length > 0 && count === 0 && <p class="empty">{t(locale, 'collectiveFilterEmpty')}</p>}
      </section>
    </>
  );
}
