/**
 * The local footprint: how many times a day the user arrived on a service of each
 * GAFAM company, on this device only, never which page or which address. An
 * educator shows the room their own week. On by default, off and cleared in one click.
 */
import { z } from 'zod';
import { CompanyId } from './catalogue/schema';
import { dayOf } from './day';
import { records, storedItem } from './storage';

/** Days kept; older counts are dropped as new ones come. */
export const FOOTPRINT_DAYS = 35;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Counts = z.partialRecord(CompanyId, z.number().int().min(0).max(1_000_000));
export const Footprint = z.strictObject({
  version: z.literal(1),
  days: z.record(Day, Counts),
});
export type Footprint = z.infer<typeof Footprint>;
export type CompanyCounts = z.infer<typeof Counts>;

export const emptyFootprint = (): Footprint => ({ version: 1, days: {} });

/** What storage holds, or an empty footprint when it is missing or unreadable. */
export function interpretFootprint(stored: unknown): Footprint {
  const parsed = Footprint.safeParse(stored);
  return parsed.success ? parsed.data : emptyFootprint();
}

/** One more arrival on a company's service today; days past the window are dropped. Pure. */
export function addVisit(footprint: Footprint, company: CompanyId, now: Date): Footprint {
  const today = dayOf(now);
  const oldest = dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (FOOTPRINT_DAYS - 1)));
  const days: Footprint['days'] = {};
  for (const [day, counts] of Object.entries(footprint.days)) if (day >= oldest) days[day] = counts;
  const counts = { ...days[today] };
  counts[company] = (counts[company] ?? 0) + 1;
  days[today] = counts;
  return { version: 1, days };
}

/** Each company's arrivals over the `days` days that end today, and each day's counts, oldest first. */
export function summarizeFootprint(
  footprint: Footprint,
  now: Date,
  days = 7,
): { total: CompanyCounts; perDay: { day: string; counts: CompanyCounts }[] } {
  const total: CompanyCounts = {};
  const perDay = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back));
    const counts = footprint.days[day] ?? {};
    for (const [company, count] of Object.entries(counts) as [CompanyId, number][])
      total[company] = (total[company] ?? 0) + count;
    perDay.push({ day, counts });
  }
  return { total, perDay };
}

const stored = storedItem(records.footprint, interpretFootprint);

export const loadFootprint = (): Promise<Footprint> => stored.get();

export async function recordVisit(company: CompanyId, now = new Date()): Promise<void> {
  await stored.set(addVisit(await loadFootprint(), company, now));
}

export const clearFootprint = (): Promise<void> => stored.remove();

/** Follows the footprint as the background counts arrivals; returns the unsubscriber. */
export const onFootprintChanged = (listener: (footprint: Footprint) => void): (() => void) => stored.watch(listener);
