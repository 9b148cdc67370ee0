/**
 * The footprint's chart as numbers: a column a day, the companies stacked in catalogue order,
 * scaled to the busiest day. The panel only draws what this gives.
 */
import type { CompanyId } from '@/utils/catalogue/schema';
import type { CompanyCounts } from '@/utils/footprint';

export const BAR_WIDTH = 28;
const GAP = 12;
/** The bars' height; the day labels go below it. */
export const CHART_HEIGHT = 140;
/** Room kept above the busiest day's column. */
const HEADROOM = 8;

export interface ChartDay {
  day: string;
  /** Where the column starts, from the left. */
  x: number;
  /** The company's part of the column, top down; none for a company without arrivals that day. */
  bars: { company: CompanyId; y: number; height: number }[];
}

export function footprintChart(
  perDay: readonly { day: string; counts: CompanyCounts }[],
  companies: readonly CompanyId[],
): { width: number; height: number; days: ChartDay[] } {
  const sum = (counts: CompanyCounts) => companies.reduce((all, id) => all + (counts[id] ?? 0), 0);
  const highest = Math.max(1, ...perDay.map((day) => sum(day.counts)));
  const days = perDay.map(({ day, counts }, index) => {
    let y = CHART_HEIGHT;
    const bars = [];
    for (const company of companies) {
      const height = ((counts[company] ?? 0) / highest) * (CHART_HEIGHT - HEADROOM);
      if (height === 0) continue;
      y -= height;
      bars.push({ company, y, height });
    }
    return { day, x: index * (BAR_WIDTH + GAP), bars };
  });
  return { width: perDay.length * (BAR_WIDTH + GAP), height: CHART_HEIGHT + 24, days };
}

/** The companies with arrivals in the period, the most first (catalogue order between equals). */
export function rankedCompanies(total: CompanyCounts, companies: readonly CompanyId[]): CompanyId[] {
  return companies.filter((id) => (total[id] ?? 0) > 0).sort((a, b) => total[b]! - total[a]!);
}
