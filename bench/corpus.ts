/**
 * The URLs detection is measured on: what a browser's tabs really show. GAFAM pages
 * in the shapes their services use (documents, videos, searches, country domains,
 * short links, a few upper-case domains, trailing dots and explicit ports), pages of
 * other sites, lookalikes (a GAFAM name inside someone else's domain, homographs),
 * pages that are not web pages, and pages of the made-up services of a grown
 * catalogue (other sites for a smaller catalogue). Pure and deterministic.
 */
import type { Service } from '../utils/catalogue/schema';
import { seededRandom } from '../utils/random';
import type { DetectionCatalogue } from './synthetic-catalogue';

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const id = (length: number, random: Random) => Array.from({ length }, () => pick(ID_CHARS.split(''), random)).join('');
const WORDS = [
  'fr',
  'en',
  'home',
  'about',
  'help',
  'settings',
  'search',
  'feed',
  'profile',
  'photos',
  'videos',
  'watch',
  'live',
  'article',
  'products',
  'cart',
  'account',
  'login',
  'news',
  'blog',
  'docs',
  'wiki',
  'map',
  'event',
  'group',
  'page',
  'post',
  'story',
  'topic',
];
const word = (random: Random) => pick(WORDS, random);

/** What follows a service's path, or stands for the whole path of a domain-wide service. */
function tail(random: Random): string {
  return pick<() => string>(
    [
      () => '',
      () => '/',
      () => `/d/${id(44, random)}/edit`,
      () => `/d/${id(44, random)}/edit#gid=0`,
      () => `/u/0/`,
      () => `/u/0/#inbox`,
      () => `/${id(11, random)}`,
      () => `/${word(random)}/${id(8, random)}`,
      () => `/${word(random)}/${word(random)}/`,
      () => `/watch?v=${id(11, random)}`,
      () => `/search?q=${word(random)}+${word(random)}&hl=fr`,
      () => `/dp/B0${id(8, random).toUpperCase()}?ref=sr_1_${Math.floor(random() * 20)}`,
      () => `/p/${id(11, random)}/?igsh=${id(16, random)}`,
      () => `/${word(random)}?utm_source=${word(random)}&utm_medium=social`,
      () => `/${word(random)}/${Math.floor(random() * 1e9)}#comments`,
    ],
    random,
  )();
}

/** A concrete domain for a catalogue domain pattern: a country domain for "x.*", a subdomain or none for "*.x". */
function domainFor(pattern: string, families: Record<string, string[]>, random: Random): string {
  let domain = pattern;
  if (domain.endsWith('.*')) {
    const stem = domain.slice(0, -2);
    domain = `${stem}.${pick(families[stem.split('.').at(-1)!] ?? ['com'], random)}`;
  }
  if (domain.startsWith('*.')) {
    domain = `${pick(['', '', 'www.', 'www.', 'm.', 'web.', 'studio.', 'fr.', 'accounts.', 'static.cdn.', 'a.b.'], random)}${domain.slice(2)}`;
  }
  return domain;
}

/** A page of a catalogue service, as a tab would show it. */
export function serviceUrl(service: Service, families: Record<string, string[]>, random: Random): string {
  const rule = pick(service.match, random);
  let domain = domainFor(pick(rule.domains, random), families, random);
  const path = rule.paths ? `${pick(rule.paths, random)}${tail(random)}` : tail(random) || '/';
  let scheme = 'https';
  let port = '';
  const variant = random();
  // A few of the forms a browser may show: upper case, trailing dot, explicit port, plain http.
  if (variant < 0.01) domain = domain.toUpperCase();
  else if (variant < 0.02) domain = `${domain}.`;
  else if (variant < 0.03) port = ':443';
  else if (variant < 0.04) scheme = 'http';
  return `${scheme}://${domain}${port}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Sites that are not GAFAM services, some of them the companies' other pages. */
const OTHER_SITES = [
  'fr.wikipedia.org',
  'en.wikipedia.org',
  'www.lemonde.fr',
  'www.liberation.fr',
  'www.mediapart.fr',
  'www.francetvinfo.fr',
  'www.bbc.co.uk',
  'www.theguardian.com',
  'www.nytimes.com',
  'www.leboncoin.fr',
  'www.ouest-france.fr',
  'www.service-public.fr',
  'www.impots.gouv.fr',
  'www.ameli.fr',
  'www.sncf-connect.com',
  'www.laposte.fr',
  'www.doctolib.fr',
  'www.allocine.fr',
  'framasoft.org',
  'framapad.org',
  'framaforms.org',
  'www.framasoft.org',
  'degooglisons-internet.org',
  'chatons.org',
  'www.mozilla.org',
  'addons.mozilla.org',
  'developer.mozilla.org',
  'duckduckgo.com',
  'www.qwant.com',
  'www.ecosia.org',
  'stackoverflow.com',
  'news.ycombinator.com',
  'www.reddit.com',
  'old.reddit.com',
  'x.com',
  'bsky.app',
  'mastodon.social',
  'framapiaf.org',
  'peertube.fr',
  'codeberg.org',
  'gitlab.com',
  'sourcehut.org',
  'www.openstreetmap.org',
  'nextcloud.com',
  'www.deepl.com',
  'www.wikidata.org',
  'archive.org',
  'web.archive.org',
  'www.netflix.com',
  'www.spotify.com',
  'open.spotify.com',
  'www.deezer.com',
  'www.dailymotion.com',
  'vimeo.com',
  'www.twitch-fans.example',
  'www.tiktok.com',
  'www.pinterest.fr',
  'www.ebay.fr',
  'www.fnac.com',
  'www.cdiscount.com',
  'www.decathlon.fr',
  'www.ikea.com',
  'www.booking.com',
  'www.airbnb.fr',
  'www.blablacar.fr',
  'www.lequipe.fr',
  'www.marmiton.org',
  'www.legifrance.gouv.fr',
  'www.data.gouv.fr',
  'www.rtbf.be',
  'www.rts.ch',
  'www.lesoir.be',
  'www.ledevoir.com',
  'ici.radio-canada.ca',
  'www.lalibre.be',
  'www.protonmail.com',
  'proton.me',
  'mail.proton.me',
  'tuta.com',
  'www.infomaniak.com',
  'kdrive.infomaniak.com',
  'www.zoom.us',
  'meet.jit.si',
  'signal.org',
  'telegram.org',
  'web.telegram.org',
  'discord.com',
  'www.apple.com',
  'support.apple.com',
  'developer.apple.com',
  'about.google',
  'developers.google.com',
  'cloud.google.com',
  'aws.amazon.com',
  'www.aboutamazon.com',
  'about.meta.com',
  'learn.microsoft.com',
  'www.microsoft.com',
  'azure.microsoft.com',
  'www.xbox.com',
  'www.skype.com',
  'www.whatsapp-fan.example',
  'status.example.org',
  'intranet.example.com',
  'localhost.localdomain',
];

/** "mail.google.com" made into a page of someone else: subdomain, prefix, suffix or homograph. */
function lookalike(domain: string, random: Random): string {
  const homograph = () => {
    const swaps: Record<string, string> = { o: 'о', a: 'а', e: 'е', c: 'с', p: 'р', i: 'і' };
    const at = [...domain].findIndex((char) => char in swaps);
    return at < 0 ? `${domain}.example` : `${domain.slice(0, at)}${swaps[domain[at]]}${domain.slice(at + 1)}`;
  };
  return pick<() => string>(
    [
      () => `${domain}.evil.test`,
      () => `${domain}.secure-login.net`,
      () => `${domain}-login.com`,
      () => `login-${domain.replace(/\./g, '-')}.net`,
      () => `my${domain}`,
      () => `${domain.split('.').slice(0, -1).join('.')}.co.evil.com`,
      homograph,
    ],
    random,
  )();
}

const NOT_WEB_PAGES = [
  'about:blank',
  'about:newtab',
  'chrome://newtab/',
  'chrome://extensions/',
  'edge://settings/',
  'file:///home/user/Documents/mail.google.com.html',
  'data:text/html,<p>docs.google.com</p>',
  'javascript:void(0)',
  'view-source:https://www.google.com/',
  'blob:https://www.youtube.com/3f1c2a',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
  'moz-extension://0c2f8d3e/explore.html',
  'https://[2001:db8::1]/',
  'https://192.168.1.1/admin',
  'http://localhost:5173/',
  'https://intranet/',
  'mailto:someone@gmail.com',
  'ftp://ftp.example.org/pub/',
  'not a url',
  '',
];

/** Every domain the catalogue names, concrete: for lookalikes. */
function concreteDomains(catalogue: DetectionCatalogue, families: Record<string, string[]>, random: Random): string[] {
  return catalogue.services.flatMap((service) =>
    service.match.flatMap((rule) => rule.domains.map((pattern) => domainFor(pattern, families, random))),
  );
}

export interface CorpusShares {
  gafam: number;
  synthetic: number;
  other: number;
  lookalike: number;
  notWeb: number;
}

export const CORPUS_SHARES: CorpusShares = { gafam: 0.45, synthetic: 0.2, other: 0.28, lookalike: 0.05, notWeb: 0.02 };

/**
 * `size` URLs in a shuffled order: real GAFAM pages, pages of the made-up services
 * of `grown` (a larger catalogue whose first services are the real ones), other
 * sites, lookalikes and pages that are not web pages, in the shares given.
 */
export function detectionCorpus(
  real: DetectionCatalogue,
  grown: DetectionCatalogue,
  size: number,
  seed = 424_242,
): string[] {
  const random = seededRandom(seed);
  const families = Object.fromEntries(grown.domainFamilies.map((family) => [family.id, family.suffixes]));
  const realIds = new Set(real.services.map((service) => service.id));
  const synthetic = grown.services.filter((service) => !realIds.has(service.id));
  const domains = concreteDomains(real, families, random);
  const urls: string[] = [];
  const count = (share: number) => Math.round(size * share);
  for (let i = 0; i < count(CORPUS_SHARES.gafam); i++)
    urls.push(serviceUrl(pick(real.services, random), families, random));
  for (let i = 0; i < count(CORPUS_SHARES.synthetic) && synthetic.length > 0; i++)
    urls.push(serviceUrl(pick(synthetic, random), families, random));
  for (let i = 0; i < count(CORPUS_SHARES.other); i++)
    urls.push(`https://${pick(OTHER_SITES, random)}${tail(random) || '/'}`);
  for (let i = 0; i < count(CORPUS_SHARES.lookalike); i++)
    urls.push(`https://${lookalike(pick(domains, random), random)}${tail(random) || '/'}`);
  while (urls.length < size) urls.push(pick(NOT_WEB_PAGES, random));
  // Shuffled: a run never sees the same kind of URL many times in a row.
  for (let i = urls.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [urls[i], urls[j]] = [urls[j], urls[i]];
  }
  return urls.slice(0, size);
}
