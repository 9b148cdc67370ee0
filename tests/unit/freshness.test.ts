import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { datedEntries, monthsBefore, staleEntries } from '../../utils/catalogue/freshness';

describe('how old the catalogue’s facts are', () => {
  it('counts months back on the calendar, to the month’s last day when it is shorter', () => {
    expect(monthsBefore('2026-12-06', 12)).toBe('2025-12-06');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-30', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('lists every software, host and collective, oldest first', () => {
    const catalogue = loadValidCatalogue();
    const dated = datedEntries(catalogue);
    expect(dated).toHaveLength(catalogue.software.length + catalogue.hosts.length + catalogue.collectives.length);
    for (let i = 1; i < dated.length; i++) expect(dated[i - 1].checked <= dated[i].checked).toBe(true);
  });

  it('finds due the entries checked more than a year before the day', () => {
    const catalogue = loadValidCatalogue();
    const aged = {
      ...catalogue,
      hosts: catalogue.hosts.map((p, i) =>
        i === 0 ? { ...p, provenance: { ...p.provenance, checked: '2025-12-05' } } : p,
      ),
    };
    expect(staleEntries(aged, '2026-12-06').map((entry) => entry.id)).toEqual([catalogue.hosts[0].id]);
    expect(staleEntries({ ...aged, hosts: catalogue.hosts }, '2026-12-06')).toEqual([]);
  });
});
