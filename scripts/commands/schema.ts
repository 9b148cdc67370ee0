import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueJsonSchema } from '../../utils/catalogue/json-schema';
import { dataDir, schemaFile } from '../catalogue-files';
import type { Command } from './command';

export const schema: Command = {
  usage: 'schema                 write data/catalogue.schema.json for editors',
  run() {
    writeFileSync(join(dataDir, schemaFile), `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
    console.log(`wrote data/${schemaFile}`);
    return 0;
  },
};
