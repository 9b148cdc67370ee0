/**
 * The collect commands over the network, against a local server on 127.0.0.1 (ephemeral port) that
 * serves the fixtures and misbehaves on purpose: redirects, loops, slow and huge answers.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { networkLoader } from '../../scripts/collect-cli';
import { collectChatonsInfos } from '../../scripts/commands/collect-chatonsinfos';
import { collectLibrehosters } from '../../scripts/commands/collect-librehosters';
import { fetchLimited } from '../../scripts/fetch-limited';
import { freshFolder, type RecordingIo, written } from './collect-io';

const fixtures = join(projectRoot, 'tests', 'fixtures');
const SHORT = 400;
let server: Server;
let base: string;
/** Responses the client dropped before they were complete, by path. */
const abandoned: string[] = [];
const hits = new Map<string, number>();

/** Fixture files, their https://<host>/ links in subs.* lines (or JSON) pointed at this server. */
function fixture(tree: 'chatonsinfos' | 'librehosters', path: string): string | null {
  const file = normalize(join(fixtures, tree, path));
  if (!file.startsWith(join(fixtures, tree))) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const local = (_: string, host: string) => `${base}/${tree}/${host}/`;
  if (tree === 'librehosters')
    return text.replace(/https:\/\/([a-z0-9.-]+\.example\.(?:org|net))\/(?=librehost\.json)/g, local);
  return text.replace(
    /^(subs\.[^=:]*[=:]\s*'?)https:\/\/([a-z0-9.-]+\.example\.(?:org|net))\//gm,
    (_, start, host) => `${start}${base}/${tree}/${host}/`,
  );
}

function networkFederation(): string {
  return [
    'file.class = federation',
    'federation.name = Réseau de test',
    `subs.redirige = ${base}/redirect/3/chatonsinfos/exemple-hebergement.example.org/chatonsinfos/exemple-hebergement.properties`,
    `subs.collines = ${base}/chatonsinfos/collines.example.net/chatons/chaton-des-collines.properties`,
    `subs.boucle = ${base}/loop/a`,
    `subs.trop = ${base}/redirect/6/chatonsinfos/hors-federation.example.org/organisation.properties`,
    `subs.lent = ${base}/slow`,
    `subs.enorme = ${base}/big`,
    `subs.absent = ${base}/missing.properties`,
    `subs.page = ${base}/page.html`,
    'subs.ailleurs = http://chatons.example.org/not-https.properties',
    '',
  ].join('\n');
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = decodeURIComponent(new URL(request.url ?? '/', base).pathname);
  hits.set(path, (hits.get(path) ?? 0) + 1);
  response.on('close', () => {
    if (!response.writableFinished) abandoned.push(path);
  });
  const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
  const redirect = /^\/redirect\/(\d+)\/(.*)$/.exec(path);
  const loop = /^\/loop\/([ab])$/.exec(path);
  const served = /^\/(chatonsinfos|librehosters)\/(.+)$/.exec(path);
  if (redirect) {
    const left = Number(redirect[1]);
    // Relative and absolute Location headers, alternately.
    const next = left > 1 ? `/redirect/${left - 1}/${redirect[2]}` : `/${redirect[2]}`;
    response.writeHead(left % 2 === 0 ? 301 : 302, { location: left % 2 === 0 ? `${base}${next}` : next });
    response.end();
  } else if (loop) {
    response.writeHead(307, { location: loop[1] === 'a' ? '/loop/b' : '/loop/a' });
    response.end();
  } else if (path === '/to-http') {
    response.writeHead(302, { location: 'http://chatons.example.org/file.properties' });
    response.end();
  } else if (path === '/to-file') {
    response.writeHead(302, { location: 'file:///etc/passwd' });
    response.end();
  } else if (path === '/slow') {
    const timer = setTimeout(() => send(200, 'file.class = organization\n'), 10_000);
    response.on('close', () => clearTimeout(timer));
  } else if (path === '/slow-body') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('file.class = organization\norganization.name = Lent\n');
    const timer = setTimeout(() => response.end(), 10_000);
    response.on('close', () => clearTimeout(timer));
  } else if (path === '/big' || path === '/big-declared') {
    // More than any socket buffer holds: the server cannot finish unless the client reads it all.
    const chunk = `# ${'x'.repeat(1022)}\n`;
    const total = 64_000_000;
    response.writeHead(200, {
      'content-type': 'text/plain',
      ...(path === '/big-declared' ? { 'content-length': String(total) } : {}),
    });
    let sent = 0;
    const pump = () => {
      while (sent < total && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    pump();
  } else if (path === '/page.html') {
    send(200, '<!DOCTYPE html>\n<html><body><h1>Bienvenue</h1></body></html>\n', 'text/html');
  } else if (path === '/network-federation.properties') {
    send(200, networkFederation());
  } else if (path === '/network-directory.json') {
    send(
      200,
      JSON.stringify({
        'Exemple Hébergement': `${base}/redirect/2/librehosters/exemple-hebergement.example.org/librehost.json`,
        'Coopérative Exemple': `${base}/librehosters/cooperative.example.net/librehost.json`,
        Absent: `${base}/librehosters/absent.example.org/librehost.json`,
        Page: `${base}/page.html`,
        Lent: `${base}/slow`,
      }),
      'application/json',
    );
  } else if (served) {
    const body = fixture(served[1] as 'chatonsinfos' | 'librehosters', served[2]);
    if (body === null) send(404, 'not found');
    else send(200, body);
  } else {
    send(404, 'not found');
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  abandoned.length = 0;
  hits.clear();
});

describe('fetchLimited', () => {
  const limits = { timeoutMs: SHORT, maxBytes: 100_000 };

  it('reads a file from a loopback http server', async () => {
    const result = await fetchLimited(`${base}/chatonsinfos/federation/exemple-chatons.properties`, limits);
    expect(result).toMatchObject({
      ok: true,
      url: `${base}/chatonsinfos/federation/exemple-chatons.properties`,
      redirects: [],
    });
    expect(result.ok && result.text).toContain(
      `subs.exemple-hebergement = ${base}/chatonsinfos/exemple-hebergement.example.org/`,
    );
  });

  it('follows redirects hop by hop, relative or absolute, up to five', async () => {
    const five = await fetchLimited(`${base}/redirect/5/page.html`, limits);
    expect(five).toMatchObject({ ok: true, url: `${base}/page.html` });
    expect(five.ok && five.redirects).toHaveLength(5);
    const six = await fetchLimited(`${base}/redirect/6/page.html`, limits);
    expect(six).toEqual({ ok: false, url: `${base}/redirect/6/page.html`, reason: 'too many redirects (more than 5)' });
    expect(hits.get('/page.html')).toBe(1);
  });

  it('reports a redirect loop', async () => {
    expect(await fetchLimited(`${base}/loop/a`, limits)).toEqual({
      ok: false,
      url: `${base}/loop/a`,
      reason: `redirect loop at ${base}/loop/a`,
    });
  });

  it('checks every hop: no http outside loopback, no other scheme', async () => {
    expect(await fetchLimited(`${base}/to-http`, limits)).toEqual({
      ok: false,
      url: 'http://chatons.example.org/file.properties',
      reason: 'redirected to http://chatons.example.org/file.properties: http:// refused (https required)',
    });
    expect(await fetchLimited(`${base}/to-file`, limits)).toMatchObject({
      ok: false,
      reason: 'redirected to file:///etc/passwd: file: is not http(s): refused',
    });
    expect(await fetchLimited('http://chatons.example.org/x.properties', limits)).toMatchObject({
      ok: false,
      reason: 'http:// refused (https required)',
    });
    expect(await fetchLimited('ftp://127.0.0.1/x', limits)).toMatchObject({
      ok: false,
      reason: 'ftp: is not http(s): refused',
    });
    expect(await fetchLimited(`${base}/page.html`, { ...limits, allowPrivateAddresses: false })).toMatchObject({
      ok: false,
      reason: '127.0.0.1 is a loopback or private address: refused',
    });
    expect(await fetchLimited('not a url', limits)).toEqual({ ok: false, url: 'not a url', reason: 'not a URL' });
  });

  it('gives up on a slow answer after the timeout, headers or body', async () => {
    const started = Date.now();
    expect(await fetchLimited(`${base}/slow`, limits)).toEqual({
      ok: false,
      url: `${base}/slow`,
      reason: 'timed out after 0.4 s',
    });
    expect(await fetchLimited(`${base}/slow-body`, limits)).toEqual({
      ok: false,
      url: `${base}/slow-body`,
      reason: 'timed out after 0.4 s',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops reading past the size limit, announced or not', async () => {
    expect(await fetchLimited(`${base}/big`, limits)).toEqual({
      ok: false,
      url: `${base}/big`,
      reason: 'too large: more than 100 kB (reading stopped)',
    });
    expect(await fetchLimited(`${base}/big-declared`, limits)).toEqual({
      ok: false,
      url: `${base}/big-declared`,
      reason: 'too large: 64 MB announced, the limit is 100 kB',
    });
    await expect
      .poll(() => abandoned.filter((path) => path.startsWith('/big')).sort(), { timeout: 2_000 })
      .toEqual(['/big', '/big-declared']);
  });

  it('reports HTTP errors and refused connections', async () => {
    expect(await fetchLimited(`${base}/missing.properties`, limits)).toEqual({
      ok: false,
      url: `${base}/missing.properties`,
      reason: 'HTTP 404 Not Found',
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchLimited(`http://127.0.0.1:${port}/x`, limits)).toEqual({
      ok: false,
      url: `http://127.0.0.1:${port}/x`,
      reason: 'network error: ECONNREFUSED',
    });
  });
});

describe('import commands over the network', () => {
  let dir: string;
  let io: RecordingIo;
  beforeEach(() => {
    ({ dir, io } = freshFolder('collect-network-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a federation online, reporting each file that fails without failing', async () => {
    const out = join(dir, 'chatons.json');
    const code = await collectChatonsInfos(
      [`${base}/network-federation.properties`, '--out', out, '--timeout-ms', String(SHORT), '--max-bytes', '100000'],
      io,
    );
    expect(code).toBe(0);
    const review = written(out);
    expect(
      review.candidates.map((candidate: { id: string; offers: unknown[] }) => [candidate.id, candidate.offers.length]),
    ).toEqual([
      ['exemple-hebergement', 3],
      ['le-chaton-des-collines', 1],
    ]);
    expect(review.candidates[0].source).toBe(
      `${base}/chatonsinfos/exemple-hebergement.example.org/chatonsinfos/exemple-hebergement.properties`,
    );
    expect(review.candidates[0].place).toEqual({
      city: 'Lyon',
      postalCode: '69001',
      country: 'FR',
      lat: 45.764,
      lon: 4.8357,
    });
    const reasons = Object.fromEntries(
      review.problems.map((problem: { source: string; reason: string }) => [problem.source, problem.reason]),
    );
    expect(reasons).toEqual({
      [`${base}/loop/a`]: `redirect loop at ${base}/loop/a`,
      [`${base}/redirect/6/chatonsinfos/hors-federation.example.org/organisation.properties`]:
        'too many redirects (more than 5)',
      [`${base}/slow`]: 'timed out after 0.4 s',
      [`${base}/big`]: 'too large: more than 100 kB (reading stopped)',
      [`${base}/missing.properties`]: 'HTTP 404 Not Found',
      [`${base}/page.html`]: 'not a properties file (looks like HTML or XML)',
      'http://chatons.example.org/not-https.properties': 'http:// refused (https required)',
      [`${base}/chatonsinfos/collines.example.net/chatons/service-introuvable.properties`]: 'HTTP 404 Not Found',
    });
    expect(review.summary).toEqual({ 'files read': 10, organisations: 2, services: 7, candidates: 2, problems: 8 });
    expect(io.out.slice(0, 4)).toEqual([
      'files read: 10',
      'organisations: 2',
      'services: 7',
      `candidates written: 2 → ${out}`,
    ]);
    expect(io.out).toContain(`  ${base}/slow: timed out after 0.4 s`);
  }, 20_000);

  it('exits 1 and writes nothing when the root cannot be read', async () => {
    const out = join(dir, 'none.json');
    expect(await collectChatonsInfos([`${base}/missing.properties`, '--out', out], io)).toBe(1);
    expect(await collectLibrehosters([`${base}/loop/a`, '--out', out], io)).toBe(1);
    expect(io.out.filter((line) => line.startsWith('  '))).toEqual([
      `  ${base}/missing.properties: HTTP 404 Not Found`,
      `  ${base}/loop/a: redirect loop at ${base}/loop/a`,
    ]);
    expect(() => readFileSync(out)).toThrow();
  }, 20_000);

  it('walks the Librehosters directory online', async () => {
    const out = join(dir, 'librehosters.json');
    const code = await collectLibrehosters(
      [`${base}/network-directory.json`, '--out', out, '--timeout-ms', String(SHORT)],
      io,
    );
    expect(code).toBe(0);
    const review = written(out);
    expect(
      review.candidates.map((candidate: { id: string; source: string }) => [candidate.id, candidate.source]),
    ).toEqual([
      ['exemple-hebergement', `${base}/librehosters/exemple-hebergement.example.org/librehost.json`],
      ['cooperative-exemple', `${base}/librehosters/cooperative.example.net/librehost.json`],
    ]);
    expect(review.problems).toEqual([
      {
        source: `${base}/librehosters/absent.example.org/librehost.json`,
        reason: 'member "Absent": HTTP 404 Not Found',
      },
      { source: `${base}/page.html`, reason: 'member "Page": not JSON (looks like HTML)' },
      { source: `${base}/slow`, reason: 'member "Lent": timed out after 0.4 s' },
    ]);
  }, 20_000);

  it('does not let a public root lead to loopback addresses', async () => {
    const limits = { timeoutMs: SHORT, maxBytes: 100_000, maxRedirects: 5 };
    const fromPublic = networkLoader('https://chatons.example.org/chatons.properties', limits);
    expect(await fromPublic(`${base}/page.html`, 'https://chatons.example.org/chatons.properties')).toEqual({
      ok: false,
      source: `${base}/page.html`,
      reason: '127.0.0.1 is a loopback or private address: refused',
    });
    expect(await fromPublic('http://192.168.1.1/x.properties', null)).toMatchObject({
      ok: false,
      reason: '192.168.1.1 is a loopback or private address: refused',
    });
    expect(hits.size).toBe(0);
    const fromLoopback = networkLoader(`${base}/network-federation.properties`, limits);
    expect(await fromLoopback('page.html', `${base}/network-federation.properties`)).toMatchObject({
      ok: true,
      source: `${base}/page.html`,
    });
    expect(hits.get('/page.html')).toBe(1);
  });
});
