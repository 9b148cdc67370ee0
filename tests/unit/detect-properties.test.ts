/**
 * Properties of detection, checked by fast-check on thousands of generated inputs:
 * any string goes in and nothing throws; lookalikes of the catalogue's domains (inside
 * someone else's domain, with a prefix, with a suffix, with a homograph letter) are
 * never taken for a GAFAM service; case, trailing dots, default ports and the other
 * parts the URL parser normalises never change the answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceUrl } from '../../bench/corpus';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { expandFamily } from '../../utils/catalogue/families';
import { compileIndex } from '../../utils/detect/compile';
import { detectService } from '../../utils/detect/detect';
import { seededRandom } from '../../utils/random';

const catalogue = loadValidCatalogue();
const index = compileIndex(catalogue);
const families = Object.fromEntries(catalogue.domainFamilies.map((family) => [family.id, family.suffixes]));
const detect = (url: string) => detectService(url, index);

const patterns = catalogue.services.flatMap((service) => service.match.flatMap((rule) => rule.domains));
/** Every domain the catalogue names, concrete: "*.youtube.com" gives youtube.com, "www.google.*" each country's. */
const domains = [
  ...new Set(patterns.flatMap((pattern) => expandFamily(pattern.replace(/^\*\./, ''), families))),
].sort();
const domainSet = new Set(domains);
/** Subdomain rules: their root ("youtube.com"), or their root's country domains ("audible.fr"). */
const subtreeRoots = new Set(
  patterns.filter((p) => p.startsWith('*.')).flatMap((p) => expandFamily(p.slice(2), families)),
);

/** Whether a change to label `at` of a domain leaves it under a subdomain rule of the labels after it (then it is rightly detected). */
const underSubtreeRule = (labels: string[], at: number) =>
  labels.some((_, from) => from > at && subtreeRoots.has(labels.slice(from).join('.')));

const domain = fc.constantFrom(...domains);
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
/** Top-level domains reserved for tests and examples (RFC 2606): never a GAFAM domain. */
const reservedTld = fc.constantFrom('test', 'example', 'invalid');
const path = fc.constantFrom(
  '/',
  '/maps',
  '/mail/u/0/',
  '/document/d/1AbC/edit',
  '/watch?v=x',
  '/shorts/x',
  '/groups/1',
  '/gp/video',
  '/search?q=a#top',
  '',
);

describe('detectService never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const answer = detect(text);
        expect(answer === null || typeof answer === 'string').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('on anything that looks like an address', () => {
    const scheme = fc.constantFrom(
      'https://',
      'http://',
      'HTTPS://',
      'https:',
      'https:///',
      'ftp://',
      'javascript:',
      'data:',
      'blob:https://',
      '',
    );
    const noise = fc.string({
      unit: fc.constantFrom(...'%@:./\\#?[]<>"` \t\n\u0000\u00ad\u200b\uff0e\u3002xn--0aé'.split('')),
      maxLength: 12,
    });
    fc.assert(
      fc.property(scheme, noise, fc.option(domain), noise, path, (start, before, name, after, rest) => {
        expect(() => detect(`${start}${before}${name ?? ''}${after}${rest}`)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
        expect(() => detect(url)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lookalikes are never a GAFAM service', () => {
  it('a catalogue domain inside someone else’s domain', () => {
    fc.assert(
      fc.property(
        domain,
        fc.array(label, { minLength: 1, maxLength: 2 }),
        reservedTld,
        path,
        (gafam, labels, tld, rest) => {
          expect(detect(`https://${gafam}.${labels.join('.')}.${tld}${rest}`)).toBeNull();
          expect(detect(`https://${gafam}-${labels.join('-')}.${tld}${rest}`)).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a prefix on any label of a catalogue domain (evilgoogle.com, mail.notgoogle.com)', () => {
    fc.assert(
      fc.property(domain, fc.nat(), label, path, (gafam, which, prefix, rest) => {
        const labels = gafam.split('.');
        const at = which % labels.length;
        const changed = labels.map((part, i) => (i === at ? `${prefix}${part}` : part));
        fc.pre(!underSubtreeRule(labels, at) && !domainSet.has(changed.join('.')));
        expect(detect(`https://${changed.join('.')}${rest}`)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('a suffix after a catalogue domain (google.comx, google.com-login.test)', () => {
    const tail = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(domain, tail, fc.option(reservedTld), path, (gafam, suffix, tld, rest) => {
        const changed = `${gafam}${suffix}${tld === null ? '' : `.${tld}`}`;
        // Appending letters may spell another real country domain of a family ("google.co" + "m"): those are GAFAM.
        fc.pre(!domainSet.has(changed) && !/^\d+$/.test(changed.split('.').at(-1)!));
        expect(detect(`https://${changed}${rest}`)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('a homograph: a Latin letter swapped for a Cyrillic one that looks the same (punycode)', () => {
    const swaps: Record<string, string[]> = {
      a: ['а'],
      c: ['с'],
      e: ['е'],
      i: ['і'],
      j: ['ј'],
      o: ['о', 'ο'],
      p: ['р'],
      s: ['ѕ'],
      x: ['х'],
      y: ['у'],
      d: ['ԁ'],
      h: ['һ'],
      w: ['ԝ'],
    };
    fc.assert(
      fc.property(domain, fc.nat(), fc.nat(), path, (gafam, which, variant, rest) => {
        const labels = gafam.split('.');
        const places = labels
          .flatMap((part, at) => [...part].map((char, i) => ({ at, i, char })))
          .filter(({ char }) => char in swaps);
        fc.pre(places.length > 0);
        const { at, i, char } = places[which % places.length];
        fc.pre(!underSubtreeRule(labels, at));
        const options = swaps[char];
        labels[at] = `${labels[at].slice(0, i)}${options[variant % options.length]}${labels[at].slice(i + 1)}`;
        const url = `https://${labels.join('.')}${rest}`;
        expect(new URL(url).hostname).toMatch(/xn--/);
        expect(detect(url)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('what the URL parser normalises never changes the answer', () => {
  /** A page of a catalogue service, in the shapes the services use (as the benchmark corpus builds them). */
  const page = fc
    .tuple(fc.constantFrom(...catalogue.services), fc.integer())
    .map(([service, seed]) => serviceUrl(service, families, seededRandom(seed)));
  const parts = (url: string) => {
    const parsed = /^(https?):\/\/([^/?#]+)(.*)$/.exec(url)!;
    const [hostname, port = ''] = parsed[2].split(':');
    return { scheme: parsed[1], hostname, port, rest: parsed[3] || '/' };
  };

  it('finds every service somewhere in those pages (the generator is not empty-handed)', () => {
    const found = new Set(
      catalogue.services.flatMap((service) =>
        Array.from({ length: 20 }, (_, seed) => detect(serviceUrl(service, families, seededRandom(seed)))),
      ),
    );
    expect(found.size).toBeGreaterThan(catalogue.services.length * 0.9);
  });

  it('case: of the domain, the scheme and the path', () => {
    fc.assert(
      fc.property(page, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (url, upper) => {
        const { scheme, hostname, port, rest } = parts(url);
        const mixed = (text: string) =>
          [...text].map((char, i) => (upper[i % 64] ? char.toUpperCase() : char.toLowerCase())).join('');
        const [pathname, ...after] = rest.split(/(?=[?#])/);
        expect(
          detect(`${mixed(scheme)}://${mixed(hostname)}${port ? `:${port}` : ''}${mixed(pathname)}${after.join('')}`),
        ).toBe(detect(url));
      }),
      { numRuns: 2000 },
    );
  });

  it('trailing dots on the domain', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 3 }), (url, dots) => {
        const { scheme, hostname, port, rest } = parts(url);
        const bare = hostname.replace(/\.+$/, '');
        expect(detect(`${scheme}://${bare}${'.'.repeat(dots)}${port ? `:${port}` : ''}${rest}`)).toBe(
          detect(`${scheme}://${bare}${rest}`),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('default ports, and any other port', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 65_535 }), (url, port) => {
        const { scheme, hostname, rest } = parts(url);
        const plain = detect(`${scheme}://${hostname}${rest}`);
        expect(detect(`https://${hostname}:443${rest}`)).toBe(plain);
        expect(detect(`http://${hostname}:80${rest}`)).toBe(plain);
        expect(detect(`${scheme}://${hostname}:${port}${rest}`)).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('user info, query and fragment', () => {
    const text = fc.stringMatching(/^[a-z0-9._~-]{0,12}$/);
    fc.assert(
      fc.property(page, text, text, text, (url, user, query, fragment) => {
        const { scheme, hostname, port, rest } = parts(url);
        const [pathname] = rest.split(/[?#]/);
        const plain = detect(`${scheme}://${hostname}${pathname || '/'}`);
        expect(
          detect(
            `${scheme}://${user}${user ? '@' : ''}${hostname}${port ? `:${port}` : ''}${pathname || '/'}?${query}#${fragment}`,
          ),
        ).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });
});
