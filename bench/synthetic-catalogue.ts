/**
 * The catalogue grown 10× or 100× by made-up services, to see how detection scales.
 *
 * The made-up services have the shapes of the real ones: each belongs to a made-up
 * firm of one of the five companies, with a dedicated subdomain ("mail.korvalo.com"),
 * a product domain and all its subdomains ("*.korvalotube.com"), a shared domain split
 * by path ("docs.korvalo.com" and "/spreadsheets"), country domains ("www.korvalo.*"
 * over a family of public suffixes), short links ("kvl.gl"), and path rules over a
 * whole domain ("*.korvalo.com" + "/groups"). They pass the catalogue's own checks
 * (schema, ids, overlapping rules, domain families): tests/unit/bench-detection.test.ts.
 *
 * Pure and deterministic: the same seed gives the same services, and a smaller
 * catalogue's made-up services are the first ones of a larger one.
 */
import type { Catalogue, CompanyId, DomainFamily, MatchRule, Service } from '../utils/catalogue/schema';
import { seededRandom } from '../utils/random';

export type DetectionCatalogue = Pick<Catalogue, 'services' | 'domainFamilies'>;

const COMPANIES: CompanyId[] = ['google', 'apple', 'meta', 'amazon', 'microsoft'];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'zu',
  'te',
  'vo',
  'ni',
  'sa',
  'pe',
  'do',
  'ri',
  'xa',
  'lu',
  've',
  'no',
  'ba',
  'ti',
  'fe',
  'ko',
  'ma',
  'ze',
  'ki',
  'ro',
  'su',
  'la',
  'ne',
  'pi',
  'tu',
  'vi',
  'da',
  'mo',
];
const ROOT_TLDS = ['com', 'com', 'com', 'com', 'net', 'io', 'app', 'tv', 'org'];
const SHORT_TLDS = ['gl', 'to', 'me', 'ly', 'link', 'page', 'be', 'ms'];
/** Products: the subdomain or domain word, and the need it answers (a real need). */
const PRODUCTS: [word: string, need: string][] = [
  ['mail', 'mail'],
  ['docs', 'write-together'],
  ['sheets', 'spreadsheets'],
  ['slides', 'presentations'],
  ['forms', 'forms'],
  ['drive', 'files'],
  ['calendar', 'calendar'],
  ['meet', 'video-calls'],
  ['tube', 'video'],
  ['shorts', 'short-video'],
  ['maps', 'maps'],
  ['search', 'search'],
  ['translate', 'translation'],
  ['chat', 'messaging'],
  ['social', 'social-network'],
  ['photos', 'photo-sharing'],
  ['teams', 'team-chat'],
  ['code', 'code-hosting'],
  ['jobs', 'professional-network'],
  ['shop', 'shopping'],
  ['cloud', 'personal-cloud'],
  ['office', 'office-suite'],
  ['notes', 'notes'],
  ['contacts', 'contacts'],
  ['sites', 'website'],
  ['blog', 'blog'],
  ['groups', 'mailing-lists'],
  ['news', 'news'],
  ['music', 'music'],
  ['podcasts', 'podcasts'],
  ['tv', 'films-series'],
  ['live', 'live-streaming'],
  ['books', 'ebooks'],
  ['audio', 'audiobooks'],
  ['assistant', 'ai-assistant'],
  ['events', 'events'],
  ['analytics', 'web-analytics'],
  ['browser', 'browser'],
  ['draw', 'drawing'],
  ['tasks', 'tasks'],
  ['boards', 'kanban'],
  ['apps', 'app-store'],
  ['passwords', 'passwords'],
  ['classroom', 'classroom'],
  ['pay', 'payments'],
  ['wallet', 'payments'],
  ['reader', 'reading-list'],
  ['pages', 'website'],
];
/** Paths a shared domain or a whole domain is split by, as the real ones are ("/spreadsheets", "/gp/video"). */
const PATH_WORDS = [
  'document',
  'spreadsheets',
  'presentation',
  'forms',
  'drawings',
  'calendar',
  'maps',
  'shopping',
  'books',
  'video',
  'music',
  'photos',
  'chat',
  'groups',
  'events',
  'watch',
  'reel',
  'messages',
  'marketplace',
  'store',
  'news',
  'jobs',
  'live',
  'notes',
  'pay',
  'learn',
];
const PATH_PARENTS = ['', '', '', '', 'gp/', 'intl/fr/', 'launch/', 'u/0/', 'fr/', 'store/'];

/** Country suffixes a made-up family draws from: the real ones of the Google family. */
function countrySuffixes(catalogue: DetectionCatalogue): string[] {
  const all = new Set(catalogue.domainFamilies.flatMap((family) => family.suffixes));
  return [...all].sort();
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

interface Firm {
  name: string;
  company: CompanyId;
  /** "korvalo.com", or "korvalo.*" when the firm has country domains. */
  root: string;
}

/**
 * An endless, reproducible stream of made-up services, never clashing with the
 * real catalogue's domains, ids or families.
 */
export function* syntheticServices(
  real: DetectionCatalogue,
  seed = 20_261_125,
): Generator<{ service: Service; families: DomainFamily[] }> {
  const random = seededRandom(seed);
  const suffixes = countrySuffixes(real);
  const realLabels = new Set(
    real.services.flatMap((service) =>
      service.match.flatMap((rule) => rule.domains.flatMap((domain) => domain.split('.'))),
    ),
  );
  const familyIds = new Set(real.domainFamilies.map((family) => family.id));
  const ids = new Set(real.services.map((service) => service.id));
  const usedNames = new Set<string>();
  const usedShort = new Set<string>();
  /** "domain+path" keys already given to a service: the catalogue check refuses two owners. */
  const claimed = new Set(
    real.services.flatMap((service) =>
      service.match.flatMap((rule) =>
        rule.domains.flatMap((domain) => (rule.paths ?? ['']).map((path) => `${domain}${path}`)),
      ),
    ),
  );

  const freshName = (): string => {
    for (;;) {
      const syllables = 2 + Math.floor(random() * 2);
      const name = Array.from({ length: syllables }, () => pick(SYLLABLES, random)).join('');
      // Never a label of the real catalogue, never twice.
      if (!usedNames.has(name) && !realLabels.has(name) && !familyIds.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const freshShort = (name: string): string => {
    for (;;) {
      const letters = name.replace(/[aeiou]/g, '') || name;
      const short = `${letters.slice(0, 2 + Math.floor(random() * 2))}${random() < 0.3 ? '' : Math.floor(random() * 90 + 10)}.${pick(SHORT_TLDS, random)}`;
      if (!usedShort.has(short) && !realLabels.has(short.split('.')[0])) {
        usedShort.add(short);
        return short;
      }
    }
  };
  const family = (id: string, source: string): DomainFamily => {
    const count = 6 + Math.floor(random() * 60);
    const chosen = sample(
      suffixes.filter((suffix) => suffix !== 'com'),
      count - 1,
      random,
    );
    return { id, suffixes: ['com', ...chosen], source };
  };

  for (;;) {
    const name = freshName();
    const hasFamily = random() < 0.3;
    const firmFamily = hasFamily ? family(name, `https://www.${name}.com/about/countries`) : null;
    const firm: Firm = {
      name,
      company: pick(COMPANIES, random),
      root: hasFamily ? `${name}.*` : `${name}.${pick(ROOT_TLDS, random)}`,
    };
    // The concrete domain of a pattern, for websites: the ".com" of a family.
    const concrete = (pattern: string) => pattern.replace(/^\*\./, 'www.').replace(/\.\*$/, '.com');
    const products = sample(PRODUCTS, 4 + Math.floor(random() * 10), random);
    const firmFamilies: DomainFamily[] = firmFamily ? [firmFamily] : [];
    const services: Service[] = [];

    const service = (word: string, need: string, match: MatchRule[], website: string): void => {
      let id = `${name}-${word}`;
      for (let n = 2; ids.has(id); n++) id = `${name}-${word}-${n}`;
      ids.add(id);
      services.push({
        id,
        company: firm.company,
        name: { fr: `${capitalised(name)} ${capitalised(word)}`, en: `${capitalised(name)} ${capitalised(word)}` },
        need,
        website,
        match,
      });
    };
    const pathFor = (word: string) => `/${pick(PATH_PARENTS, random)}${word}`;

    // The firm's own site: its country domains or its root, domain-wide (a search, a shop, a portal).
    const [firstWord, firstNeed] = products[0];
    service(
      firstWord,
      firstNeed,
      [{ domains: [`www.${firm.root}`, firm.root] }],
      `https://${concrete(`www.${firm.root}`)}/`,
    );
    const rootPaths = new Set<string>();

    for (const [word, need] of products.slice(1)) {
      const shape = random();
      if (shape < 0.3) {
        // A dedicated subdomain, sometimes with a vanity domain (gmail.com).
        const domains = [`${word}.${firm.root}`];
        if (random() < 0.3) domains.push(`${name}${word}.com`, `www.${name}${word}.com`);
        service(word, need, [{ domains }], `https://${concrete(domains[0])}/`);
      } else if (shape < 0.45) {
        // A product domain with all its subdomains (*.youtube.com), and a short link.
        const domain = `${name}${word}.${pick(ROOT_TLDS, random)}`;
        const domains = [`*.${domain}`];
        if (random() < 0.5) domains.push(freshShort(`${name}${word}`));
        service(word, need, [{ domains }], `https://www.${domain}/`);
      } else if (shape < 0.65) {
        // A shared domain split by path: one service domain-wide, others by path (docs.google.com).
        const domain = `${word}.${firm.root}`;
        service(word, need, [{ domains: [domain] }], `https://${concrete(domain)}/`);
        for (const [other, otherNeed] of sample(PRODUCTS, 1 + Math.floor(random() * 4), random)) {
          const paths = [...new Set(sample(PATH_WORDS, 1 + Math.floor(random() * 2), random).map(pathFor))];
          service(
            `${word}-${other}`,
            otherNeed,
            [{ domains: [domain], paths }],
            `https://${concrete(domain)}${paths[0]}/`,
          );
        }
      } else if (shape < 0.8) {
        // A path of the firm's main site on every country domain (www.google.*/maps), and its own subdomain.
        const paths = [pathFor(pick(PATH_WORDS, random))].filter((path) => !rootPaths.has(path));
        if (paths.length === 0) continue;
        for (const path of paths) rootPaths.add(path);
        service(
          word,
          need,
          [{ domains: [`www.${firm.root}`, firm.root], paths }, { domains: [`${word}.${firm.root}`] }],
          `https://${concrete(`www.${firm.root}`)}${paths[0]}`,
        );
      } else if (shape < 0.9 && firmFamily) {
        // A product with its own country domains and their subdomains (*.audible.*).
        const productFamily = family(`${name}${word}`, `https://www.${name}${word}.com/about/countries`);
        firmFamilies.push(productFamily);
        service(word, need, [{ domains: [`*.${productFamily.id}.*`] }], `https://www.${productFamily.id}.com/`);
      } else {
        // Path rules over a whole domain and its subdomains (*.facebook.com/groups).
        const domain = `${name}${pick(['gram', 'hub', 'space', 'verse', 'zone'], random)}.${pick(ROOT_TLDS, random)}`;
        service(word, need, [{ domains: [`*.${domain}`] }], `https://www.${domain}/`);
        const paths = [...new Set(sample(PATH_WORDS, 1 + Math.floor(random() * 3), random).map((path) => `/${path}`))];
        service(`${word}-sections`, need, [{ domains: [`*.${domain}`], paths }], `https://www.${domain}${paths[0]}`);
      }
    }
    for (const made of services) {
      // Each service carries the families its rules name; a rule clash with anything before drops it.
      const keys = made.match.flatMap((rule) =>
        rule.domains.flatMap((domain) => (rule.paths ?? ['']).map((path) => `${domain}${path}`)),
      );
      if (keys.some((key) => claimed.has(key)) || new Set(keys).size !== keys.length) continue;
      for (const key of keys) claimed.add(key);
      const families = firmFamilies.filter((f) =>
        made.match.some((rule) =>
          rule.domains.some((domain) => domain === `${f.id}.*` || domain.endsWith(`.${f.id}.*`)),
        ),
      );
      yield { service: made, families };
    }
  }
}

/**
 * The real catalogue with made-up services added until it holds `factor` times as
 * many services as today; factor 1 is the real catalogue itself.
 */
export function growCatalogue(real: DetectionCatalogue, factor: number, seed?: number): DetectionCatalogue {
  const target = Math.round(real.services.length * factor);
  const services = [...real.services];
  const domainFamilies = [...real.domainFamilies];
  const known = new Set(domainFamilies.map((family) => family.id));
  const stream = syntheticServices(real, seed);
  while (services.length < target) {
    const { service, families } = stream.next().value!;
    services.push(service);
    for (const family of families) {
      if (known.has(family.id)) continue;
      known.add(family.id);
      domainFamilies.push(family);
    }
  }
  return { services, domainFamilies };
}
