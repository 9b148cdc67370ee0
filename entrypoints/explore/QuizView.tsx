import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useCatalogue, useLocale } from '@/components/context';
import { t } from '@/utils/i18n';
import { makeQuiz, type Question } from './quiz';
import { useKeyHandler } from './use-key-handler';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * A quiz for the room. The educator presses the answer the room chose (a button,
 * or a key: A–D or 1–4), then reveals the right one (Enter or Space); the score
 * counts the room's right answers. The seed in the address gives the same quiz again.
 */
export function QuizView({ seed, onNewQuiz }: { seed: number; onNewQuiz(seed: number): void }) {
  const locale = useLocale();
  const view = useCatalogue();
  const quiz = useMemo(() => makeQuiz(view.catalogue, seed), [view, seed]);
  const [position, setPosition] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [score, setScore] = useState(0);
  // A new quiz starts from its first question; the first render needs no reset, and a reset
  // after it would erase a key the educator pressed at once.
  const shownSeed = useRef(seed);
  useEffect(() => {
    if (shownSeed.current === seed) return;
    shownSeed.current = seed;
    setPosition(0);
    setChosen(null);
    setRevealed(false);
    setScore(0);
  }, [seed]);

  const question: Question | undefined = quiz[position];
  const finished = position >= quiz.length;

  const reveal = () => {
    if (revealed || !question) return;
    setRevealed(true);
    if (chosen === question.answer) setScore(score + 1);
  };
  const next = () => {
    setPosition(position + 1);
    setChosen(null);
    setRevealed(false);
  };

  useKeyHandler((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || finished) return;
    // Keys typed in a form field belong to it.
    if ((event.target as HTMLElement | null)?.closest?.('input, select, textarea')) return;
    const key = event.key.toUpperCase();
    const pick = LETTERS.indexOf(key) >= 0 ? LETTERS.indexOf(key) : ['1', '2', '3', '4'].indexOf(key);
    if (pick >= 0 && question && pick < question.choices.length && !revealed) setChosen(pick);
    else if ((key === 'ENTER' || key === ' ') && !(event.target as HTMLElement | null)?.closest?.('button, a'))
      (revealed ? next : reveal)();
    else return;
    event.preventDefault();
  });

  const label = (q: Question, index: number) => {
    const choice = q.choices[index];
    return q.kind === 'owner' ? (view.company(choice)?.name ?? choice) : (view.software(choice)?.name ?? choice);
  };
  const prompt = (q: Question) => {
    const service = view.service(q.service)!.name[locale];
    return t(locale, q.kind === 'owner' ? 'quizOwner' : 'quizReplacement', { service });
  };

  return (
    <section class="quiz" aria-labelledby="quiz-heading">
      <h1 id="quiz-heading">{t(locale, 'quizHeading')}</h1>
      <p class="quiz__status" role="status">
        {finished
          ? t(locale, 'quizFinal', { score, total: quiz.length })
          : t(locale, 'quizProgress', { question: position + 1, total: quiz.length, score })}
      </p>
      {question && (
        <div class="quiz__question" data-kind={question.kind}>
          <h2>{prompt(question)}</h2>
          <ol class="quiz__choices">
            {question.choices.map((_, index) => {
              const state = revealed
                ? index === question.answer
                  ? 'right'
                  : index === chosen
                    ? 'wrong'
                    : ''
                : index === chosen
                  ? 'chosen'
                  : '';
              return (
                <li key={index}>
                  <button
                    type="button"
                    class={`quiz__choice ${state ? `is-${state}` : ''}`}
                    aria-pressed={index === chosen}
                    disabled={revealed}
                    onClick={() => setChosen(index)}
                  >
                    <span class="quiz__letter" aria-hidden="true">
                      {LETTERS[index]}
                    </span>{' '}
                    {label(question, index)}
                    {revealed && index === question.answer && (
                      <span class="quiz__mark"> — {t(locale, 'quizRight')}</span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
          <div class="quiz__actions">
            {!revealed ? (
              <button type="button" class="button button--primary" onClick={reveal}>
                {t(locale, 'quizReveal')}
              </button>
            ) : (
              <button type="button" class="button button--primary" onClick={next}>
                {position + 1 < quiz.length ? t(locale, 'quizNext') : t(locale, 'quizSeeScore')}
              </button>
            )}
          </div>
          <p class="quiz__answer" aria-live="polite">
            {revealed &&
              (chosen === question.answer
                ? t(locale, 'quizRoomRight', { answer: label(question, question.answer) })
                : t(locale, 'quizRoomWrong', { answer: label(question, question.answer) }))}
          </p>
        </div>
      )}
      <p class="hint">{t(locale, 'quizKeys')}</p>
      <button type="button" class="button" onClick={() => onNewQuiz(1 + Math.floor(Math.random() * 2_000_000_000))}>
        {t(locale, 'quizNew')}
      </button>
    </section>
  );
}
