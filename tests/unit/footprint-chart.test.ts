import { describe, expect, it } from 'vitest';
import { BAR_WIDTH, CHART_HEIGHT, footprintChart, rankedCompanies } from '../../entrypoints/explore/footprint-chart';
import type { CompanyId } from '../../utils/catalogue/schema';

const companies: CompanyId[] = ['google', 'apple', 'meta', 'amazon', 'microsoft'];

describe('the footprint chart', () => {
  const chart = footprintChart(
    [
      { day: '2026-12-01', counts: { google: 4, meta: 2 } },
      { day: '2026-12-02', counts: {} },
      { day: '2026-12-03', counts: { google: 1 } },
    ],
    companies,
  );

  it('gives each day a column, side by side', () => {
    expect(chart.days.map((day) => day.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    const [first, second, third] = chart.days.map((day) => day.x);
    expect(first).toBe(0);
    expect(second - first).toBeGreaterThan(BAR_WIDTH);
    expect(third - second).toBe(second - first);
    expect(chart.width).toBe(3 * (second - first));
  });

  it('stacks the companies in catalogue order, from the baseline up, and draws none without arrivals', () => {
    const [busy, empty] = chart.days;
    expect(busy.bars.map((bar) => bar.company)).toEqual(['google', 'meta']);
    const [google, meta] = busy.bars;
    expect(google.y + google.height).toBeCloseTo(CHART_HEIGHT);
    expect(meta.y + meta.height).toBeCloseTo(google.y);
    expect(google.height).toBeCloseTo(2 * meta.height);
    expect(empty.bars).toEqual([]);
  });

  it('scales to the busiest day, which stays within the chart', () => {
    const [busy, , quiet] = chart.days;
    const column = (day: typeof busy) => day.bars.reduce((all, bar) => all + bar.height, 0);
    expect(column(busy)).toBeLessThan(CHART_HEIGHT);
    expect(column(busy)).toBeGreaterThan(CHART_HEIGHT * 0.9);
    expect(column(quiet)).toBeCloseTo(column(busy) / 6);
    expect(busy.bars.every((bar) => bar.y >= 0)).toBe(true);
  });

  it('draws a week without any arrival as empty columns, not a division by zero', () => {
    const quiet = footprintChart([{ day: '2026-12-01', counts: {} }], companies);
    expect(quiet.days[0].bars).toEqual([]);
    expect(Number.isFinite(quiet.width)).toBe(true);
  });
});

describe('the companies named in the summary', () => {
  it('are those with arrivals, the most first, catalogue order between equals', () => {
    expect(rankedCompanies({ meta: 2, google: 5, amazon: 2 }, companies)).toEqual(['google', 'meta', 'amazon']);
    expect(rankedCompanies({ apple: 0 }, companies)).toEqual([]);
  });
});
