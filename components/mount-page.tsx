import catalogue from 'virtual:catalogue';
import { type ComponentChildren, render } from 'preact';
import { browser } from 'wxt/browser';
import { createCatalogueView } from '@/utils/catalogue/lookup';
import { interfaceLocale, type Locale } from '@/utils/i18n';
import type { LoadedLocalList, LocalList } from '@/utils/local-list';
import type { LoadedSettings } from '@/utils/settings';
import { rememberSettingsHint, settingsHint } from '@/utils/settings-hint';
import { CatalogueContext, LocaleContext, SettingsContext, type SettingsState } from './context';
import { whenIdle } from './lazy-module';
import './styles.css';

export interface PageContext {
  locale: Locale;
  settingsProblem: LoadedSettings['problem'];
  localList: LocalList | null;
  /** The stored list of imported hosts was unreadable (and is ignored). */
  localListCorrupted: boolean;
}

export interface MountOptions {
  /**
   * The settings' module: their schema (zod) and the stored record. A page whose first frame
   * waits for the stored settings gives it, imported with the page; the popup, whose first
   * frame the hint draws, gives a loader, so that zod comes after that frame.
   */
  settings: SettingsModule | (() => Promise<SettingsModule>);
  /** Something else the first frame needs (the popup's tab), read alongside the settings. */
  readAlongside?: Promise<unknown>;
  /**
   * Read the imported list before the first frame: for the settings page, which edits it.
   * Other pages paint from the bundled catalogue and add the list a frame or two later:
   * reading it loads the catalogue's zod schemas, which the popup must not wait for.
   */
  localListBeforeFirstFrame?: boolean;
  /**
   * Draw the first frame at once from the settings hint (see `settingsHint`), then read the
   * stored settings (and `readAlongside`) once it is painted, and draw again: for the popup,
   * whose first frame must not wait for storage. Ignored when there is no hint.
   */
  drawBeforeReads?: boolean;
}

type LocalListModule = typeof import('@/utils/local-list');
const localListModule = (): Promise<LocalListModule> => import('@/utils/local-list');
type SettingsModule = typeof import('@/utils/settings');

/** Resolves once the frame after this call has been painted and the browser is idle. */
const afterNextPaint = () => new Promise<void>((painted) => requestAnimationFrame(() => whenIdle(painted)));

/**
 * Renders an extension page with the catalogue, the user's settings and their
 * language, and renders it again when the settings or the imported list change (in
 * any page). Returns, once the first frame is drawn, a function to render again on
 * other news (the popup's tab moving).
 */
export async function mountPage(
  draw: (context: PageContext) => ComponentChildren,
  options: MountOptions,
): Promise<() => void> {
  const root = document.getElementById('app')!;
  let settingsCode: Promise<SettingsModule> | undefined;
  /** The settings' module, loaded at its first use: in the popup, once its first frame is painted. */
  const settingsModule = () => {
    if (!settingsCode) {
      const { settings } = options;
      settingsCode = Promise.resolve(typeof settings === 'function' ? settings() : settings);
    }
    return settingsCode;
  };
  const saveSettings: SettingsState['update'] = async (change) => (await settingsModule()).saveSettings(change);
  const readSettings = async () =>
    (await Promise.all([settingsModule().then((module) => module.loadSettings()), options.readAlongside]))[0];
  const hint = options.drawBeforeReads ? settingsHint() : null;
  let current: LoadedSettings = hint ? { settings: hint, problem: null } : await readSettings();
  let imported: LoadedLocalList = { localList: null, corrupted: false };
  let view = createCatalogueView(catalogue);

  const show = () => {
    const { settings } = current;
    const locale = interfaceLocale(settings.language, browser.i18n.getUILanguage());
    document.documentElement.lang = locale;
    render(
      <LocaleContext.Provider value={locale}>
        <CatalogueContext.Provider value={view}>
          <SettingsContext.Provider value={{ settings, update: saveSettings }}>
            {draw({
              locale,
              settingsProblem: current.problem,
              localList: imported.localList,
              localListCorrupted: imported.corrupted,
            })}
          </SettingsContext.Provider>
        </CatalogueContext.Provider>
      </LocaleContext.Provider>,
      root,
    );
  };
  /** The bundled catalogue, with the hosts the user imported marked as theirs. */
  const takeLocalList = (next: LoadedLocalList, { withLocalList }: LocalListModule) => {
    imported = next;
    view = createCatalogueView(
      withLocalList(catalogue, next.localList),
      new Set(next.localList?.hosts.map((host) => host.id)),
    );
  };
  /** Follows the imported list as any page changes it; reads it first when it was not read before the first frame. */
  const followLocalList = async (module: LocalListModule, readFirst: boolean) => {
    module.onLocalListChanged((next) => {
      takeLocalList(next, module);
      show();
    });
    if (!readFirst) return;
    const first = await module.loadLocalList();
    // Nothing imported and nothing broken: the first frame already showed everything.
    if (!first.localList && !first.corrupted) return;
    takeLocalList(first, module);
    show();
  };

  if (hint) {
    show();
    // The stored settings, which win, are read once that frame is painted: nothing delays it.
    await afterNextPaint();
    current = await readSettings();
  }

  if (options.localListBeforeFirstFrame) {
    const module = await localListModule();
    takeLocalList(await module.loadLocalList(), module);
    show();
    void followLocalList(module, false);
  } else {
    show();
    void afterNextPaint()
      .then(localListModule)
      .then((module) => followLocalList(module, true));
  }
  // For the next page to open: the settings this one has just drawn with.
  rememberSettingsHint(current.settings);
  (await settingsModule()).onSettingsChanged((next) => {
    current = next;
    rememberSettingsHint(next.settings);
    show();
  });
  return show;
}
