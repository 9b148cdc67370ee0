import type { Category } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import { AlternativeCard } from './AlternativeCard';
import { useLocale } from './context';

/** Said before the closest options when no libre software does the same job yet. */
export function NoEquivalent({ category }: { category: Category }) {
  const locale = useLocale();
  if (!category.noEquivalent) return null;
  return (
    <p class="no-equivalent">
      <strong>{t(locale, 'noEquivalent')}</strong> {category.noEquivalent[locale]}
    </p>
  );
}

export function AlternativeList({ category }: { category: Category }) {
  return (
    <ul class="cards">
      {category.alternatives.map((alternative) => (
        <AlternativeCard key={alternative.software} alternative={alternative} />
      ))}
    </ul>
  );
}
