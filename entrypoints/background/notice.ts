/**
 * When the in-page card shows, and what it says. The settings choose never, once a
 * day per service, or on every arrival on a service (not on each move inside it).
 * The "once a day" record holds today's date and the services already shown today,
 * nothing else, and is replaced the next day.
 */

import { browser } from 'wxt/browser';
import { dayOf } from '@/utils/day';
import { type Locale, plural, t } from '@/utils/i18n';
import { type NoticeCard, showInSlot } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { BadgeFacts } from '@/utils/slices';
import { records, storedItem } from '@/utils/storage';

export interface NoticesShown {
  day: string;
  services: string[];
}

function interpretNotices(stored: unknown, today: string): NoticesShown {
  const record = stored as Partial<NoticesShown> | undefined;
  const valid =
    record?.day === today && Array.isArray(record.services) && record.services.every((id) => typeof id === 'string');
  return valid ? { day: today, services: record.services! } : { day: today, services: [] };
}

// Read as it is: whether it still holds for today is decided with the day, below.
const noticesShown = storedItem(records.notices, (value: unknown) => value);

/** Whether to show the card on arriving on `service`; records it when the answer is yes. */
export async function claimNotice(service: string, frequency: Settings['notice'], now = new Date()): Promise<boolean> {
  if (frequency === 'never') return false;
  if (frequency === 'always') return true;
  const today = dayOf(now);
  const shown = interpretNotices(await noticesShown.get(), today);
  if (shown.services.includes(service)) return false;
  await noticesShown.set({ day: today, services: [...shown.services, service] } satisfies NoticesShown);
  return true;
}

export function noticeCard(facts: BadgeFacts, locale: Locale): NoticeCard {
  const name = facts.name[locale];
  return {
    lang: locale,
    label: 'Circuit court',
    // Where no libre software does the same job yet, the card says so rather than count "alternatives".
    title: facts.equivalent
      ? plural(locale, 'noticeTitle', facts.alternatives, { service: name })
      : t(locale, 'noticeTitleNone', { service: name }),
    text: t(locale, facts.equivalent ? 'noticeExamples' : 'noticeClosest', { examples: facts.examples.join(', ') }),
    see: t(locale, 'noticeSee'),
    mute: t(locale, 'noticeMute'),
    close: t(locale, 'noticeClose'),
  };
}

/**
 * Puts the card in the page: the card's script first (only pages that get a card carry it),
 * then the call that shows it. In the very document that reported, where the browser names it
 * (Chromium); else in the tab's top frame. A page left meanwhile, or closed, gets nothing.
 */
export async function injectNotice(
  tabId: number,
  documentId: string | undefined,
  card: NoticeCard,
  service: string,
): Promise<void> {
  const target = documentId === undefined ? { tabId, frameIds: [0] } : { tabId, documentIds: [documentId] };
  try {
    await browser.scripting.executeScript({ target, files: ['/notice.js'] });
    await browser.scripting.executeScript({ target, func: showInSlot, args: [card, service] });
  } catch {
    // The page is gone, or no longer one the extension may reach.
  }
}
