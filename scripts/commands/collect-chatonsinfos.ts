import { finishCandidates } from '../../utils/candidates/candidate';
import { createChatonsInfosWalk, organizationCandidate, readChatonsInfos } from '../../utils/candidates/chatonsinfos';
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

const usage = `collect-chatonsinfos <file|dir|url> ${optionsUsage}`;

/**
 * Reads ChatonsInfos files (a federation, an organisation, or a directory of them), follows
 * their `subs.*` links and writes candidate hosts for review. A URL is followed over the
 * network within limits; a local file or directory never uses the network.
 */
export async function collectChatonsInfos(args: readonly string[], io: CollectIo = consoleIo): Promise<number> {
  const parsed = parseCollectArgs(args, 'chatonsinfos');
  if (typeof parsed === 'string') {
    io.error(`${parsed}\nusage: npm run catalogue -- ${usage}`);
    return 2;
  }
  const known = knownEntries(io);
  let walk: ReturnType<typeof createChatonsInfosWalk>;
  if (isUrlInput(parsed.input)) {
    walk = createChatonsInfosWalk(networkLoader(parsed.input, parsed.limits));
    await walk.visit(parsed.input);
  } else {
    const pool = localPool(parsed.input, '.properties', parsed.limits.maxBytes);
    if (typeof pool === 'string') {
      io.error(pool);
      return 1;
    }
    if (pool.files.length === 0) {
      io.error(`no .properties file in ${parsed.input}`);
      return 1;
    }
    walk = createChatonsInfosWalk(pool.loader, { concurrency: 1 });
    if (!pool.isDirectory) {
      await walk.visit(pool.files[0]);
    } else {
      // Federations first, then the organisations none of them listed, then the rest (to report it).
      const rank = { federation: 0, organization: 1, service: 2 } as const;
      const ordered = await Promise.all(
        pool.files.map(async (file) => {
          const loaded = await pool.loader(file, null);
          const read = loaded.ok ? readChatonsInfos(loaded.text, loaded.source) : null;
          return { file, rank: read?.ok ? rank[read.file.class] : 3 };
        }),
      );
      ordered.sort((a, b) => a.rank - b.rank);
      for (const { file } of ordered) {
        if (!walk.seen(pool.sourceOf(file))) await walk.visit(file);
      }
    }
  }

  const { result } = walk;
  for (const service of result.loneServices) {
    result.problems.push({
      source: service.source,
      reason: 'a service file that no organisation file lists: no candidate from it alone',
    });
  }
  const checked = isoDay(io.now ?? new Date());
  const candidates = finishCandidates(
    result.organizations.map((organization) => organizationCandidate(organization, known, { checked })),
    known,
  );
  return finish(
    {
      collector: 'chatonsinfos',
      input: parsed.input,
      counts: {
        'files read': result.filesRead,
        organisations: result.organizations.length,
        services: result.organizations.reduce((sum, organization) => sum + organization.services.length, 0),
      },
      candidates,
      problems: result.problems,
      warnings: result.warnings,
    },
    parsed,
    io,
  );
}

export const collectChatonsInfosCommand: Command = {
  usage: `${usage}  candidate hosts from ChatonsInfos files`,
  run: (args) => collectChatonsInfos(args),
};
