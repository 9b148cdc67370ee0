import { describe, expect, it } from 'vitest';
import { dayOf } from '../../utils/day';
import {
  addVisit,
  emptyFootprint,
  FOOTPRINT_DAYS,
  interpretFootprint,
  summarizeFootprint,
} from '../../utils/footprint';

const at = (day: number, hour = 12) => new Date(2026, 10, day, hour);

describe('dayOf', () => {
  it('gives the local calendar day, even late in the evening', () => {
    expect(dayOf(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(dayOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('the local footprint', () => {
  it('counts arrivals per company and per local day', () => {
    let footprint = emptyFootprint();
    footprint = addVisit(footprint, 'google', at(24, 23));
    footprint = addVisit(footprint, 'google', at(25, 0));
    footprint = addVisit(footprint, 'meta', at(25, 9));
    footprint = addVisit(footprint, 'google', at(25, 18));
    expect(footprint.days).toEqual({ '2026-11-24': { google: 1 }, '2026-11-25': { google: 2, meta: 1 } });
  });

  it('keeps nothing but numbers per company and day', () => {
    const footprint = addVisit(emptyFootprint(), 'amazon', at(25));
    expect(JSON.stringify(footprint)).toBe('{"version":1,"days":{"2026-11-25":{"amazon":1}}}');
  });

  it(`forgets days older than ${FOOTPRINT_DAYS} days`, () => {
    let footprint = emptyFootprint();
    for (let day = 1; day <= 60; day++) footprint = addVisit(footprint, 'apple', new Date(2026, 9, day));
    const days = Object.keys(footprint.days).sort();
    expect(days).toHaveLength(FOOTPRINT_DAYS);
    expect(days.at(-1)).toBe(dayOf(new Date(2026, 9, 60)));
  });

  it('sums the week that ends today, day by day', () => {
    let footprint = emptyFootprint();
    footprint = addVisit(footprint, 'google', at(10)); // outside the week
    for (const day of [19, 20, 25]) footprint = addVisit(footprint, 'google', at(day));
    footprint = addVisit(footprint, 'microsoft', at(22));
    const { total, perDay } = summarizeFootprint(footprint, at(25));
    expect(total).toEqual({ google: 3, microsoft: 1 });
    expect(perDay.map((entry) => entry.day)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(perDay[3].counts).toEqual({ microsoft: 1 });
  });

  it('reads a corrupted record as an empty footprint', () => {
    for (const stored of [
      undefined,
      'x',
      { version: 1, days: { yesterday: { google: 1 } } },
      { version: 1, days: { '2026-11-25': { yahoo: 3 } } },
      { version: 2, days: {} },
    ]) {
      expect(interpretFootprint(stored)).toEqual(emptyFootprint());
    }
  });
});
