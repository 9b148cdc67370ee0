/**
 * Fetching published files for the collect commands, within limits: a deadline per file (all hops
 * and the body), a size limit (reading stops past it), at most a few redirects (followed by
 * hand so each hop is checked), http(s) only, https required except on loopback addresses (for
 * tests against a local server). Never throws: a failure is a result with a reason.
 */
import { isIP } from 'node:net';
import { decodeText } from '../utils/candidates/loader';

export interface FetchLimits {
  /** Deadline for one file, redirects and body included (default 10 000 ms). */
  timeoutMs?: number;
  /** Largest body read, in bytes (default 1 MB). */
  maxBytes?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
  /**
   * Whether loopback and private-network addresses may be fetched. Off when a walk starts from a
   * public URL, so a published file cannot make the maintainer's machine query its own network.
   */
  allowPrivateAddresses?: boolean;
}

export type FetchResult =
  | { ok: true; url: string; text: string; redirects: string[] }
  | { ok: false; url: string; reason: string };

export const defaultLimits = { timeoutMs: 10_000, maxBytes: 1_000_000, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** 127.0.0.0/8, ::1 and localhost: where http is allowed. */
export function isLoopbackAddress(hostname: string): boolean {
  const address = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (address === 'localhost' || address.endsWith('.localhost') || address === '::1') return true;
  return isIP(address) === 4 && address.startsWith('127.');
}

/** Loopback, private, link-local and shared address space literals (names are not resolved). */
export function isPrivateAddress(hostname: string): boolean {
  const address = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackAddress(address) || address === '0.0.0.0' || address === '::') return true;
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number);
    return (
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (isIP(address) === 6) return /^(fc|fd|fe8|fe9|fea|feb)/.test(address) || address.startsWith('::ffff:');
  return false;
}

/** Why this address may not be fetched, or null if it may. */
export function refusal(url: URL, allowPrivateAddresses: boolean): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} is not http(s): refused`;
  if (url.username || url.password) return 'an address with a user name or password: refused';
  if (!allowPrivateAddresses && isPrivateAddress(url.hostname))
    return `${url.hostname} is a loopback or private address: refused`;
  if (url.protocol === 'http:' && !isLoopbackAddress(url.hostname)) return 'http:// refused (https required)';
  return null;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : bytes >= 1000 ? `${bytes / 1000} kB` : `${bytes} bytes`;
}

function describeError(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timed out after ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `network error: ${detail}`;
}

export async function fetchLimited(address: string, limits: FetchLimits = {}): Promise<FetchResult> {
  const timeoutMs = limits.timeoutMs ?? defaultLimits.timeoutMs;
  const maxBytes = limits.maxBytes ?? defaultLimits.maxBytes;
  const maxRedirects = limits.maxRedirects ?? defaultLimits.maxRedirects;
  const allowPrivateAddresses = limits.allowPrivateAddresses ?? true;

  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, url: address, reason: 'not a URL' };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const visited: string[] = [];
  try {
    for (;;) {
      const refused = refusal(url, allowPrivateAddresses);
      if (refused)
        return {
          ok: false,
          url: url.href,
          reason: visited.length > 0 ? `redirected to ${url.href}: ${refused}` : refused,
        };
      if (visited.includes(url.href)) return { ok: false, url: visited[0], reason: `redirect loop at ${url.href}` };
      visited.push(url.href);

      const response = await fetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'text/plain, application/json;q=0.9, */*;q=0.1' },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location) return { ok: false, url: url.href, reason: `HTTP ${response.status} without a Location header` };
        if (visited.length > maxRedirects)
          return { ok: false, url: visited[0], reason: `too many redirects (more than ${maxRedirects})` };
        try {
          url = new URL(location, url);
        } catch {
          return { ok: false, url: url.href, reason: `redirected to an invalid address "${location}"` };
        }
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return {
          ok: false,
          url: url.href,
          reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        };
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => {});
        return {
          ok: false,
          url: url.href,
          reason: `too large: ${formatBytes(declared)} announced, the limit is ${formatBytes(maxBytes)}`,
        };
      }
      const body = await readCapped(response, maxBytes);
      if (body === null) {
        return { ok: false, url: url.href, reason: `too large: more than ${formatBytes(maxBytes)} (reading stopped)` };
      }
      return { ok: true, url: url.href, text: decodeText(body), redirects: visited.slice(0, -1) };
    }
  } catch (error) {
    return { ok: false, url: url.href, reason: describeError(error, timedOut, timeoutMs) };
  } finally {
    clearTimeout(timer);
    // Whatever is still open (a body we stopped reading) is dropped.
    controller.abort();
  }
}

/** The body, or null as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
