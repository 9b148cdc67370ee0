/**
 * A quiz for the room, drawn from the catalogue: "Who owns WhatsApp?", "Which libre
 * software replaces Google Forms?". The same seed gives the same questions, so an
 * educator can prepare a quiz and share its link. Pure.
 */
import type { Catalogue, CompanyId } from '@/utils/catalogue/schema';
import { seededRandom, shuffled } from '@/utils/random';

export type Question =
  /** Which company owns this service? Asked only where the name does not say it. */
  | { kind: 'owner'; service: string; choices: CompanyId[]; answer: number }
  /** Which of these libre software replaces this service? */
  | { kind: 'replacement'; service: string; choices: string[]; answer: number };

export const QUIZ_LENGTH = 10;
const CHOICES = 4;

const companyNames: Record<CompanyId, string[]> = {
  google: ['google', 'youtube'],
  apple: ['apple', 'icloud', 'app store', 'facetime', 'safari'],
  meta: ['meta', 'facebook'],
  amazon: ['amazon', 'prime', 'kindle'],
  microsoft: [
    'microsoft',
    'outlook',
    'office',
    'bing',
    'onedrive',
    'teams',
    'xbox',
    'skype',
    'onenote',
    'powerpoint',
    'excel',
    'word',
    'copilot',
    'edge',
  ],
};

export function makeQuiz(
  catalogue: Pick<Catalogue, 'services' | 'needs' | 'software' | 'companies'>,
  seed: number,
  length = QUIZ_LENGTH,
): Question[] {
  const random = seededRandom(seed);
  const companies = catalogue.companies.map((company) => company.id);
  const alternatives = new Map(catalogue.needs.map((need) => [need.id, need.alternatives.map((a) => a.software)]));

  // Owners are a question only when the service's name gives no hint: WhatsApp, GitHub, Twitch…
  const ownerQuestions: Question[] = catalogue.services
    .filter((service) => !companyNames[service.company].some((hint) => service.name.en.toLowerCase().includes(hint)))
    .map((service) => {
      const choices = shuffled(companies, random).slice(0, CHOICES);
      if (!choices.includes(service.company)) choices[Math.floor(random() * CHOICES)] = service.company;
      return { kind: 'owner', service: service.id, choices, answer: choices.indexOf(service.company) };
    });

  const replacementQuestions: Question[] = catalogue.services.flatMap((service): Question[] => {
    const good = alternatives.get(service.need) ?? [];
    const wrong = catalogue.software.map((software) => software.id).filter((id) => !good.includes(id));
    if (good.length === 0 || wrong.length < CHOICES - 1) return [];
    // The right answer among the three best alternatives, the wrong ones from other needs.
    const right = good[Math.floor(random() * Math.min(3, good.length))];
    const choices = shuffled([right, ...shuffled(wrong, random).slice(0, CHOICES - 1)], random);
    return [{ kind: 'replacement', service: service.id, choices, answer: choices.indexOf(right) }];
  });

  // Alternate the two kinds, never the same service twice.
  const owners = shuffled(ownerQuestions, random);
  const replacements = shuffled(replacementQuestions, random);
  const quiz: Question[] = [];
  const asked = new Set<string>();
  while (quiz.length < length && (owners.length > 0 || replacements.length > 0)) {
    const from = quiz.length % 2 === 0 && owners.length > 0 ? owners : replacements.length > 0 ? replacements : owners;
    const question = from.shift()!;
    if (asked.has(question.service)) continue;
    asked.add(question.service);
    quiz.push(question);
  }
  return quiz;
}
