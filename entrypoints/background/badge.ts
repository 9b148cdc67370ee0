import { type Locale, plural, t } from '@/utils/i18n';
import type { BadgeFacts } from '@/utils/slices';

/** Dark green: white text on it has a contrast ratio above 6:1. */
export const BADGE_COLOR = '#1b6b45';
export const BADGE_TEXT_COLOR = '#ffffff';

export interface Badge {
  text: string;
  title: string;
}

/** The toolbar badge for a service ("4", "Google Docs — 4 alternatives libres"), or the resting state. */
export function badgeFor(facts: BadgeFacts | undefined, locale: Locale): Badge {
  if (!facts) return { text: '', title: t(locale, 'actionTitle') };
  return {
    text: String(facts.alternatives),
    title: plural(locale, facts.equivalent ? 'badgeTitle' : 'badgeTitleClosest', facts.alternatives, {
      service: facts.name[locale],
    }),
  };
}
