/**
 * How old the catalogue's facts are: every software, host and collective carries the day its
 * sources were read; past a year, the entry is due for a new reading.
 */
import { type Catalogue, DORMANT_AFTER_MONTHS, type Software } from './schema';

export const STALE_AFTER_MONTHS = 12;

export interface DatedEntry {
  list: 'software' | 'hosts' | 'collectives';
  id: string;
  checked: string;
}

/** Every dated entry, oldest first (ties by list, then id, so that the order is stable). */
export function datedEntries(catalogue: Catalogue): DatedEntry[] {
  const lists = ['software', 'hosts', 'collectives'] as const;
  return lists
    .flatMap((list) => catalogue[list].map((entry) => ({ list, id: entry.id, checked: entry.provenance.checked })))
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.list.localeCompare(b.list) || a.id.localeCompare(b.id));
}

/** "2026-12-06" and 12 → "2025-12-06": the same day, months earlier (the month's last day when it has fewer). */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const total = year * 12 + (month - 1) - months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(Math.min(date, lastDay))}`;
}

/** The entries last checked more than STALE_AFTER_MONTHS before `today`, oldest first. */
export function staleEntries(catalogue: Catalogue, today: string): DatedEntry[] {
  const limit = monthsBefore(today, STALE_AFTER_MONTHS);
  return datedEntries(catalogue).filter((entry) => entry.checked < limit);
}

/** Archived, or no release or commit in the DORMANT_AFTER_MONTHS before its source was read; unknown without a reading. */
export function isDormant(software: Pick<Software, 'maintenance'>): boolean {
  const maintenance = software.maintenance;
  if (!maintenance) return false;
  return maintenance.archived === true || maintenance.latest < monthsBefore(maintenance.checked, DORMANT_AFTER_MONTHS);
}
