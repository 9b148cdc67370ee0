/**
 * Messages between the content scripts (the page's report, the card's buttons) and the
 * background, and what the two content scripts of a page share. Anything else is ignored.
 */

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

/**
 * The background's answer to a page report: the service the page is on (null: none, or muted).
 * A card, when there is one, comes on its own: the background injects it (entrypoints/notice).
 */
export type PageReply = { service: string | null };

/** The card's element, the one thing of ours a page can see, and only while a card shows. */
export const CARD_TAG = 'circuit-court-notice';

/**
 * The card on screen, as both content scripts of a page see it: a property of their own
 * isolated world's global object, which the page's scripts never see.
 */
export interface ShownNotice {
  /** The service the card is about. */
  service: string;
  remove(): void;
}

/** What the injected card script offers: show a card about a service, replacing any other. */
export type ShowNotice = (card: NoticeCard, service: string) => void;

export interface NoticeSlot {
  show?: ShowNotice;
  shown?: ShownNotice;
}

type SlotHolder = { circuitCourtNotice?: NoticeSlot };

/** The slot itself, made on first use; the same object for every script of the page's isolated world. */
export function noticeSlot(): NoticeSlot {
  const global = globalThis as SlotHolder;
  global.circuitCourtNotice ??= {};
  return global.circuitCourtNotice;
}

/** The card on screen, if the card's script has shown one: read without making the slot. */
export const shownNotice = (): ShownNotice | undefined => (globalThis as SlotHolder).circuitCourtNotice?.shown;

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

/**
 * Run by the background inside the page's isolated world (scripting.executeScript's `func`):
 * the browser sends its source alone, so it names the slot itself and uses nothing around it.
 */
export function showInSlot(card: NoticeCard, service: string): void {
  (globalThis as { circuitCourtNotice?: NoticeSlot }).circuitCourtNotice?.show?.(card, service);
}
