/**
 * The bundled catalogue as every browser scenario reads it: loaded and checked once per file,
 * with the plain look-ups the expectations need (written here, apart from the extension's own).
 */
import { loadValidCatalogue } from '../../scripts/catalogue-files';

export const catalogue = loadValidCatalogue();

const found = <T>(what: string, id: string, entry: T | undefined): T => {
  if (entry === undefined) throw new Error(`the catalogue has no ${what} ${id}`);
  return entry;
};

export const serviceById = (id: string) =>
  found(
    'service',
    id,
    catalogue.services.find((service) => service.id === id),
  );
export const needById = (id: string) =>
  found(
    'need',
    id,
    catalogue.categories.find((category) => category.id === id),
  );
/** The need a service answers, with its alternatives. */
export const needOf = (serviceId: string) => needById(serviceById(serviceId).category);
export const providerById = (id: string) =>
  found(
    'host',
    id,
    catalogue.providers.find((provider) => provider.id === id),
  );
export const softwareById = (id: string) =>
  found(
    'software',
    id,
    catalogue.software.find((software) => software.id === id),
  );
/** The names of a service's alternatives, in the popup's order. */
export const alternativeNames = (serviceId: string) =>
  needOf(serviceId).alternatives.map((alternative) => softwareById(alternative.software).name);
