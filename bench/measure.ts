/** Timing helpers for the benchmarks: repeated runs, medians and tails, never a single sample. */

export interface Timing {
  runs: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, medianMs: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] };
}

/** Times `work` `runs` times after `warmup` untimed calls (the JIT settles first). */
export function time(work: () => unknown, runs: number, warmup = Math.min(50, runs)): Timing {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
