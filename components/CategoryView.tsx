import type { Category } from '@/utils/catalogue/schema';
import { useLocale } from './context';
import { NeedView } from './NeedView';

/** A need picked from the search: its name, then its alternatives and hosts. */
export function CategoryView({ category }: { category: Category }) {
  const locale = useLocale();
  return (
    <article class="category" data-category={category.id}>
      <h1 class="service__name">{category.name[locale]}</h1>
      <NeedView category={category} />
    </article>
  );
}
