/**
 * The maintainers' command line: `npm run catalogue -- <command> [arguments]`.
 * Each command lives in its own file under `commands/`.
 */
import { check } from './commands/check';
import type { Command } from './commands/command';
import { coverage } from './commands/coverage';
import { detect } from './commands/detect';
import { importChatonsInfosCommand } from './commands/import-chatonsinfos';
import { importLibrehostersCommand } from './commands/import-librehosters';
import { nearby } from './commands/nearby';
import { place } from './commands/place';
import { schema } from './commands/schema';
import { stats } from './commands/stats';

const commands: Record<string, Command> = {
  check,
  coverage,
  detect,
  'import-chatonsinfos': importChatonsInfosCommand,
  'import-librehosters': importLibrehostersCommand,
  nearby,
  place,
  schema,
  stats,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
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
