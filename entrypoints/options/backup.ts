/**
 * One file that holds the user's settings and imported hosts: saved from the settings
 * page, read back there, where it restores both exactly. Checked whole before anything
 * is written.
 */
import { z } from 'zod';
import { zodIssues } from '@/utils/catalogue/assemble';
import { LocalList, migratedLocalList } from '@/utils/local-list';
import { interpretSettings, type Settings } from '@/utils/settings';
import { type ImportProblem, parseJson } from './local-list-import';

export const BACKUP_FORMAT = 'circuit-court-backup';

const BACKUP_VERSION = 2;

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When it was saved, for the user's eyes. */
  saved: z.iso.datetime(),
  /** Any version the extension can read: older ones are migrated on restore. */
  settings: z.unknown(),
  /** A backup saved before version 2 of the local list holds a version 1 list, read as today's. */
  localList: z.preprocess(migratedLocalList, LocalList.nullable()),
});
export type Backup = z.infer<typeof Backup>;

export function makeBackup(settings: Settings, localList: LocalList | null, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, saved: now.toISOString(), settings, localList };
}

/** Version 1 kept the local list under "overlay", the code's first word for it: read as version 2. */
function migratedBackup(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return value;
  const { overlay, ...rest } = value as Record<string, unknown>;
  return { ...rest, version: BACKUP_VERSION, localList: overlay };
}

/** Is this parsed JSON meant as a backup (rather than a list of hosts)? */
export const looksLikeBackup = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT;

export type BackupRead =
  | { ok: true; settings: Settings; localList: LocalList | null }
  | { ok: false; problems: ImportProblem[] };

export function readBackup(file: string, text: string): BackupRead {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const backup = Backup.safeParse(migratedBackup(parsed.value));
  if (!backup.success) {
    return {
      ok: false,
      problems: zodIssues(backup.error).map((issue) => ({ file, ...issue })),
    };
  }
  const { settings, problem } = interpretSettings(backup.data.settings);
  if (problem !== null) {
    const message =
      problem === 'newer-version'
        ? 'these settings come from a newer version of the extension'
        : 'these settings are not readable';
    return { ok: false, problems: [{ file, where: 'settings', message }] };
  }
  return { ok: true, settings, localList: backup.data.localList };
}
