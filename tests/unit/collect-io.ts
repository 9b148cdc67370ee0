/** What the collect commands' tests share: a fresh folder, and an io that records what a command prints. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectIo } from '../../scripts/collect-cli';
import { testKnown } from '../fixtures/chatonsinfos/known-entries';

export type RecordingIo = CollectIo & { out: string[]; err: string[] };

/** A new temporary folder (named from `prefix`) and an io for the test known, at a fixed "now". */
export function freshFolder(prefix: string): { dir: string; io: RecordingIo } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    dir: mkdtempSync(join(tmpdir(), prefix)),
    io: {
      log: (line) => out.push(line),
      error: (line) => err.push(line),
      known: testKnown,
      now: new Date('2026-02-01T12:00:00Z'),
      out,
      err,
    },
  };
}

/** A JSON file a command wrote. */
export const written = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
