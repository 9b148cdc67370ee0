/**
 * The user's choices: one versioned record in `storage.local`, checked with zod on
 * every read. A record that is corrupted or from an unknown version reads as the
 * defaults and is reported, but is left in place: nothing is lost until the user
 * saves again, and no other record is touched.
 *
 * Written with zod/mini, whose unused parts are left out of the bundle. The version and the
 * defaults are apart (settings-defaults.ts), as is the copy the popup draws its first frame
 * from (settings-hint.ts): the popup loads this module, and zod, after that frame.
 */
import { z } from 'zod/mini';
import { defaultSettings, SETTINGS_VERSION } from './settings-defaults';
import { records, storedItem } from './storage';

/** A place the user typed and picked; it never leaves the browser. */
export const ChosenPlace = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  postalCode: z.nullable(z.string().check(z.maxLength(12))),
  area: z.string().check(z.maxLength(200)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  /** The point stands for the surrounding area (a small commune GeoNames does not place). */
  approximate: z.optional(z.boolean()),
});

/** A site where the extension stays silent: a host as the user gave it ("mail.google.com"). */
export const MutedSite = z
  .string()
  .check(
    z.maxLength(253),
    z.regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/, 'a host name such as "mail.google.com"'),
  );

export const Settings = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  language: z.enum(['auto', 'fr', 'en']),
  place: z.nullable(ChosenPlace),
  /** Collective ids whose members are shown; empty means every host. */
  collectives: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
  /** The card shown in GAFAM pages: never, once a day per service, or on every visit. */
  notice: z.enum(['never', 'daily', 'always']),
  mutedSites: z.array(MutedSite).check(z.maxLength(500)),
  /** Count visits to GAFAM services per company and day, on this device only. */
  footprint: z.boolean(),
});

/** Version 1, as it was stored before the in-page notice, muted sites and the footprint. */
const SettingsV1 = z.strictObject({
  version: z.literal(1),
  language: z.enum(['auto', 'fr', 'en']),
  place: z.nullable(ChosenPlace),
  collectives: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
});

export type ChosenPlace = z.infer<typeof ChosenPlace>;
export type Settings = z.infer<typeof Settings>;

/** Each earlier version, read as the current one: what the user chose is kept, what is new takes its default. */
const migrations: ((stored: unknown) => Settings | null)[] = [
  (stored) => {
    const parsed = SettingsV1.safeParse(stored);
    return parsed.success ? { ...defaultSettings, ...parsed.data, version: SETTINGS_VERSION } : null;
  },
];

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored record was not used, for a one-line notice; null when it was fine or absent. */
  problem: 'corrupted' | 'newer-version' | null;
}

/** Reads what storage holds; pure, so that every odd shape can be tested. */
export function interpretSettings(stored: unknown): LoadedSettings {
  if (stored === undefined) return { settings: defaultSettings, problem: null };
  const parsed = Settings.safeParse(stored);
  if (parsed.success) return { settings: parsed.data, problem: null };
  for (const migrate of migrations) {
    const migrated = migrate(stored);
    if (migrated) return { settings: migrated, problem: null };
  }
  const version = (stored as { version?: unknown } | null)?.version;
  const newer = typeof version === 'number' && version > SETTINGS_VERSION;
  return { settings: defaultSettings, problem: newer ? 'newer-version' : 'corrupted' };
}

const stored = storedItem(records.settings, interpretSettings);

export const loadSettings = (): Promise<LoadedSettings> => stored.get();

/** Saves a change on top of the current settings; refuses (throws) anything the schema refuses. */
export async function saveSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = Settings.parse({ ...settings, ...change, version: SETTINGS_VERSION });
  await stored.set(next);
  return next;
}

export const onSettingsChanged = (listener: (loaded: LoadedSettings) => void): (() => void) => stored.watch(listener);
