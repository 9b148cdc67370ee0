/**
 * The interface's words, from `locales/<lang>.json` (the same files become the
 * extension's `_locales` at build time). Looked up here rather than through
 * `browser.i18n` so that a page can follow the user's language choice.
 */
import en from '../locales/en.json';
import fr from '../locales/fr.json';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

type Messages = Record<string, { message: string; description?: string }>;
const messages: Record<Locale, Messages> = { en, fr };

type Key = keyof typeof en;
/** Keys that come in `_one` / `_other` forms, chosen by the count. */
type PluralKey = { [K in Key]: K extends `${infer Stem}_one` ? Stem : never }[Key];
export type MessageKey = Exclude<Key, `${string}_one` | `${string}_other`>;

/** "fr-CA" → fr; anything that is not French → en. */
export function pickLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The interface's language: the one the settings name, or, on "auto", the browser's. */
export function interfaceLocale(chosen: Locale | 'auto', browserLanguage: string | undefined): Locale {
  return chosen === 'auto' ? pickLocale(browserLanguage) : chosen;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(messages[locale][key].message, values);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** A message that depends on a count: `plural('fr', 'badgeTitle', 4, {…})`. */
export function plural(
  locale: Locale,
  key: PluralKey,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return fill(messages[locale][`${key}_${form}`].message, { count, ...values });
}

/** The raw message tables, to write `_locales` and to check both languages hold the same keys. */
export function messageTables(): Record<Locale, Messages> {
  return messages;
}
