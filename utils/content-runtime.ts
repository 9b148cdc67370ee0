/**
 * The extension's runtime as the content scripts reach it: through the browser's own promise
 * API (`browser` in Firefox, `chrome` in Chromium's Manifest V3), chosen when building. They
 * use two calls of it; webextension-polyfill would cost them more than it gives (bench/README.md).
 */
interface Runtime {
  /** Undefined once the extension is reloaded, updated or removed under the page. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

type Api = { runtime: Runtime };

export const contentApi: Api = import.meta.env.FIREFOX
  ? (globalThis as unknown as { browser: Api }).browser
  : (globalThis as unknown as { chrome: Api }).chrome;

/** Whether the extension that ran this script is still there. */
export const extensionAlive = (): boolean => contentApi.runtime?.id !== undefined;

/** Sends a message to the background; any failure (no background, extension gone) reads as no answer. */
export function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return contentApi.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // An orphaned script's runtime throws before returning a promise.
    return Promise.resolve(undefined);
  }
}
