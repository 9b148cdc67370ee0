/**
 * What the in-page card shows, read in both browsers the same way. The card lives in a closed
 * shadow root, out of every page script's reach, so the tests read it through a small helper
 * extension of their own (card-reader/reader.js), installed beside the built one in test
 * sessions only. Its buttons are pressed as a person does: with the pointer, where they are.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './session';

export interface CardButton {
  /** Its label, or its words. */
  name: string;
  visible: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardView {
  label: string | null;
  lang: string;
  title: string | null;
  text: string | null;
  left: number;
  right: number;
  background: string;
  animation: string;
  /** The label or words of what has the focus inside the card. */
  focused: string | null;
  buttons: CardButton[];
}

const written = new Map<BrowserName, string>();

/** The helper extension, written once for one browser: Manifest V3 for Chromium, V2 for Firefox. */
export function cardReaderExtension(browser: BrowserName): string {
  const done = written.get(browser);
  if (done) return done;
  const dir = mkdtempSync(join(tmpdir(), 'circuit-court-card-reader-'));
  written.set(browser, dir);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const script = { matches: ['https://*/*'], js: ['reader.js'], run_at: 'document_start' };
  const manifest = {
    manifest_version: browser === 'chromium' ? 3 : 2,
    name: 'card reader (tests only)',
    version: '1.0',
    content_scripts: [script],
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'card-reader@circuit-court.test' } } }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'reader.js'), readFileSync(join(import.meta.dirname, 'card-reader', 'reader.js')));
  return dir;
}

/** The card on the page and how many card elements there are (one, or none). */
export function readCards(page: Page, settle = false): Promise<{ cards: number; card: CardView | null }> {
  return page.evaluate(
    (settle) =>
      new Promise<{ cards: number; card: CardView | null }>((resolve) => {
        const id = Math.random().toString(36).slice(2);
        const answer = (event: MessageEvent) => {
          if (event.data?.cardReaderReply !== id) return;
          removeEventListener('message', answer);
          resolve({ cards: event.data.cards, card: event.data.card });
        };
        addEventListener('message', answer);
        postMessage({ cardReader: id, settle }, '*');
      }),
    settle,
  );
}

/** What the card shows; null when there is none. `settle` waits for its entrance to end. */
export const readCard = async (page: Page, settle = false) => (await readCards(page, settle)).card;

/** Presses one of the card's buttons, found by its words or label, with the pointer. */
export async function pressCardButton(page: Page, name: string): Promise<void> {
  const button = (await readCard(page, true))?.buttons.find((candidate) => candidate.name === name);
  if (!button) throw new Error(`the card has no button named ${name}`);
  // Chromium delivers the pointer to a tab only while it is in front.
  await page.bringToFront();
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
}
