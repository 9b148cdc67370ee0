import catalogue from 'virtual:catalogue';
import { type ComponentChildren, render } from 'preact';
import { browser } from 'wxt/browser';
import { createCatalogueView } from '@/utils/catalogue/lookup';
import { type Locale, pickLocale } from '@/utils/i18n';
import { type LoadedSettings, loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings';
import { CatalogueContext, LocaleContext, SettingsContext } from './context';
import './styles.css';

export interface PageContext {
  locale: Locale;
  settingsProblem: LoadedSettings['problem'];
}

/**
 * Renders an extension page with the catalogue, the user's settings and their
 * language, and renders it again when the settings change (in any page).
 * Returns a function to render again on other news (the popup's tab moving).
 */
export async function mountPage(draw: (context: PageContext) => ComponentChildren): Promise<() => void> {
  const view = createCatalogueView(catalogue);
  const root = document.getElementById('app')!;
  let current = await loadSettings();

  const show = () => {
    const { settings } = current;
    const locale = settings.language === 'auto' ? pickLocale(browser.i18n.getUILanguage()) : settings.language;
    document.documentElement.lang = locale;
    render(
      <LocaleContext.Provider value={locale}>
        <CatalogueContext.Provider value={view}>
          <SettingsContext.Provider value={{ settings, update: saveSettings }}>
            {draw({ locale, settingsProblem: current.problem })}
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
  return show;
}
