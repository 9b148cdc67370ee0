/**
 * The maintainers' command line: `npm run catalogue -- <command> [arguments]`.
 * Each command is a small function over the catalogue read from `data/`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueJsonSchema } from '../utils/catalogue/json-schema';
import { compileIndex } from '../utils/detect/compile';
import { detectService } from '../utils/detect/detect';
import { dataDir, loadCatalogue, loadValidCatalogue, schemaFile } from './catalogue-files';

type Command = (args: string[]) => number | Promise<number>;

/** One JSON line per URL, in order; a URL that is not a GAFAM service (or not a URL) gives company null. */
function detect(urls: string[]): number {
  const catalogue = loadValidCatalogue();
  const index = compileIndex(catalogue);
  const services = new Map(catalogue.services.map((service) => [service.id, service]));
  for (const url of urls) {
    const id = detectService(url, index);
    const service = id === null ? undefined : services.get(id);
    const line = service
      ? { url, company: service.company, service: service.name.en, category: service.category }
      : { url, company: null };
    console.log(JSON.stringify(line));
  }
  return 0;
}

function check(): number {
  const { problems } = loadCatalogue();
  for (const problem of problems) console.log(`${problem.file} ${problem.path}: ${problem.message}`);
  console.log(problems.length === 0 ? 'catalogue OK' : `${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

function schema(): number {
  const path = join(dataDir, schemaFile);
  writeFileSync(path, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${path}`);
  return 0;
}

const commands: Record<string, { usage: string; run: Command }> = {
  detect: { usage: 'detect <url>...        which GAFAM service each URL is (JSON lines)', run: detect },
  check: { usage: 'check                  validate data/: schema, ids, references', run: check },
  schema: { usage: 'schema                 write data/catalogue.schema.json for editors', run: schema },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(`usage: npm run catalogue -- <command>\n${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}`);
    return 2;
  }
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
