import catalogue from 'virtual:catalogue';
import { type ComponentChildren, render } from 'preact';
import { browser } from 'wxt/browser';
import { type CatalogueView, createCatalogueView } from '@/utils/catalogue/lookup';
import { type Locale, pickLocale } from '@/utils/i18n';
import { loadOverlay, OVERLAY_KEY, type Overlay, withOverlay } from '@/utils/overlay';
import { type LoadedSettings, loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings';
import { CatalogueContext, LocaleContext, SettingsContext } from './context';
import './styles.css';

export interface PageContext {
  locale: Locale;
  settingsProblem: LoadedSettings['problem'];
  overlay: Overlay | null;
  /** The stored list of imported hosts was unreadable (and is ignored). */
  overlayCorrupted: boolean;
}

/** The bundled catalogue, with the hosts the user imported marked as theirs. */
function viewWith(overlay: Overlay | null): CatalogueView {
  return createCatalogueView(withOverlay(catalogue, overlay), new Set(overlay?.providers.map((provider) => provider.id)));
}

/**
 * Renders an extension page with the catalogue, the user's settings and their
 * language, and renders it again when the settings change (in any page).
 * Returns a function to render again on other news (the popup's tab moving).
 */
export async function mountPage(draw: (context: PageContext) => ComponentChildren): Promise<() => void> {
  const root = document.getElementById('app')!;
  let [current, imported] = await Promise.all([loadSettings(), loadOverlay()]);
  let view = viewWith(imported.overlay);

  const show = () => {
    const { settings } = current;
    const locale = settings.language === 'auto' ? pickLocale(browser.i18n.getUILanguage()) : settings.language;
    document.documentElement.lang = locale;
    render(
      <LocaleContext.Provider value={locale}>
        <CatalogueContext.Provider value={view}>
          <SettingsContext.Provider value={{ settings, update: saveSettings }}>
            {draw({ locale, settingsProblem: current.problem, overlay: imported.overlay, overlayCorrupted: imported.corrupted })}
          </SettingsContext.Provider>
        </CatalogueContext.Provider>
      </LocaleContext.Provider>,
      root,
    );
  };

  show();
  onSettingsChanged((next) => {
    current = next;
    show();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.hasOwn(changes, OVERLAY_KEY)) return;
    void loadOverlay().then((next) => {
      imported = next;
      view = viewWith(next.overlay);
      show();
    });
  });
  return show;
}
