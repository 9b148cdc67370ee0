import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CatalogueView } from '@/utils/catalogue/lookup';
import type { Locale } from '@/utils/i18n';
import type { ChosenPlace, Settings } from '@/utils/settings';
import { defaultSettings } from '@/utils/settings-defaults';

export const LocaleContext = createContext<Locale>('en');
export const CatalogueContext = createContext<CatalogueView | null>(null);

export const useLocale = () => useContext(LocaleContext);

export function useCatalogue(): CatalogueView {
  const view = useContext(CatalogueContext);
  if (!view) throw new Error('CatalogueContext is missing');
  return view;
}

export interface SettingsState {
  settings: Settings;
  /** Saves a change; the pages re-render from the storage event that follows. */
  update(change: Partial<Omit<Settings, 'version'>>): Promise<unknown>;
}

export const SettingsContext = createContext<SettingsState>({
  settings: defaultSettings,
  update: async () => undefined,
});

export const useSettings = () => useContext(SettingsContext);

/** The workshop's town the explore page was given for this tab (see entrypoints/explore/route.ts), if any. */
export const WorkshopContext = createContext<ChosenPlace | null>(null);

/** Where distances are measured from: the workshop's town when one is set, else the user's own place. */
export function useOrigin(): { place: ChosenPlace | null; workshop: boolean } {
  const workshop = useContext(WorkshopContext);
  const { settings } = useSettings();
  return workshop ? { place: workshop, workshop: true } : { place: settings.place, workshop: false };
}
