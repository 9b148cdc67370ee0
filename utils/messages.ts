/** Messages between the content script and the background. Anything else is ignored. */

export interface PageMessage {
  type: 'page';
  /** The page's address, read by the background to find the service, never stored. */
  url: string;
}

/** A press on the in-page card: see the alternatives, or silence this site. */
export interface NoticeActionMessage {
  type: 'notice-action';
  action: 'see' | 'mute';
}

/** What the in-page card says, in the user's language, written by the background. */
export interface NoticeCard {
  lang: string;
  /** The card's landmark name. */
  label: string;
  title: string;
  text: string;
  see: string;
  mute: string;
  close: string;
}

/** The background's answer to a page report: the service the page is on (null: none, or muted), and a card to show, or none. */
export type PageReply = { service: string | null; notice: NoticeCard | null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isPageMessage(value: unknown): value is PageMessage {
  return isRecord(value) && value.type === 'page' && typeof value.url === 'string';
}

export function isNoticeActionMessage(value: unknown): value is NoticeActionMessage {
  return isRecord(value) && value.type === 'notice-action' && (value.action === 'see' || value.action === 'mute');
}

export function isNoticeCard(value: unknown): value is NoticeCard {
  return (
    isRecord(value) &&
    ['lang', 'label', 'title', 'text', 'see', 'mute', 'close'].every((key) => typeof value[key] === 'string')
  );
}
