/**
 * Detection throughput and how it scales: detectService with its compiled index
 * against the regular-expression baseline, on the same corpus, with today's
 * catalogue and with the catalogue grown 10× and 100× by made-up services.
 */
import { loadValidCatalogue } from '../scripts/catalogue-files';
import { compileIndex } from '../utils/detect/compile';
import { detectService } from '../utils/detect/detect';
import { CORPUS_SHARES, type CorpusShares, detectionCorpus } from './corpus';
import { compileRegexBaseline, detectWithRegexes } from './regex-baseline';
import { growCatalogue } from './synthetic-catalogue';

export const CORPUS_SIZE = 24_000;
export const FACTORS = [1, 10, 100] as const;

export interface Throughput {
  /** URLs timed (the baseline at 10× and 100× is timed on an evenly spread part of the corpus). */
  urls: number;
  urlsPerSecond: number;
  /** Mean cost of one URL, in microseconds. */
  meanUs: number;
  medianUs: number;
  p99Us: number;
}

export interface ScaleFigures {
  factor: number;
  services: number;
  /** Domain keys of the compiled index (exact and subdomain tables). */
  indexDomains: number;
  regularExpressions: number;
  ours: Throughput;
  baseline: Throughput;
  /** Ours against the baseline, URLs per second. */
  speedup: number;
  /** URLs on which both were asked, and how many answers differ (must be none), with a few examples. */
  compared: number;
  disagreements: number;
  disagreementExamples: { url: string; ours: string | null; baseline: string | null }[];
}

export interface DetectionFigures {
  corpus: { urls: number; shares: CorpusShares; gafamAtTodaysSize: number };
  scales: ScaleFigures[];
  /** Our mean per-URL cost at the largest catalogue over today's. */
  oursCostGrowth: number;
  oursP99Growth: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** One timed pass over `urls`; the answers are counted so that the work cannot be skipped. */
function pass(detect: (url: string) => string | null, urls: readonly string[]): { ms: number; found: number } {
  let found = 0;
  const start = performance.now();
  for (let i = 0; i < urls.length; i++) if (detect(urls[i]) !== null) found++;
  return { ms: performance.now() - start, found };
}

/** Each URL timed on its own: the answers and the per-URL times in microseconds. */
function perUrl(
  detect: (url: string) => string | null,
  urls: readonly string[],
): { answers: (string | null)[]; us: number[] } {
  const answers: (string | null)[] = new Array(urls.length);
  const us: number[] = new Array(urls.length);
  for (let i = 0; i < urls.length; i++) {
    const start = performance.now();
    answers[i] = detect(urls[i]);
    us[i] = (performance.now() - start) * 1000;
  }
  return { answers, us };
}

function throughput(urls: number, totalMs: number, samplesUs: number[]): Throughput {
  const sorted = [...samplesUs].sort((a, b) => a - b);
  return {
    urls,
    urlsPerSecond: (urls / totalMs) * 1000,
    meanUs: (totalMs * 1000) / urls,
    medianUs: quantile(sorted, 0.5),
    p99Us: quantile(sorted, 0.99),
  };
}

/** Every `stride`-th URL: the corpus is shuffled, so this keeps its mix. */
const spread = (urls: readonly string[], stride: number) => urls.filter((_, i) => i % stride === 0);

export function benchDetection(log: (line: string) => void = () => {}): DetectionFigures {
  const real = loadValidCatalogue();
  const grown = new Map(FACTORS.map((factor) => [factor, factor === 1 ? real : growCatalogue(real, factor)]));
  const corpus = detectionCorpus(real, grown.get(100)!, CORPUS_SIZE);
  const setups = FACTORS.map((factor) => {
    const catalogue = grown.get(factor)!;
    const index = compileIndex(catalogue);
    const rules = compileRegexBaseline(catalogue);
    return {
      factor,
      catalogue,
      index,
      rules,
      ours: (url: string) => detectService(url, index),
      baseline: (url: string) => detectWithRegexes(url, rules),
    };
  });

  // Ours: the whole corpus, rounds interleaved over the three sizes so that the machine's
  // ups and downs fall on all of them alike; the median round counts.
  for (const setup of setups) for (let i = 0; i < 3; i++) pass(setup.ours, corpus);
  const rounds = new Map(FACTORS.map((factor) => [factor, [] as number[]]));
  for (let round = 0; round < 15; round++)
    for (const setup of setups) rounds.get(setup.factor)!.push(pass(setup.ours, corpus).ms);
  const oursSamples = new Map(FACTORS.map((factor) => [factor, [] as number[]]));
  const oursAnswers = new Map<number, (string | null)[]>();
  for (let round = 0; round < 3; round++) {
    for (const setup of setups) {
      const { answers, us } = perUrl(setup.ours, corpus);
      oursSamples.get(setup.factor)!.push(...us);
      oursAnswers.set(setup.factor, answers);
    }
  }

  const scales: ScaleFigures[] = [];
  for (const setup of setups) {
    const ours = throughput(corpus.length, median(rounds.get(setup.factor)!), oursSamples.get(setup.factor)!);
    // The baseline costs up to milliseconds a URL at 100×: timed on a spread part of the corpus.
    const stride = setup.factor === 1 ? 1 : setup.factor === 10 ? 4 : 20;
    const urls = spread(corpus, stride);
    const warm = spread(corpus, stride * 7 + 1).slice(0, setup.factor === 1 ? corpus.length : 200);
    for (const url of warm) setup.baseline(url);
    // Timed as ours is: whole passes (the median one counts), then each URL alone for p99.
    const passes = Array.from({ length: setup.factor === 1 ? 5 : 1 }, () => pass(setup.baseline, urls).ms);
    const { answers, us: samples } = perUrl(setup.baseline, urls);
    const baseline = throughput(urls.length, median(passes), samples);
    const oursOnUrls = oursAnswers.get(setup.factor)!.filter((_, i) => i % stride === 0);
    const disagreements = urls
      .map((url, i) => ({ url, ours: oursOnUrls[i], baseline: answers[i] }))
      .filter((row) => row.ours !== row.baseline);
    const indexDomains = Object.keys(setup.index.exact).length + Object.keys(setup.index.subtree).length;
    scales.push({
      factor: setup.factor,
      services: setup.catalogue.services.length,
      indexDomains,
      regularExpressions: setup.rules.length,
      ours,
      baseline,
      speedup: ours.urlsPerSecond / baseline.urlsPerSecond,
      compared: urls.length,
      disagreements: disagreements.length,
      disagreementExamples: disagreements.slice(0, 5),
    });
    log(
      `  detection at ${setup.factor}×: ours ${Math.round(ours.urlsPerSecond).toLocaleString('en')} URLs/s, baseline ${Math.round(baseline.urlsPerSecond).toLocaleString('en')} URLs/s`,
    );
  }
  const first = scales[0];
  const last = scales[scales.length - 1];
  return {
    corpus: {
      urls: corpus.length,
      shares: CORPUS_SHARES,
      gafamAtTodaysSize: oursAnswers.get(1)!.filter((answer) => answer !== null).length,
    },
    scales,
    oursCostGrowth: last.ours.meanUs / first.ours.meanUs,
    oursP99Growth: last.ours.p99Us / first.ours.p99Us,
  };
}
