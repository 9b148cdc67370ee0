/**
 * The typography texts keep, in the catalogue and the interface. French puts a narrow no-break
 * space (U+202F) before : ; ! ? and inside « », so that a line never breaks before the mark;
 * both languages use typographic apostrophes and quotes.
 */
import type { Locale } from '../i18n';

const NARROW = '\u202f';

interface Rule {
  pattern: RegExp;
  message: string;
}

const both: Rule[] = [
  { pattern: /'/, message: 'a straight apostrophe: write ’' },
  { pattern: /"/, message: 'straight double quotes: write “ ” in English, « » in French' },
];

const rules: Record<Locale, Rule[]> = {
  fr: [
    {
      pattern: /[ \u00a0][:;!?]/,
      message: `an ordinary space before : ; ! or ?: write a narrow no-break space (U+202F)`,
    },
    // "12:30" and "https://" are not punctuation; a word ending the clause is.
    {
      pattern: /[^\s\u202f\u00a0][;!?](?=\s|$)|\p{L}:(?=\s|$)/u,
      message: 'no space before : ; ! or ?: write a narrow no-break space (U+202F)',
    },
    {
      pattern: new RegExp(`«(?!${NARROW})|(?<!${NARROW})»`),
      message: '« » without narrow no-break spaces (U+202F) inside',
    },
    ...both,
  ],
  en: both,
};

/** What is wrong with a text's typography, one message per rule broken. */
export function typographyProblems(text: string, locale: Locale): string[] {
  return rules[locale].filter((rule) => rule.pattern.test(text)).map((rule) => rule.message);
}
