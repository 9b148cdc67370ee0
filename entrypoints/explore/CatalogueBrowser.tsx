import { useMemo } from 'preact/hooks';
import { BrandMark } from '@/components/BrandMark';
import { useCatalogue, useLocale, useSettings } from '@/components/context';
import { ExternalLink } from '@/components/ExternalLink';
import { plural, t } from '@/utils/i18n';
import { formatDistance } from '@/utils/places/distance';
import { browseCatalogue } from './filter';
import type { CatalogueFilters } from './route';

interface Props {
  filters: CatalogueFilters;
  /** `replace`: typing refines the current view rather than adding a step to the history. */
  onFilters(filters: CatalogueFilters, replace: boolean): void;
  onDemo(serviceId: string): void;
}

/** Every GAFAM service, grouped by company or by need, with its alternatives and nearest hosts. */
export function CatalogueBrowser({ filters, onFilters, onDemo }: Props) {
  const locale = useLocale();
  const view = useCatalogue();
  const { settings } = useSettings();
  const groups = useMemo(() => browseCatalogue(view, filters, settings.place), [view, filters, settings.place]);
  const count = groups.reduce((sum, group) => sum + group.services.length, 0);
  const set = (change: Partial<CatalogueFilters>, replace = false) => onFilters({ ...filters, ...change }, replace);
  const groupName = (id: string) =>
    filters.group === 'company' ? (view.company(id)?.name ?? id) : (view.need(id)?.name[locale] ?? id);

  return (
    <section class="browser" aria-labelledby="browser-heading">
      <h1 id="browser-heading">{t(locale, 'browserHeading')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself, until every supported browser exposes <search>. */}
      <form class="browser__filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label class="browser__query">
          <span>{t(locale, 'browserQueryLabel')}</span>
          <input
            type="search"
            value={filters.query}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => set({ query: event.currentTarget.value }, true)}
          />
        </label>
        <fieldset class="browser__group">
          <legend>{t(locale, 'browserGroupLegend')}</legend>
          {(['company', 'need'] as const).map((group) => (
            <label key={group}>
              <input type="radio" name="group" checked={filters.group === group} onChange={() => set({ group })} />{' '}
              {t(locale, group === 'company' ? 'browserGroupCompany' : 'browserGroupNeed')}
            </label>
          ))}
        </fieldset>
        <fieldset class="browser__group">
          <legend>{t(locale, 'browserFiltersLegend')}</legend>
          <label>
            <input
              type="checkbox"
              checked={filters.selfHostable}
              onChange={(event) => set({ selfHostable: event.currentTarget.checked })}
            />{' '}
            {t(locale, 'browserSelfHostable')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.accountless}
              onChange={(event) => set({ accountless: event.currentTarget.checked })}
            />{' '}
            {t(locale, 'browserAccountless')}
          </label>
        </fieldset>
        <div class="browser__collective">
          <label for="browser-collective">{t(locale, 'collectiveFilterLabel')}</label>
          <select
            id="browser-collective"
            value={filters.collective}
            onChange={(event) => set({ collective: event.currentTarget.value })}
          >
            <option value="">{t(locale, 'collectiveFilterAll')}</option>
            {view.catalogue.collectives.map((collective) => (
              <option key={collective.id} value={collective.id}>
                {collective.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="browser__count" role="status">
        {plural(locale, 'browserCount', count)}
      </p>
      {groups.map((group) => (
        <section key={group.id} class="browser__section" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{groupName(group.id)}</h2>
          <ul class="browser__services">
            {group.services.map(({ service, alternatives, hosts, hostCount }) => (
              <li key={service.id} class="browser__service" data-service={service.id}>
                <header>
                  <BrandMark slug={view.iconOf(service)} name={service.name[locale]} />
                  <h3>{service.name[locale]}</h3>
                  <button type="button" class="link-button" onClick={() => onDemo(service.id)}>
                    {t(locale, 'browserDemo')}
                    <span class="sr-only"> — {service.name[locale]}</span>
                  </button>
                </header>
                <p class="browser__alternatives">
                  <span class="browser__label">
                    {t(
                      locale,
                      view.need(service.need)?.noEquivalent ? 'browserClosestLabel' : 'browserAlternativesLabel',
                    )}{' '}
                  </span>
                  {alternatives.map((alternative, index) => {
                    const software = view.software(alternative.software)!;
                    return (
                      <span key={software.id}>
                        {index > 0 && ', '}
                        <ExternalLink href={software.website}>{software.name}</ExternalLink>
                      </span>
                    );
                  })}
                </p>
                <p class="browser__hosts">
                  <span class="browser__label">{t(locale, 'browserHostsLabel')} </span>
                  {hosts.length === 0
                    ? t(locale, 'browserNoHost')
                    : hosts.map((entry, index) => (
                        <span key={entry.host.id}>
                          {index > 0 && ' · '}
                          {entry.host.name}
                          {entry.km !== null && ` (${formatDistance(entry.km, locale)})`}
                        </span>
                      ))}
                  {hostCount > hosts.length && ` · ${plural(locale, 'browserMoreHosts', hostCount - hosts.length)}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count === 0 && <p class="empty">{t(locale, 'browserNothing')}</p>}
    </section>
  );
}
