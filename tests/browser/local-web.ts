/**
 * The network the browser tests see: one local HTTPS server answering for every
 * host (both browsers resolve every name to it, see chromium.ts and firefox.ts), with a
 * certificate made on the spot and thrown away.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/catalogue-files';
import { fakePage } from './harness';

/**
 * A page of tests/fixtures/pages/ for an address that asks for it with `?fixture=<name>`, on
 * any host: the same page on a GAFAM domain and on another (detection ignores the query).
 */
function fixturePage(url: URL): string | null {
  const name = url.searchParams.get('fixture');
  if (name === null || !/^[a-z-]+$/.test(name)) return null;
  const path = join(projectRoot, 'tests', 'fixtures', 'pages', `${name}.html`);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** DER, the few shapes a certificate needs. */
const der = (tag: number, body: Buffer): Buffer => {
  const length =
    body.length < 0x80
      ? Buffer.from([body.length])
      : body.length < 0x100
        ? Buffer.from([0x81, body.length])
        : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
};
const sequence = (...items: Buffer[]) => der(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => der(0x31, Buffer.concat(items));
const integer = (value: Buffer) => der(0x02, value[0] & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
const utf8 = (text: string) => der(0x0c, Buffer.from(text, 'utf8'));
const utcTime = (date: Date) =>
  der(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`, 'ascii'));
const bitString = (bytes: Buffer) => der(0x03, Buffer.concat([Buffer.from([0]), bytes]));
const explicit = (n: number, body: Buffer) => der(0xa0 + n, body);
const oid = (dotted: string) => {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const value of rest) {
    const groups = [value & 0x7f];
    for (let v = value >> 7; v > 0; v >>= 7) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
};

/** A self-signed ECDSA P-256 certificate; the browser accepts it because the tests tell it to. */
export function throwawayCertificate(commonName = 'circuit-court tests'): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecdsaWithSha256 = sequence(oid('1.2.840.10045.4.3.2'));
  const name = sequence(set(sequence(oid('2.5.4.3'), utf8(commonName))));
  const now = Date.now();
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))), // version 3
    integer(Buffer.from([1, ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 256))])),
    ecdsaWithSha256,
    name,
    sequence(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 30 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' });
  const certificate = sequence(tbs, ecdsaWithSha256, bitString(signature));
  const pem = (label: string, body: Buffer) =>
    `-----BEGIN ${label}-----\n${body.toString('base64').replace(/.{64}/g, '$&\n').trimEnd()}\n-----END ${label}-----\n`;
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, cert: pem('CERTIFICATE', certificate) };
}

export interface LocalWeb {
  port: number;
  close(): Promise<void>;
}

/** Answers every https URL with `fakePage`, or the fixture page it asks for. */
export async function startLocalWeb(): Promise<LocalWeb> {
  const server: Server = createServer(throwawayCertificate(), (request, response) => {
    const host = (request.headers.host ?? 'unknown').replace(/:\d+$/, '');
    const url = `https://${host}${request.url ?? '/'}`;
    // No icon, and nothing for a browser to report as a failed load.
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(fixturePage(new URL(url)) ?? fakePage(url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
