/**
 * The settings' version and defaults, apart from their schema (settings.ts) so that a page can
 * draw its first frame before zod is loaded.
 */
import type { Settings } from './settings';

export const SETTINGS_VERSION = 2;

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  language: 'auto',
  place: null,
  collectives: [],
  notice: 'daily',
  mutedSites: [],
  footprint: true,
};
