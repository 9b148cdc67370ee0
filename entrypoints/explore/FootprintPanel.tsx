import { useEffect, useState } from 'preact/hooks';
import { useCatalogue, useLocale, useSettings } from '@/components/context';
import type { CompanyId } from '@/utils/catalogue/schema';
import {
  clearFootprint,
  type Footprint,
  loadFootprint,
  onFootprintChanged,
  summarizeFootprint,
} from '@/utils/footprint';
import { t } from '@/utils/i18n';
import { BAR_WIDTH, CHART_HEIGHT, footprintChart, rankedCompanies } from './footprint-chart';

/** The footprint as stored, kept up to date while the page is open. */
function useFootprint(): Footprint | null {
  const [footprint, setFootprint] = useState<Footprint | null>(null);
  useEffect(() => {
    void loadFootprint().then(setFootprint);
    return onFootprintChanged(setFootprint);
  }, []);
  return footprint;
}

/**
 * "This week: Google 12, Meta 3": the user's own arrivals on GAFAM services, per
 * company, as counted on this device. A chart per day, the same figures as a table.
 */
export function FootprintPanel() {
  const locale = useLocale();
  const { catalogue } = useCatalogue();
  const { settings, update } = useSettings();
  const footprint = useFootprint();
  if (!footprint) return null;

  const { total, perDay } = summarizeFootprint(footprint, new Date());
  const companies = catalogue.companies.map((company) => company.id);
  const names = Object.fromEntries(catalogue.companies.map((company) => [company.id, company.name])) as Record<
    CompanyId,
    string
  >;
  const ranked = rankedCompanies(total, companies);
  const chart = footprintChart(perDay, companies);
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' });
  const dateOf = (day: string) => new Date(`${day}T12:00:00`);

  return (
    <section class="footprint" aria-labelledby="footprint-heading">
      <h1 id="footprint-heading">{t(locale, 'footprintHeading')}</h1>
      <p class="footprint__summary">
        {!settings.footprint
          ? t(locale, 'footprintOff')
          : ranked.length === 0
            ? t(locale, 'footprintEmpty')
            : t(locale, 'footprintWeek', { counts: ranked.map((id) => `${names[id]} ${total[id]}`).join(', ') })}
      </p>
      {ranked.length > 0 && (
        <figure class="footprint__chart">
          <svg viewBox={`0 0 ${chart.width} ${chart.height}`} aria-hidden="true">
            {chart.days.map(({ day, x, bars }) => (
              <g key={day} transform={`translate(${x} 0)`}>
                {bars.map((bar) => (
                  <rect
                    key={bar.company}
                    class={`footprint__bar footprint__bar--${bar.company}`}
                    x={0}
                    y={bar.y}
                    width={BAR_WIDTH}
                    height={bar.height}
                  />
                ))}
                <text x={BAR_WIDTH / 2} y={CHART_HEIGHT + 16} text-anchor="middle" class="footprint__day">
                  {dayLabel.format(dateOf(day))}
                </text>
              </g>
            ))}
          </svg>
          <figcaption>
            <ul class="footprint__legend">
              {ranked.map((id) => (
                <li key={id}>
                  <span class={`footprint__swatch footprint__bar--${id}`} aria-hidden="true" /> {names[id]}
                </li>
              ))}
            </ul>
          </figcaption>
          <table class="sr-only">
            <caption>{t(locale, 'footprintTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(locale, 'footprintDay')}</th>
                {ranked.map((id) => (
                  <th key={id} scope="col">
                    {names[id]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {perDay.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{dayLabel.format(dateOf(day.day))}</th>
                  {ranked.map((id) => (
                    <td key={id}>{day.counts[id] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
      <p class="footprint__privacy">{t(locale, 'settingsFootprintHint')}</p>
      <div class="footprint__actions">
        <button type="button" class="button" onClick={() => void update({ footprint: !settings.footprint })}>
          {t(locale, settings.footprint ? 'footprintTurnOff' : 'footprintTurnOn')}
        </button>
        <button type="button" class="button" onClick={() => void clearFootprint()}>
          {t(locale, 'settingsFootprintClear')}
        </button>
      </div>
    </section>
  );
}
