import { z } from 'zod';
import { CatalogueFragment } from './schema';

/** The JSON Schema editors use for `data/*.json`, generated from the zod schema. */
export function catalogueJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CatalogueFragment, { target: 'draft-2020-12', io: 'input' }),
    title: 'Circuit court catalogue file',
    description: 'Any subset of the catalogue lists; the files of data/ are merged, then cross-checked.',
  };
}
