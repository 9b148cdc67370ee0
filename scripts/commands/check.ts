import { resolve } from 'node:path';
import { dataDir, loadCatalogue } from '../catalogue-files';
import type { Command } from './command';

export const check: Command = {
  usage: 'check [dir]            validate data/ (or dir): schema, ids, references, licenses, texts',
  run([dir]) {
    const { problems } = loadCatalogue(dir === undefined ? dataDir : resolve(dir));
    for (const problem of problems) console.log(`${problem.file} ${problem.path}: ${problem.message}`);
    console.log(problems.length === 0 ? 'catalogue OK' : `${problems.length} problem(s)`);
    return problems.length === 0 ? 0 : 1;
  },
};
