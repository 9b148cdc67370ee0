import type { Need } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { AlternativeCard } from './AlternativeCard';
import { useLocale } from './context';
import './AlternativeList.css';

/** Said before the closest options when no libre software does the same job yet. */
export function NoEquivalent({ need }: { need: Need }) {
  const locale = useLocale();
  if (!need.noEquivalent) return null;
  return (
    <p class="no-equivalent">
      <strong>{t(locale, 'noEquivalent')}</strong> {need.noEquivalent[locale]}
    </p>
  );
}

export function AlternativeList({ need }: { need: Need }) {
  return (
    <ul class="cards">
      {need.alternatives.map((alternative) => (
        <AlternativeCard key={alternative.software} alternative={alternative} />
      ))}
    </ul>
  );
}
