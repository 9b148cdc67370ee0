/**
 * The maintainers' command line: `npm run catalogue -- <command> [arguments]`.
 * Each command lives in its own file under `commands/`.
 */
import { check } from './commands/check';
import { collectChatonsInfosCommand } from './commands/collect-chatonsinfos';
import { collectLibrehostersCommand } from './commands/collect-librehosters';
import type { Command } from './commands/command';
import { coverage } from './commands/coverage';
import { detect } from './commands/detect';
import { nearby } from './commands/nearby';
import { place } from './commands/place';
import { schema } from './commands/schema';
import { stats } from './commands/stats';

const commands: Record<string, Command> = {
  check,
  coverage,
  detect,
  'collect-chatonsinfos': collectChatonsInfosCommand,
  'collect-librehosters': collectLibrehostersCommand,
  nearby,
  place,
  schema,
  stats,
};

/** Commands under their names before "collect" took over from "import", kept for one release. */
const renamed: Record<string, string> = {
  'import-chatonsinfos': 'collect-chatonsinfos',
  'import-librehosters': 'collect-librehosters',
};

async function main(argv: string[]): Promise<number> {
  let [name, ...args] = argv;
  if (name !== undefined && Object.hasOwn(renamed, name)) {
    console.error(`note: ${name} is now ${renamed[name]}; the old name goes in the next release`);
    name = renamed[name];
  }
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(
      `usage: npm run catalogue -- <command>\n${Object.values(commands)
        .map((c) => `  ${c.usage}`)
        .join('\n')}`,
    );
    return 2;
  }
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
