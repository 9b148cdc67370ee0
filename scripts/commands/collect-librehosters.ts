import { finishCandidates } from '../../utils/candidates/candidate';
import { librehostCandidate, walkLibrehosters } from '../../utils/candidates/librehosters';
import type { Loader } from '../../utils/candidates/loader';
import {
  type CollectIo,
  consoleIo,
  finish,
  isoDay,
  isUrlInput,
  knownEntries,
  localPool,
  networkLoader,
  optionsUsage,
  parseCollectArgs,
} from '../collect-cli';
import type { Command } from './command';

const usage = `collect-librehosters <file|url> ${optionsUsage}`;

/**
 * Reads the Librehosters directory (or one member's librehost.json), then each member's
 * librehost.json, and writes candidate hosts for review. A URL is followed over the network
 * within limits; a local directory.json finds its members among the files next to it (as
 * `<host>/librehost.json`) and never uses the network.
 */
export async function collectLibrehosters(args: readonly string[], io: CollectIo = consoleIo): Promise<number> {
  const parsed = parseCollectArgs(args, 'librehosters');
  if (typeof parsed === 'string') {
    io.error(`${parsed}\nusage: npm run catalogue -- ${usage}`);
    return 2;
  }
  const known = knownEntries(io);
  let loader: Loader;
  if (isUrlInput(parsed.input)) {
    loader = networkLoader(parsed.input, parsed.limits);
  } else {
    const pool = localPool(parsed.input, '.json', parsed.limits.maxBytes);
    if (typeof pool === 'string') {
      io.error(pool);
      return 1;
    }
    if (pool.isDirectory) {
      io.error(
        `${parsed.input} is a folder: give the directory.json (or a librehost.json) file\nusage: npm run catalogue -- ${usage}`,
      );
      return 2;
    }
    loader = pool.loader;
  }
  const result = await walkLibrehosters(parsed.input, loader);
  const checked = isoDay(io.now ?? new Date());
  const candidates = finishCandidates(
    result.members.map((member) => librehostCandidate(member, known, { checked })),
    known,
  );
  return finish(
    {
      collector: 'librehosters',
      input: parsed.input,
      counts: {
        'files read': result.filesRead,
        organisations: result.members.length,
        services: result.members.reduce(
          (sum, member) => sum + (Array.isArray(member.doc.services) ? member.doc.services.length : 0),
          0,
        ),
      },
      candidates,
      problems: result.problems,
      warnings: result.warnings,
    },
    parsed,
    io,
  );
}

export const collectLibrehostersCommand: Command = {
  usage: `${usage}  candidate hosts from the Librehosters directory`,
  run: (args) => collectLibrehosters(args),
};
