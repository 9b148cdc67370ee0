import { resolve } from 'node:path';
import { STALE_AFTER_MONTHS, staleEntries } from '../../utils/catalogue/freshness';
import { dataDir, loadCatalogue } from '../catalogue-files';
import type { Command } from './command';

/** Today as the check sees it; CATALOGUE_TODAY (YYYY-MM-DD) sets it, for tests. */
const today = () => process.env.CATALOGUE_TODAY ?? new Date().toISOString().slice(0, 10);

export const check: Command = {
  usage:
    'check [dir]            validate data/ (or dir): schema, ids, references, licenses, texts; warn about old entries',
  run([dir]) {
    const { catalogue, problems } = loadCatalogue(dir === undefined ? dataDir : resolve(dir));
    for (const problem of problems) console.log(`${problem.file} ${problem.path}: ${problem.message}`);
    // Old facts are not wrong yet: a warning, and the check still passes.
    const stale = problems.length === 0 ? staleEntries(catalogue, today()) : [];
    for (const entry of stale) {
      console.log(
        `warning: ${entry.list} "${entry.id}" was checked on ${entry.checked}, more than ${STALE_AFTER_MONTHS} months ago: read its sources again`,
      );
    }
    console.log(
      problems.length === 0
        ? `catalogue OK${stale.length > 0 ? ` (${stale.length} warning(s))` : ''}`
        : `${problems.length} problem(s)`,
    );
    return problems.length === 0 ? 0 : 1;
  },
};
