/**
 * What the tests expect, written apart from the code they check: a second, plain reading
 * of the catalogue's rules, so that a slip in the code does not slip into the expectation.
 */
import type { Catalogue, Provider } from '../utils/catalogue/schema';

/**
 * The hosts shown for a need: those offering it, and those running, for any need, a software
 * listed for it as a whole (software made of apps counts only where the host names the need).
 */
export function hostsRunning(catalogue: Catalogue, need: string): Provider[] {
  const listed = new Set(
    catalogue.categories.find((category) => category.id === need)?.alternatives.map((a) => a.software),
  );
  const whole = (id: string | undefined) =>
    id !== undefined && !catalogue.software.find((software) => software.id === id)?.apps;
  return catalogue.providers.filter((provider) =>
    provider.offers.some((offer) => offer.category === need || (whole(offer.software) && listed.has(offer.software!))),
  );
}

/** How many libre alternatives the popup lists for a service: its need's. */
export function alternativeCount(catalogue: Catalogue, serviceId: string): number {
  const need = catalogue.services.find((service) => service.id === serviceId)?.category;
  return catalogue.categories.find((category) => category.id === need)?.alternatives.length ?? 0;
}

/** The toolbar button's French title on a service with a libre equivalent: "Google Docs — 5 alternatives libres". */
export function frenchBadgeTitle(catalogue: Catalogue, serviceId: string): string {
  const name = catalogue.services.find((service) => service.id === serviceId)?.name.fr;
  const n = alternativeCount(catalogue, serviceId);
  return `${name} — ${n} alternative${n > 1 ? 's' : ''} libre${n > 1 ? 's' : ''}`;
}
