import type { Software } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { displayHost, ExternalLink } from './ExternalLink';
import './SoftwareView.css';

/** One libre software: what it is, its license, the needs it meets. */
export function SoftwareView({ software, onNeed }: { software: Software; onNeed: (id: string) => void }) {
  const locale = useLocale();
  const needs = useCatalogue().needsOf(software.id);
  return (
    <article class="software" data-software={software.id}>
      <header class="service__header">
        <BrandMark slug={software.icon} name={software.name} size="large" />
        <div>
          <h1 class="service__name">{software.name}</h1>
          <p class="service__meta">{software.summary[locale]}</p>
        </div>
      </header>
      <p class="card__meta">
        <span class="chip">{t(locale, 'licenseLabel', { license: software.license })}</span>
        <span class={software.selfHostable ? 'chip chip--accent' : 'chip'}>
          {t(locale, software.selfHostable ? 'selfHostable' : 'notSelfHostable')}
        </span>
        <ExternalLink href={software.website}>{displayHost(software.website)}</ExternalLink>
        <ExternalLink href={software.sourceCode}>{t(locale, 'sourceCodeLink')}</ExternalLink>
      </p>
      <h2 class="section-title">{t(locale, 'softwareNeeds')}</h2>
      <ul class="needs">
        {needs.map((need) => (
          <li key={need.id}>
            <button type="button" class="link-button" onClick={() => onNeed(need.id)}>
              {need.name[locale]}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
