/**
 * The README's short table of bench figures (its `bench` block), from bench/results.json:
 * the rows the bench marks with a key, in this order, with their targets.
 */
export interface BenchRow {
  /** Set on the rows the README shows. */
  key?: string;
  measure: string;
  value: number;
  unit: string;
  /** The value must not be above it. */
  target?: number;
  /** The value must not be below it. */
  atLeast?: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string; chromium: string };
  rows: BenchRow[];
}

const shown: [key: string, label: string][] = [
  ['detection-speedup', 'Detection, today’s catalogue: ours ÷ a list of regular expressions'],
  ['detection-growth', 'Detection, cost per URL with the catalogue grown 100× ÷ today’s'],
  ['popup-paint', 'Popup on a detected tab: opened → alternatives painted (median)'],
  ['control-page', 'Control: a page of the same build where Preact paints one line (median)'],
  ['popup-ratio', 'Popup ÷ that control, same run'],
  ['popup-cold', 'Popup, first opening since install (cold)'],
  ['popup-cold-ratio', 'Popup cold ÷ the control (median)'],
  ['content-script-time', 'Content script: main-thread time on a GAFAM page (median)'],
  ['control-bare-message', 'Control: a content script that only sends the address with the bare API'],
  ['content-script-ratio', 'Content script ÷ that control, same run'],
  ['content-script-bytes', 'Content script: bytes shipped'],
  ['nearest-hosts', 'Nearest 20 hosts among 10,000 (median)'],
  ['place-lookup', 'A place looked up per keystroke (median)'],
  ['chrome-build', 'Chrome build, all files'],
];

export const missedRow = (row: BenchRow) =>
  (row.target !== undefined && row.value > row.target) || (row.atLeast !== undefined && row.value < row.atLeast);

/** Up to two decimals, none from 10 up, no trailing zero: 5×, 1.18×, 49 ms, 2.59 ms. */
const number = (value: number) => String(value >= 10 ? Math.round(value) : Number(value.toFixed(2)));

function amount(value: number, unit: string): string {
  if (unit === 'KiB' && value >= 1024) return `${number(value / 1024)} MiB`;
  if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
  return unit === '×' ? `${number(value)}×` : `${number(value)} ${unit}`;
}

export function benchFigures(results: BenchResults): string {
  const day = new Date(results.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const rows: string[][] = [];
  for (const [key, label] of shown) {
    const row = results.rows.find((candidate) => candidate.key === key);
    if (!row) throw new Error(`bench/results.json has no row "${key}": run npm run bench`);
    const target =
      row.target !== undefined
        ? `≤ ${amount(row.target, row.unit)}`
        : row.atLeast !== undefined
          ? `≥ ${amount(row.atLeast, row.unit)}`
          : '';
    const today = amount(row.value, row.unit);
    rows.push([label, missedRow(row) ? `**${today}**, missed` : today, target]);
  }
  // Columns padded as the formatter pads Markdown tables.
  const table = [['Measure', 'Today', 'Target'], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((cells) => cells[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const lines = [
    `Measured on ${day} by \`npm run bench\` (${results.machine.cpus} cores, Node.js ${results.machine.node}, ${results.machine.chromium}); [bench/README.md](bench/README.md) says how, and where a target is missed, why.`,
    '',
    line(table[0]),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ];
  return lines.join('\n');
}
