/**
 * Search over the catalogue's services, software and needs, in French and
 * English at once, ignoring case and accents ("agenda", "Écrire", "ecrire").
 */
import type { Catalogue } from './catalogue/schema';

export type HitKind = 'service' | 'software' | 'need';

export interface SearchHit {
  kind: HitKind;
  id: string;
}

interface Entry extends SearchHit {
  /** Folded names: a match here ranks first. */
  names: string[];
  /** Folded words of every other searchable text. */
  words: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, no accents, no ligatures, punctuation as spaces: "Œuvre d’Écrire" → "oeuvre d ecrire". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => ligatures[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordsOf = (texts: string[]) => [...new Set(texts.flatMap((text) => fold(text).split(' ')).filter(Boolean))];

export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  const needNames = new Map(catalogue.needs.map((c) => [c.id, [c.name.fr, c.name.en]]));
  const companyNames = new Map(catalogue.companies.map((c) => [c.id, c.name]));
  const entries: Entry[] = [];
  for (const service of catalogue.services) {
    entries.push({
      kind: 'service',
      id: service.id,
      names: [fold(service.name.en), fold(service.name.fr)],
      words: wordsOf([companyNames.get(service.company) ?? '', ...(needNames.get(service.need) ?? [])]),
    });
  }
  for (const software of catalogue.software) {
    entries.push({
      kind: 'software',
      id: software.id,
      names: [fold(software.name)],
      words: wordsOf([software.summary.fr, software.summary.en]),
    });
  }
  for (const need of catalogue.needs) {
    entries.push({
      kind: 'need',
      id: need.id,
      names: [fold(need.name.fr), fold(need.name.en)],
      words: [],
    });
  }
  return { entries };
}

/**
 * How well an entry matches every query word, or 0 when one word is missing.
 * A word scores most as a whole name, then as the start of a name or of a word
 * in a name, then inside a name, then as the start of a word of the other texts.
 */
function score(entry: Entry, queryWords: string[], query: string): number {
  let total = entry.names.includes(query) ? 100 : 0;
  for (const word of queryWords) {
    let best = 0;
    for (const name of entry.names) {
      if (name.startsWith(word)) best = Math.max(best, 8);
      else if (name.split(' ').some((part) => part.startsWith(word))) best = Math.max(best, 6);
      else if (name.includes(word)) best = Math.max(best, 4);
    }
    if (best === 0 && entry.words.some((part) => part.startsWith(word))) best = 1;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

const kindOrder: Record<HitKind, number> = { service: 0, need: 1, software: 2 };

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const folded = fold(query);
  if (folded === '') return [];
  const queryWords = folded.split(' ');
  return index.entries
    .map((entry) => ({ entry, score: score(entry, queryWords, folded) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entry.kind] - kindOrder[b.entry.kind])
    .slice(0, limit)
    .map(({ entry }) => ({ kind: entry.kind, id: entry.id }));
}
