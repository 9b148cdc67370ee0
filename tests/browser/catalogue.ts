/**
 * The bundled catalogue as every browser scenario reads it: loaded and checked once per file,
 * with the plain look-ups the expectations need (written here, apart from the extension's own).
 */
import { loadValidCatalogue } from '../../scripts/catalogue-files';

export const catalogue = loadValidCatalogue();

/** A look-up by id that fails loudly when the catalogue lost the entry. */
function lookup<T extends { id: string }>(what: string, list: readonly T[]): (id: string) => T {
  const entries = new Map(list.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = entries.get(id);
    if (entry === undefined) throw new Error(`the catalogue has no ${what} ${id}`);
    return entry;
  };
}

export const serviceById = lookup('service', catalogue.services);
export const needById = lookup('need', catalogue.needs);
export const hostById = lookup('host', catalogue.hosts);
export const softwareById = lookup('software', catalogue.software);
/** The need a service answers, with its alternatives. */
export const needOf = (serviceId: string) => needById(serviceById(serviceId).need);
/** The names of a service's alternatives, in the popup's order. */
export const alternativeNames = (serviceId: string) =>
  needOf(serviceId).alternatives.map((alternative) => softwareById(alternative.software).name);
