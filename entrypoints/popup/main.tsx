import catalogue from 'virtual:catalogue';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CatalogueContext, LocaleContext } from '@/components/context';
import { Popup } from '@/components/Popup';
import '@/components/styles.css';
import { createCatalogueView } from '@/utils/catalogue/lookup';
import { pickLocale } from '@/utils/i18n';
import { readTabState, tabStateKey } from '@/utils/tab-state';

/** The tab to describe: `?tab=ID` when given (tests, the explore page), else the active tab. */
async function describedTabId(): Promise<number | null> {
  const fromUrl = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromUrl)) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

async function start() {
  const locale = pickLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  const view = createCatalogueView(catalogue);
  const root = document.getElementById('app')!;
  const tabId = await describedTabId();

  const show = (service: string | null) =>
    render(
      <LocaleContext.Provider value={locale}>
        <CatalogueContext.Provider value={view}>
          <Popup tabService={service} />
        </CatalogueContext.Provider>
      </LocaleContext.Provider>,
      root,
    );

  show(tabId === null ? null : ((await readTabState(tabId))?.service ?? null));
  if (tabId === null) return;
  // Follow the tab while the popup is open: a move inside a single-page app, a new page.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[tabStateKey(tabId)];
    if (area === 'session' && change) void readTabState(tabId).then((state) => show(state?.service ?? null));
  });
}

void start();
