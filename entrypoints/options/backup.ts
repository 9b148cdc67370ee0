/**
 * One file that holds the user's settings and imported hosts: saved from the settings
 * page, read back there, where it restores both exactly. Checked whole before anything
 * is written.
 */
import { z } from 'zod';
import { zodIssues } from '@/utils/catalogue/assemble';
import { migratedOverlay, Overlay } from '@/utils/overlay';
import { interpretSettings, type Settings } from '@/utils/settings';
import { type ImportProblem, parseJson } from './overlay-import';

export const BACKUP_FORMAT = 'circuit-court-backup';

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  /** When it was saved, for the user's eyes. */
  saved: z.iso.datetime(),
  /** Any version the extension can read: older ones are migrated on restore. */
  settings: z.unknown(),
  /** A backup saved before version 2 of the local list holds a version 1 list, read as today's. */
  overlay: z.preprocess(migratedOverlay, Overlay.nullable()),
});
export type Backup = z.infer<typeof Backup>;

export function makeBackup(settings: Settings, overlay: Overlay | null, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: 1, saved: now.toISOString(), settings, overlay };
}

/** Is this parsed JSON meant as a backup (rather than a list of hosts)? */
export const looksLikeBackup = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT;

export type BackupRead =
  | { ok: true; settings: Settings; overlay: Overlay | null }
  | { ok: false; problems: ImportProblem[] };

export function readBackup(file: string, text: string): BackupRead {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const backup = Backup.safeParse(parsed.value);
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
  return { ok: true, settings, overlay: backup.data.overlay };
}
