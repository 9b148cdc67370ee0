import type { Category } from '@/utils/catalogue/schema';
import { AlternativeCard } from './AlternativeCard';

export function AlternativeList({ category }: { category: Category }) {
  return (
    <ul class="cards">
      {category.alternatives.map((alternative) => (
        <AlternativeCard key={alternative.software} alternative={alternative} />
      ))}
    </ul>
  );
}
