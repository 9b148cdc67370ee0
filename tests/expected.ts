/**
 * What the tests expect, written apart from the code they check: a second, plain reading
 * of the catalogue's rules, so that a slip in the code does not slip into the expectation.
 */
import type { Catalogue, Host } from '../utils/catalogue/schema';

/**
 * The hosts shown for a need: those offering it, and those running, for any need, a software
 * listed for it as a whole (software made of apps counts only where the host names the need).
 */
export function hostsRunning(catalogue: Catalogue, need: string): Host[] {
  const listed = new Set(catalogue.needs.find((entry) => entry.id === need)?.alternatives.map((a) => a.software));
  const whole = (id: string | undefined) =>
    id !== undefined && !catalogue.software.find((software) => software.id === id)?.apps;
  return catalogue.hosts.filter((host) =>
    host.offers.some((offer) => offer.need === need || (whole(offer.software) && listed.has(offer.software!))),
  );
}

/** How many libre alternatives the popup lists for a service: its need's. */
export function alternativeCount(catalogue: Catalogue, serviceId: string): number {
  const need = catalogue.services.find((service) => service.id === serviceId)?.need;
  return catalogue.needs.find((entry) => entry.id === need)?.alternatives.length ?? 0;
}

/**
 * The toolbar button's title on a service: "Google Docs — 5 alternatives libres", or, where no
 * libre software does the same job yet, "Amazon — pas encore d’équivalent libre, 3 options proches".
 */
export function badgeTitle(catalogue: Catalogue, serviceId: string, language: 'fr' | 'en'): string {
  const service = catalogue.services.find((candidate) => candidate.id === serviceId);
  const closest = catalogue.needs.find((need) => need.id === service?.need)?.noEquivalent;
  const n = alternativeCount(catalogue, serviceId);
  const s = n > 1 ? 's' : '';
  if (language === 'fr')
    return closest
      ? `${service?.name.fr} — pas encore d’équivalent libre, ${n} option${s} proche${s}`
      : `${service?.name.fr} — ${n} alternative${s} libre${s}`;
  return closest
    ? `${service?.name.en} — no libre equivalent yet, ${n} closest option${s}`
    : `${service?.name.en} — ${n} libre alternative${s}`;
}
