import { browser } from 'wxt/browser';
import { mountPage } from '@/components/mount-page';
import { SettingsPage } from '@/components/SettingsPage';
import { clearFootprint } from '@/utils/footprint';

/** Everything the extension keeps is in storage.local (settings, footprint, imported lists): reset empties it. */
const resetEverything = () => browser.storage.local.clear();

void mountPage(({ locale, settingsProblem }) => {
  document.title = locale === 'fr' ? 'Circuit court — réglages' : 'Circuit court — settings';
  return <SettingsPage settingsProblem={settingsProblem} clearFootprint={clearFootprint} resetEverything={resetEverything} />;
});
