/**
 * The catalogue's one source of truth: these zod schemas give the TypeScript
 * types, the runtime validation of `data/` and of imported local lists, and the
 * JSON Schema that editors use (`npm run catalogue -- schema`).
 */
import { z } from 'zod';
import { ID_PATTERN } from './id';

export const Id = z.string().regex(ID_PATTERN, 'an id is lower-case words joined by hyphens, e.g. "google-docs"');

export const CompanyId = z.enum(['google', 'apple', 'meta', 'amazon', 'microsoft']);

/** Every text a user reads exists in French and in English. */
export const LocalText = z.strictObject({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** Only https links leave the extension: no http, javascript:, data: or other schemes. */
export const HttpsUrl = z
  .string()
  // The pattern (also given to editors through the JSON Schema) refuses spaces and user info, which the URL parser would fix silently.
  .regex(/^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, { message: 'expected an https:// URL', abort: true })
  .refine(isHttpsUrl, 'expected an https:// URL');

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const IsoDate = z.iso.date();

export const DomainPattern = z
  .string()
  .regex(
    /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.\*)?$/,
    'a domain pattern is lower-case ASCII labels, optionally "*." in front and ".*" at the end (e.g. "*.google.*")',
  )
  .describe(
    '"docs.google.com": exactly that domain. "*.youtube.com": youtube.com and all its subdomains. ' +
      '"www.google.*": www.google.<suffix> for each suffix of the "google" domain family. "*.amazon.*": both.',
  );

export const PathPrefix = z
  .string()
  .regex(/^\/[^\s?#]*$/, 'a path prefix starts with "/" and holds no spaces, "?" or "#"')
  .describe('Matched on whole segments, ignoring case: "/maps" matches /maps and /maps/…, not /mapsearch.');

export const MatchRule = z.strictObject({
  domains: z.array(DomainPattern).min(1),
  paths: z.array(PathPrefix).min(1).optional(),
});

export const IconSlug = z
  .string()
  .regex(/^[a-z0-9]+$/, 'a simple-icons slug, e.g. "nextcloud"')
  .describe('A simple-icons slug (CC0 brand icons); without one, the extension draws a neutral mark.');

export const Company = z.strictObject({
  id: CompanyId,
  name: z.string().min(1),
  website: HttpsUrl,
  icon: IconSlug.optional(),
});

export const DomainFamily = z.strictObject({
  id: Id,
  suffixes: z
    .array(z.string().regex(/^[a-z]{2,}(?:\.[a-z]{2,})*$/, 'a public suffix such as "fr" or "co.uk"'))
    .min(1)
    .describe('Public suffixes the company\'s country sites use, e.g. "fr", "co.uk", "com.be".'),
  source: HttpsUrl,
});

export const Alternative = z.strictObject({
  software: Id,
  why: LocalText.describe('Why this one, for this need: one plain sentence for a non-technical reader.'),
});

export const Need = z.strictObject({
  id: Id,
  name: LocalText.describe('The need, as a person would say it: "Write together", "Mail".'),
  noEquivalent: LocalText.optional().describe(
    'Set when no libre software does the same job yet: one plain sentence on what the closest options do and do not do.',
  ),
  alternatives: z
    .array(Alternative)
    .describe('Libre software for this need, best first; with noEquivalent, the closest options.'),
});

export const LeavingNote = z
  .strictObject({
    exportPage: HttpsUrl.optional().describe(
      "The company's own page where a user exports their data (e.g. Google Takeout); absent when the service has no export.",
    ),
    formats: z
      .array(z.string().min(1).max(40))
      .describe(
        'File formats of the export, e.g. ["MBOX", "ICS"]; empty when there is no export or when no page names them.',
      ),
    steps: LocalText.describe(
      'How to get the data out and into the first alternative, in two or three plain sentences; or, with no export, what one can do.',
    ),
    lost: LocalText.optional().describe('What does not come across: comments, shares, purchases locked by DRM…'),
    sources: z.array(HttpsUrl).min(1).optional().describe('The pages that state the export page and the formats.'),
    checked: IsoDate.optional().describe('The day those pages were read.'),
  })
  .describe(
    'How to leave the service: where to export, in which format, how the first alternative imports it, what is lost.',
  );

export const Service = z.strictObject({
  id: Id,
  company: CompanyId,
  name: LocalText.describe('Display names; "en" is the product\'s own name, e.g. "Google Sheets".'),
  need: Id,
  website: HttpsUrl,
  icon: IconSlug.optional(),
  match: z.array(MatchRule).min(1),
  leaving: LeavingNote.optional(),
  sources: z
    .array(HttpsUrl)
    .min(1)
    .optional()
    .describe("Public pages or domain lists that show these domains are the company's product."),
});

export const Provenance = z.strictObject({
  sources: z.array(HttpsUrl).min(1),
  checked: IsoDate,
});

export const SpdxExpression = z
  .string()
  .regex(
    /^[A-Za-z0-9.+()-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+()-]+)*$/,
    'an SPDX license expression, e.g. "AGPL-3.0-or-later"',
  )
  .describe(
    'SPDX license identifiers joined by AND, OR or WITH; every one must be libre (OSI-approved or free by the FSF).',
  );

/** A software is dormant past this many months without a release or a commit. */
export const DORMANT_AFTER_MONTHS = 24;

export const Maintenance = z
  .strictObject({
    latest: IsoDate.describe('The day of its newest release or commit that a source shows.'),
    kind: z
      .enum(['release', 'commit', 'package'])
      .describe(
        'Whether that day is a release, a commit, or a distribution shipping its newest release (the release came out on or before).',
      ),
    version: z.string().min(1).max(60).optional().describe('The release, when it is one.'),
    source: HttpsUrl.describe('The repository or release page the day was read from.'),
    checked: IsoDate.describe('The day the source was read.'),
    archived: z.literal(true).optional().describe('The project says it is archived or no longer developed.'),
    keptBecause: LocalText.optional().describe('Why an archived or dormant project is still listed.'),
  })
  .describe(
    `Its newest release or commit; nothing for ${DORMANT_AFTER_MONTHS} months before the check makes it dormant.`,
  );

export const Software = z.strictObject({
  id: Id,
  name: z.string().min(1),
  license: SpdxExpression,
  website: HttpsUrl,
  sourceCode: HttpsUrl,
  selfHostable: z.boolean().describe('Can a collective (or you) run it on a server? False for apps one installs.'),
  accountless: z
    .boolean()
    .optional()
    .describe('True when one can use it without creating an account anywhere (a shared pad, an app on one’s device).'),
  icon: IconSlug.optional(),
  maintenance: Maintenance.optional().describe('Whether it is maintained; absent until a source has been read.'),
  apps: z
    .literal(true)
    .optional()
    .describe(
      "Its features beyond the core come as apps a host may leave out (Nextcloud's calendar): a host offers it only for the needs it names.",
    ),
  summary: LocalText,
  provenance: Provenance,
});

export const Access = z.enum(['open', 'members', 'paid']);

/** A short text, as a price or membership note: a few words, not a paragraph. */
const ShortText = z.strictObject({
  fr: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80),
});

export const Offer = z.strictObject({
  need: Id.describe('The need it answers.'),
  software: Id.optional().describe(
    'The libre software behind it, when the host names one; a mailbox at an associative ISP names none.',
  ),
  url: HttpsUrl,
  access: Access.describe('How to join: open to anyone, for members of the association, or a paid plan.'),
  note: ShortText.optional().describe(
    'The price or membership as the host states it, in a few words: "adhésion 15 € par an".',
  ),
});

export const Reach = z
  .strictObject({
    scope: z
      .enum(['anywhere', 'local'])
      .describe('"anywhere": takes members wherever they live; "local": only from its area.'),
    area: LocalText.optional().describe(
      'The area it serves, as a source states it: "Alsace", "Grenoble et ses alentours".',
    ),
  })
  .describe('Whom the host takes, when a source says so.');

export const Place = z.strictObject({
  city: z.string().min(1),
  postalCode: z.string().min(1).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code, e.g. "FR"'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const Host = z.strictObject({
  id: Id,
  name: z.string().min(1),
  website: HttpsUrl,
  place: Place.nullable().describe('Null when no public source states where the host is.'),
  collectives: z.array(Id).describe('Only the memberships a public source states.'),
  reach: Reach.optional(),
  join: HttpsUrl.optional().describe('The page that says how to become a member or a user.'),
  offers: z.array(Offer),
  provenance: Provenance,
});

export const Collective = z.strictObject({
  id: Id,
  name: z.string().min(1),
  website: HttpsUrl,
  summary: LocalText,
  provenance: Provenance,
});

export const ClosedService = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    domains: z.array(DomainPattern).min(1).describe('Its addresses: no offer, host or software may link there.'),
    closed: IsoDate.describe('The day it closed, or stopped taking new users, as the source announces it.'),
    source: HttpsUrl,
  })
  .describe('A hosted service that has closed: the check refuses any link to it, so nobody is sent to a dead end.');

export const Catalogue = z.strictObject({
  companies: z.array(Company),
  domainFamilies: z.array(DomainFamily),
  needs: z.array(Need),
  services: z.array(Service),
  software: z.array(Software),
  hosts: z.array(Host),
  collectives: z.array(Collective),
  closedServices: z.array(ClosedService),
});

export const catalogueKeys = Object.keys(Catalogue.shape) as CatalogueKey[];

/** One file of `data/` (or an imported local list): any subset of the catalogue's lists. */
export const CatalogueFragment = Catalogue.partial().extend({ $schema: z.string().optional() });

export type Id = z.infer<typeof Id>;
export type CompanyId = z.infer<typeof CompanyId>;
export type LocalText = z.infer<typeof LocalText>;
export type MatchRule = z.infer<typeof MatchRule>;
export type Company = z.infer<typeof Company>;
export type DomainFamily = z.infer<typeof DomainFamily>;
export type Alternative = z.infer<typeof Alternative>;
export type Need = z.infer<typeof Need>;
export type Service = z.infer<typeof Service>;
export type LeavingNote = z.infer<typeof LeavingNote>;
export type Software = z.infer<typeof Software>;
export type Access = z.infer<typeof Access>;
export type Offer = z.infer<typeof Offer>;
export type Place = z.infer<typeof Place>;
export type Host = z.infer<typeof Host>;
export type Collective = z.infer<typeof Collective>;
export type ClosedService = z.infer<typeof ClosedService>;
export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueFragment = z.infer<typeof CatalogueFragment>;
export type CatalogueKey = keyof Catalogue;
