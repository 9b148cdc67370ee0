import catalogue from 'virtual:catalogue';
import { mountPage } from '@/components/mount-page';
import { clearFootprint } from '@/utils/footprint';
import { t } from '@/utils/i18n';
import * as settings from '@/utils/settings';
import { eraseLocal } from '@/utils/storage';
import { SettingsPage } from './SettingsPage';
// After the shared look, which mount-page brings, so that this page's own rules win where they meet.
import './style.css';

void mountPage(
  ({ locale, settingsProblem, localList, localListCorrupted }) => {
    document.title = `Circuit court — ${t(locale, 'settingsHeading')}`;
    return (
      <SettingsPage
        settingsProblem={settingsProblem}
        bundled={catalogue}
        localList={localList}
        localListCorrupted={localListCorrupted}
        clearFootprint={clearFootprint}
        resetEverything={eraseLocal}
      />
    );
  },
  // The page lists, backs up and edits the imported list: it must not show "none" first.
  { settings, localListBeforeFirstFrame: true },
);
