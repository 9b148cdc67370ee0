import type { Need } from '@/utils/catalogue/schema';
import { useLocale } from './context';
import { NeedAnswers } from './NeedAnswers';

/** A need picked from the search: its name, then its alternatives and hosts. */
export function NeedView({ need }: { need: Need }) {
  const locale = useLocale();
  return (
    <article class="need" data-need={need.id}>
      <h1 class="service__name">{need.name[locale]}</h1>
      <NeedAnswers need={need} />
    </article>
  );
}
