/**
 * What each part of the extension needs from the catalogue, computed once at
 * build time, so that no part re-validates or scans the whole catalogue at run time.
 */

import type { Catalogue, CompanyId, LeavingNote, LocalText } from './catalogue/schema';
import { compileIndex } from './detect/compile';
import type { DetectionIndex } from './detect/index-format';

export interface BadgeFacts {
  name: LocalText;
  /** For the local footprint, which counts arrivals per company. */
  company: CompanyId;
  /** How many libre alternatives the popup lists for this service (the closest options when there is no equivalent). */
  alternatives: number;
  /** False when no libre software does the same job yet: the alternatives are only the closest options. */
  equivalent: boolean;
  /** The first few of them by name, for the in-page card. */
  examples: string[];
}

/** The background's slice: detection and badge facts, no texts beyond service names. */
export interface BackgroundSlice {
  index: DetectionIndex;
  services: Record<string, BadgeFacts>;
}

export function backgroundSlice(catalogue: Catalogue): BackgroundSlice {
  const softwareNames = new Map(catalogue.software.map((software) => [software.id, software.name]));
  const needs = new Map(catalogue.needs.map((need) => [need.id, need]));
  const services: Record<string, BadgeFacts> = {};
  for (const service of catalogue.services) {
    const need = needs.get(service.need);
    const alternatives = need?.alternatives ?? [];
    services[service.id] = {
      name: service.name,
      company: service.company,
      alternatives: alternatives.length,
      equivalent: need?.noEquivalent === undefined,
      examples: alternatives
        .slice(0, 3)
        .map((alternative) => softwareNames.get(alternative.software) ?? alternative.software),
    };
  }
  return { index: compileIndex(catalogue), services };
}

/**
 * The pages' catalogue: all of it but the services' leaving guides (a third of its weight in
 * December 2026), of which a page shows one service's at a time: they come apart
 * (`leavingGuides`), after the first frame.
 */
export function pageCatalogue(catalogue: Catalogue): Catalogue {
  return { ...catalogue, services: catalogue.services.map(({ leaving: _guide, ...service }) => service) };
}

/** Each service's leaving guide, by service id. */
export function leavingGuides(catalogue: Catalogue): Record<string, LeavingNote> {
  return Object.fromEntries(
    catalogue.services.flatMap((service) => (service.leaving ? [[service.id, service.leaving]] : [])),
  );
}

/** Every simple-icons slug the catalogue names, so only those icons are bundled. */
export function iconSlugs(catalogue: Catalogue): string[] {
  const slugs = new Set<string>();
  for (const list of [catalogue.companies, catalogue.services, catalogue.software]) {
    for (const entry of list) if (entry.icon) slugs.add(entry.icon);
  }
  return [...slugs].sort();
}

export interface BrandIcon {
  title: string;
  /** Brand colour, six hex digits without "#". */
  hex: string;
  /** SVG path data in a 24×24 box. */
  path: string;
}
