import type { Alternative } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import { displayHost, ExternalLink } from './ExternalLink';
import './AlternativeCard.css';

/** One libre software for the need at hand: what it is good for, its license, where to find it. */
export function AlternativeCard({ alternative }: { alternative: Alternative }) {
  const locale = useLocale();
  const software = useCatalogue().software(alternative.software);
  if (!software) return null;
  return (
    <li class="card" data-software={software.id}>
      <BrandMark slug={software.icon} name={software.name} />
      <div class="card__body">
        <h3 class="card__title">{software.name}</h3>
        <p class="card__text">{alternative.why[locale]}</p>
        <p class="card__meta">
          <span class="chip" title={t(locale, 'licenseLabel', { license: software.license })}>
            <span class="sr-only">{t(locale, 'licenseLabel', { license: '' })}</span>
            {software.license}
          </span>
          <span class={software.selfHostable ? 'chip chip--accent' : 'chip'}>
            {t(locale, software.selfHostable ? 'selfHostable' : 'notSelfHostable')}
          </span>
          <ExternalLink href={software.website} class="card__link">
            {displayHost(software.website)}
          </ExternalLink>
        </p>
      </div>
    </li>
  );
}
