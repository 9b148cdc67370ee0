import { browser } from 'wxt/browser';
import { mountPage } from '@/components/mount-page';
import { Popup } from '@/components/Popup';
import { readTabState, tabState } from '@/utils/tab-state';

const params = new URLSearchParams(location.search);

/** The tab to describe: `?tab=ID` when given (the tab's own popup address, tests, the explore page), else the active tab. */
async function describedTabId(): Promise<number | null> {
  const fromUrl = Number.parseInt(params.get('tab') ?? '', 10);
  if (Number.isInteger(fromUrl)) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/** The catalogue service the extension detected in a tab, if any. */
async function serviceIn(tabId: number | null): Promise<string | null> {
  return tabId === null ? null : ((await readTabState(tabId))?.service ?? null);
}

async function start() {
  const tabId = describedTabId();
  // The background names the tab's service in the tab's own popup address
  // (`&service=`, empty for none): with it, the first frame needs no storage read.
  const named = params.get('service');
  let service: string | null = named || null;
  const serviceRead = tabId.then(serviceIn).then((found) => {
    service = found;
  });
  const redraw = await mountPage(
    ({ settingsProblem }) => <Popup tabService={service} settingsProblem={settingsProblem} />,
    {
      // zod, which checks the stored settings, comes after the first frame, drawn from the hint.
      settings: () => import('@/utils/settings'),
      readAlongside: serviceRead,
      drawBeforeReads: named !== null,
    },
  );
  const id = await tabId;
  if (id === null) return;
  // Follow the tab while the popup is open: a move inside a single-page app, a new page.
  tabState(id).watch((state) => {
    service = state?.service ?? null;
    redraw();
  });
}

void start();
