import { loadCatalogue } from '../catalogue-files';
import type { Command } from './command';

export const check: Command = {
  usage: 'check                  validate data/: schema, ids, references, licenses, texts',
  run() {
    const { problems } = loadCatalogue();
    for (const problem of problems) console.log(`${problem.file} ${problem.path}: ${problem.message}`);
    console.log(problems.length === 0 ? 'catalogue OK' : `${problems.length} problem(s)`);
    return problems.length === 0 ? 0 : 1;
  },
};
