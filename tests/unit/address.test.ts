/**
 * The address shortcut never disagrees with the standard URL parser: on generated
 * addresses (plain ones, and ones salted with what the parser rewrites: case,
 * percent signs, backslashes, dot segments, tabs, ports, userinfo, IP addresses,
 * punycode, non-ASCII), every domain and path it gives is the parser's. And it does
 * answer for ordinary addresses, or detection would silently lose its speed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectionCorpus } from '../../bench/corpus';
import { growCatalogue } from '../../bench/synthetic-catalogue';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { parsedAddress, quickDomain, quickPath } from '../../utils/detect/address';

/** Checks the shortcut against the parser on one address; true when the shortcut answered. */
function agrees(address: string): boolean {
  const domain = quickDomain(address);
  if (domain === null) return false;
  const parser = parsedAddress(address);
  expect(parser, address).not.toBeNull();
  expect(domain, address).toBe(parser!.domain);
  const path = quickPath(address, domain);
  if (path !== null) expect(path, address).toBe(parser!.path);
  return true;
}

const tricky = fc.constantFrom(
  ..."aZ09-._~%2e%2E@:[]\\/?#!$&'()*+,;= \t\n\u0000\u00e9\u0430\uff0e\u3002".split(''),
  '..',
  './',
  '/.',
  'xn--',
  '%2e',
  '%2E',
  '1',
  '0x',
  '\u00ad',
);
const noise = fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join(''));
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const domain = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const segment = fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{0,10}$/);
const path = fc
  .array(segment, { maxLength: 4 })
  .map((segments) => (segments.length === 0 ? '' : `/${segments.join('/')}`));
/** A domain with some of its letters in upper case. */
const mixedCaseDomain = fc
  .tuple(domain, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
  .map(([name, upper]) => [...name].map((char, i) => (upper[i % 8] ? char.toUpperCase() : char)).join(''));
const scheme = fc.constantFrom(
  'https://',
  'http://',
  'HTTPS://',
  'Http://',
  'https:/',
  'https:',
  'ftp://',
  ' https://',
  'https:\\\\',
);

describe('the address shortcut gives the URL parser’s answers', () => {
  it('on plain addresses, and answers for many of them', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('https://', 'http://'),
        domain,
        fc.constantFrom('', '.', '..'),
        path,
        fc.constantFrom('', '?q=1', '#top', '?a=b#c'),
        (start, name, dots, rest, after) => {
          if (agrees(`${start}${name}${dots}${rest}${after}`)) answered++;
        },
      ),
      { numRuns: 5000 },
    );
    // Declined: single labels, last labels starting with a digit (the generator makes many of both).
    expect(answered).toBeGreaterThan(1000);
  });

  it('on addresses salted with what the parser rewrites', () => {
    fc.assert(
      fc.property(scheme, noise, domain, noise, path, noise, (start, before, name, after, rest, tail) => {
        agrees(`${start}${before}${name}${after}${rest}${tail}`);
        agrees(`${start}${name}${rest}${tail}${rest}`);
        agrees(`https://${name}${after}${rest}${tail}`);
        agrees(`https://${name}/${tail}${rest}/${before}`);
      }),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(mixedCaseDomain, path, (name, rest) => void agrees(`https://${name}${rest}`)),
      { numRuns: 10_000 },
    );
  });

  it('on any string, and on generated web addresses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => void agrees(text)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => void agrees(url)),
      { numRuns: 3000 },
    );
  });

  it('on the benchmark corpus, where it answers for most addresses', () => {
    const real = loadValidCatalogue();
    const corpus = detectionCorpus(real, growCatalogue(real, 10), 6000);
    const answered = corpus.filter(agrees).length;
    expect(answered).toBeGreaterThan(corpus.length * 0.8);
  });

  it('declines what only the parser can read', () => {
    for (const address of [
      'https://WWW.Google.com/',
      'https://www.google.com:443/',
      'https://user@www.google.com/',
      'https://xn--ggle-55da.com/',
      'https://gооgle.com/',
      'https://127.0.0.1/',
      'https://www.google.0x1/',
      'https://localhost/',
      'https://.google.com/',
      'https://www..google.com/',
      'https:\\\\www.google.com\\maps',
      'HTTPS://www.google.com/',
      ' https://www.google.com/',
      'https://www.google.com\t/',
      'about:blank',
      'file:///home/',
    ]) {
      expect(quickDomain(address), address).toBeNull();
    }
    for (const address of [
      'https://www.google.com/%2e%2e/maps',
      'https://www.google.com/a/../maps',
      'https://www.google.com/a\\b',
      'https://www.google.com/caf\u00e9',
      'https://www.google.com/a b',
    ]) {
      expect(quickPath(address, 'www.google.com'), address).toBeNull();
    }
  });
});
