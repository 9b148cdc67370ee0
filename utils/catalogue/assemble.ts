/**
 * Turns catalogue fragments (the files of `data/`, an imported local list) into one
 * catalogue, reporting every problem with the file and the path inside it.
 * Pure: the callers read files; this never touches a disk or the network.
 */
import type { z } from 'zod';
import { expandFamily } from './families';
import { isDormant } from './freshness';
import { judgeLicense } from './licenses';
import {
  type Catalogue,
  CatalogueFragment,
  type CatalogueKey,
  type ClosedService,
  catalogueKeys,
  type LocalText,
} from './schema';
import { siteKey } from './site-key';
import { typographyProblems } from './typography';

export interface CatalogueSource {
  /** Where the fragment came from, as the user should see it: "data/services/google.json". */
  file: string;
  data: unknown;
}

export interface Problem {
  file: string;
  /** A JSON path inside the file, e.g. "services[3].match[0].domains[1]". */
  path: string;
  message: string;
}

export interface Assembled {
  catalogue: Catalogue;
  problems: Problem[];
}

/** Where each entry of the merged catalogue came from, to report problems precisely. */
type Origins = Record<CatalogueKey, { file: string; index: number }[]>;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(file)';
}

/** Each of zod's issues as where it is ("hosts[0].website", or "(file)") and what is wrong. */
export function zodIssues(error: z.ZodError): { where: string; message: string }[] {
  return error.issues.map((issue) => ({ where: formatPath(issue.path), message: issue.message }));
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return zodIssues(error).map(({ where, message }) => ({ file, path: where, message }));
}

function emptyCatalogue(): Catalogue {
  return {
    companies: [],
    domainFamilies: [],
    needs: [],
    services: [],
    software: [],
    hosts: [],
    collectives: [],
    closedServices: [],
  };
}

export interface AssembleOptions {
  /** Hold the texts to the project's typography (typography.ts); an imported list keeps the user's own. */
  typography?: boolean;
}

export function assembleCatalogue(
  sources: readonly CatalogueSource[],
  { typography = true }: AssembleOptions = {},
): Assembled {
  const catalogue = emptyCatalogue();
  const origins = Object.fromEntries(catalogueKeys.map((key) => [key, []])) as unknown as Origins;
  const problems: Problem[] = [];

  for (const source of sources) {
    const parsed = CatalogueFragment.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error));
      continue;
    }
    for (const key of catalogueKeys) {
      const entries = parsed.data[key];
      if (!entries) continue;
      entries.forEach((entry, index) => {
        (catalogue[key] as unknown[]).push(entry);
        origins[key].push({ file: source.file, index });
      });
    }
  }
  // A file that fails the schema is left out, so references into it would all look broken: fix shapes first.
  if (problems.length === 0) problems.push(...crossCheck(catalogue, origins, typography));
  return { catalogue, problems };
}

/** Checks that need the whole catalogue: unique ids, references, ambiguous rules. */
function crossCheck(catalogue: Catalogue, origins: Origins, typography: boolean): Problem[] {
  const problems: Problem[] = [];
  const at = (key: CatalogueKey, position: number, rest: readonly PropertyKey[], message: string) => {
    const origin = origins[key][position];
    problems.push({ file: origin.file, path: formatPath([key, origin.index, ...rest]), message });
  };

  const ids = {} as Record<CatalogueKey, Set<string>>;
  for (const key of catalogueKeys) {
    const seen = new Set<string>();
    catalogue[key].forEach((entry, position) => {
      if (seen.has(entry.id)) at(key, position, ['id'], `duplicate id "${entry.id}" in ${key}`);
      seen.add(entry.id);
    });
    ids[key] = seen;
  }
  const missing = (key: CatalogueKey, id: string) => !ids[key].has(id);

  catalogue.needs.forEach((need, position) => {
    const listed = new Set<string>();
    need.alternatives.forEach((alternative, index) => {
      if (missing('software', alternative.software)) {
        at('needs', position, ['alternatives', index, 'software'], `unknown software "${alternative.software}"`);
      }
      if (listed.has(alternative.software)) {
        at('needs', position, ['alternatives', index, 'software'], `"${alternative.software}" is listed twice`);
      }
      listed.add(alternative.software);
    });
  });

  const alternativesOf = new Map(
    catalogue.needs.map((need) => [need.id, new Set(need.alternatives.map((a) => a.software))]),
  );
  const families = Object.fromEntries(catalogue.domainFamilies.map((family) => [family.id, family.suffixes]));
  const claimed = new Map<string, string>();

  catalogue.services.forEach((service, position) => {
    if (missing('companies', service.company)) {
      at('services', position, ['company'], `unknown company "${service.company}"`);
    }
    if (missing('needs', service.need)) {
      at('services', position, ['need'], `unknown need "${service.need}"`);
    } else if (alternativesOf.get(service.need)?.size === 0) {
      at('services', position, ['need'], `need "${service.need}" lists no alternative`);
    }
    service.match.forEach((rule, ruleIndex) => {
      rule.domains.forEach((pattern, domainIndex) => {
        if (pattern.endsWith('.*') && expandFamily(pattern, families).length === 0) {
          at('services', position, ['match', ruleIndex, 'domains', domainIndex], `no domain family for "${pattern}"`);
        }
        if (pattern.startsWith('*.') && !pattern.slice(2).includes('.')) {
          at(
            'services',
            position,
            ['match', ruleIndex, 'domains', domainIndex],
            `"${pattern}" would match a whole top-level domain`,
          );
        }
        for (const path of rule.paths ?? ['']) {
          const key = `${pattern}${path}`;
          const owner = claimed.get(key);
          if (owner !== undefined && owner !== service.id) {
            at(
              'services',
              position,
              ['match', ruleIndex, 'domains', domainIndex],
              `"${key}" is already claimed by "${owner}"`,
            );
          }
          claimed.set(key, service.id);
        }
      });
    });
  });

  catalogue.hosts.forEach((host, position) => {
    host.collectives.forEach((collective, index) => {
      if (missing('collectives', collective))
        at('hosts', position, ['collectives', index], `unknown collective "${collective}"`);
    });
    host.offers.forEach((offer, index) => {
      if (missing('needs', offer.need)) {
        at('hosts', position, ['offers', index, 'need'], `unknown need "${offer.need}"`);
      } else if (offer.software !== undefined && !alternativesOf.get(offer.need)?.has(offer.software)) {
        at(
          'hosts',
          position,
          ['offers', index, 'software'],
          `"${offer.software}" is not an alternative listed for "${offer.need}"`,
        );
      }
    });
  });

  const suggested = new Set(catalogue.needs.flatMap((need) => need.alternatives.map((a) => a.software)));
  const softwareSites = new Map<string, string>();
  catalogue.software.forEach((software, position) => {
    const verdict = judgeLicense(software.license);
    if (!verdict.libre) at('software', position, ['license'], `not a libre license: ${verdict.reason}`);
    if (!suggested.has(software.id)) at('software', position, ['id'], `"${software.id}" is suggested in no need`);
    // Sister apps may share a website (Thunderbird and its Android app), never a source repository.
    sameSite(softwareSites, software.sourceCode, software.id, (other) =>
      at('software', position, ['sourceCode'], `same source code as software "${other}"`),
    );
    untranslated(software.summary, (message) => at('software', position, ['summary'], message));
    const maintenance = software.maintenance;
    if (maintenance) {
      if (maintenance.latest > maintenance.checked)
        at('software', position, ['maintenance', 'latest'], 'comes after the day the source was read');
      if (isDormant(software) && !maintenance.keptBecause) {
        const state = maintenance.archived ? 'archived' : `no release or commit since ${maintenance.latest}`;
        at('software', position, ['maintenance'], `${state}: say why it stays (keptBecause), or take it out`);
      }
      if (maintenance.keptBecause)
        untranslated(maintenance.keptBecause, (message) =>
          at('software', position, ['maintenance', 'keptBecause'], message),
        );
    }
  });

  const softwareById = new Map(catalogue.software.map((software) => [software.id, software]));
  catalogue.needs.forEach((need, position) => {
    need.alternatives.forEach((alternative, index) => {
      untranslated(alternative.why, (message) => at('needs', position, ['alternatives', index, 'why'], message));
    });
    if (need.noEquivalent)
      untranslated(need.noEquivalent, (message) => at('needs', position, ['noEquivalent'], message));
    // A project nobody maintains may be listed for a reason, never as the first choice.
    const first = softwareById.get(need.alternatives[0]?.software ?? '');
    if (first && isDormant(first))
      at(
        'needs',
        position,
        ['alternatives', 0, 'software'],
        `"${first.id}" is archived or dormant: it cannot come first`,
      );
  });
  catalogue.services.forEach((service, position) => {
    const leaving = service.leaving;
    if (!leaving) return;
    untranslated(leaving.steps, (message) => at('services', position, ['leaving', 'steps'], message));
    if (leaving.lost) untranslated(leaving.lost, (message) => at('services', position, ['leaving', 'lost'], message));
    // A note with no export page says there is none, and lists no formats; an export whose formats no page names lists none either.
    if (leaving.exportPage === undefined && leaving.formats.length > 0)
      at('services', position, ['leaving', 'exportPage'], 'formats without the page that exports them');
  });
  catalogue.collectives.forEach((collective, position) => {
    untranslated(collective.summary, (message) => at('collectives', position, ['summary'], message));
  });

  const hostSites = new Map<string, string>();
  catalogue.hosts.forEach((host, position) => {
    if (host.offers.length === 0) at('hosts', position, ['offers'], 'a host must offer at least one service');
    sameSite(hostSites, host.website, host.id, (other) =>
      at('hosts', position, ['website'], `same website as host "${other}"`),
    );
    const offered = new Set<string>();
    host.offers.forEach((offer, index) => {
      const key = `${offer.need}/${offer.software ?? '(software not named)'}`;
      if (offered.has(key)) at('hosts', position, ['offers', index], `"${key}" is offered twice`);
      offered.add(key);
      if (offer.note) untranslated(offer.note, (message) => at('hosts', position, ['offers', index, 'note'], message));
    });
    // "Only locally" tells a user nothing unless they can tell where.
    if (host.reach?.scope === 'local' && !host.reach.area && host.place === null) {
      at('hosts', position, ['reach'], 'a host that takes members only locally names its area or its place');
    }
  });

  for (const key of typography ? catalogueKeys : []) {
    catalogue[key].forEach((entry, position) => {
      eachLocalText(entry, [], (text, path) => {
        for (const locale of ['fr', 'en'] as const) {
          for (const message of typographyProblems(text[locale], locale)) at(key, position, [...path, locale], message);
        }
      });
    });
  }

  const closed = closedServiceAt(catalogue.closedServices);
  const refuseClosed = (key: CatalogueKey, position: number, path: PropertyKey[], url: string) => {
    const service = closed(url);
    if (service)
      at(
        key,
        position,
        path,
        `${service.name} closed on ${service.closed} (${service.source}): link to a running service instead`,
      );
  };
  catalogue.hosts.forEach((host, position) => {
    refuseClosed('hosts', position, ['website'], host.website);
    host.offers.forEach((offer, index) => {
      refuseClosed('hosts', position, ['offers', index, 'url'], offer.url);
    });
  });
  catalogue.software.forEach((software, position) => {
    refuseClosed('software', position, ['website'], software.website);
  });

  return problems;
}

/** The closed service a URL points into, if any: its domain or a subdomain of it. */
function closedServiceAt(services: readonly ClosedService[]): (url: string) => ClosedService | undefined {
  const byDomain = new Map<string, ClosedService>();
  for (const service of services)
    for (const domain of service.domains) byDomain.set(domain.replace(/^\*\./, ''), service);
  return (url) => {
    const labels = new URL(url).hostname.split('.');
    for (let start = 0; start < labels.length - 1; start++) {
      const service = byDomain.get(labels.slice(start).join('.'));
      if (service) return service;
    }
    return undefined;
  };
}

/** Two entries at one address are one entry written twice. */
function sameSite(seen: Map<string, string>, website: string, id: string, report: (other: string) => void) {
  const key = siteKey(website) ?? website;
  const other = seen.get(key);
  if (other !== undefined) report(other);
  else seen.set(key, id);
}

/** Every text in French and English inside an entry, with its path. */
function eachLocalText(value: unknown, path: PropertyKey[], visit: (text: LocalText, path: PropertyKey[]) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      eachLocalText(item, [...path, index], visit);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record.fr === 'string' && typeof record.en === 'string')
      visit(record as LocalText, path);
    else for (const key of keys) eachLocalText(record[key], [...path, key], visit);
  }
}

/** A sentence left the same in both languages was not translated. */
function untranslated(text: LocalText, report: (message: string) => void) {
  if (text.fr.trim() === text.en.trim()) report('the French and English texts are identical: one is missing');
}
