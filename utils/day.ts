/**
 * Days as the user lives them: the local calendar day, "2026-11-25", for the footprint, the
 * card shown once a day, and the day a list was imported.
 */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
