import { useState } from 'preact/hooks';
import { useCatalogue, useLocale, useSettings } from '@/components/context';
import { PlaceSetting } from '@/components/PlaceSetting';
import { FootprintToggle, LanguageChoice, NoticeChoice } from '@/components/SettingChoices';
import { SettingsProblem } from '@/components/SettingsProblem';
import { SettingsSection } from '@/components/SettingsSection';
import type { Catalogue } from '@/utils/catalogue/schema';
import { t } from '@/utils/i18n';
import type { LocalList } from '@/utils/local-list';
import type { LoadedSettings } from '@/utils/settings';
import { ImportSection } from './ImportSection';
import { MutedSitesSetting } from './MutedSitesSetting';

function CollectivesSetting() {
  const locale = useLocale();
  const { catalogue } = useCatalogue();
  const { settings, update } = useSettings();
  const toggle = (id: string, on: boolean) =>
    void update({
      collectives: on ? [...settings.collectives, id] : settings.collectives.filter((other) => other !== id),
    });
  return (
    <fieldset class="settings__choice">
      <legend>{t(locale, 'settingsCollectivesLegend')}</legend>
      {catalogue.collectives.map((collective) => (
        <label key={collective.id}>
          <input
            type="checkbox"
            checked={settings.collectives.includes(collective.id)}
            onChange={(event) => toggle(collective.id, event.currentTarget.checked)}
          />{' '}
          {collective.name}
        </label>
      ))}
      <p class="hint">{t(locale, 'settingsCollectivesHint')}</p>
    </fieldset>
  );
}

function FootprintSetting({ onClear }: { onClear(): Promise<void> }) {
  const locale = useLocale();
  const [cleared, setCleared] = useState(false);
  return (
    <>
      <FootprintToggle />
      <button type="button" class="button" onClick={() => void onClear().then(() => setCleared(true))}>
        {t(locale, 'settingsFootprintClear')}
      </button>
      <p class="sr-only" role="status">
        {cleared ? t(locale, 'settingsFootprintCleared') : ''}
      </p>
      {cleared && <p class="settings__done">{t(locale, 'settingsFootprintCleared')}</p>}
    </>
  );
}

/** Two presses, so that nobody resets by accident; the second button says exactly what goes. */
function ResetSetting({ onReset }: { onReset(): Promise<void> }) {
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of one question and its two answers, inline in the text flow; a fieldset would break it.
    <p class="settings__confirm" role="group" aria-label={t(locale, 'settingsResetHeading')}>
      <span>{t(locale, 'settingsResetConfirmText')}</span>{' '}
      <button
        type="button"
        class="button button--danger"
        // biome-ignore lint/a11y/noAutofocus: the confirmation replaces the button just pressed, so focus must land on it.
        autoFocus
        onClick={() => void onReset().then(() => setConfirming(false))}
      >
        {t(locale, 'settingsResetConfirm')}
      </button>{' '}
      <button type="button" class="button" onClick={() => setConfirming(false)}>
        {t(locale, 'settingsResetCancel')}
      </button>
    </p>
  ) : (
    <button type="button" class="button" onClick={() => setConfirming(true)}>
      {t(locale, 'settingsReset')}
    </button>
  );
}

interface Props {
  settingsProblem: LoadedSettings['problem'];
  /** The catalogue as shipped, to check imported lists against. */
  bundled: Catalogue;
  localList: LocalList | null;
  localListCorrupted: boolean;
  /** Forgets the local footprint (its own record). */
  clearFootprint(): Promise<void>;
  /** Forgets everything the extension stored: settings and every other record. */
  resetEverything(): Promise<void>;
}

/** The settings page: every choice the user can make, saved as soon as it is made. */
export function SettingsPage({
  settingsProblem,
  bundled,
  localList,
  localListCorrupted,
  clearFootprint,
  resetEverything,
}: Props) {
  const locale = useLocale();
  return (
    <main class="settings">
      <h1>{t(locale, 'settingsHeading')}</h1>
      <SettingsProblem problem={settingsProblem} />
      <p class="hint">{t(locale, 'settingsSavedHint')}</p>
      <SettingsSection id="language" title={t(locale, 'settingsLanguageHeading')}>
        <LanguageChoice />
      </SettingsSection>
      <SettingsSection id="place" title={t(locale, 'settingsPlaceHeading')}>
        <PlaceSetting id="settings-place" />
      </SettingsSection>
      <SettingsSection id="collectives" title={t(locale, 'settingsCollectivesHeading')}>
        <CollectivesSetting />
      </SettingsSection>
      <SettingsSection id="notice" title={t(locale, 'settingsNoticeHeading')}>
        <NoticeChoice />
      </SettingsSection>
      <SettingsSection id="muted" title={t(locale, 'settingsMutedHeading')}>
        <MutedSitesSetting />
      </SettingsSection>
      <SettingsSection id="import" title={t(locale, 'importHeading')}>
        <ImportSection bundled={bundled} localList={localList} localListCorrupted={localListCorrupted} />
      </SettingsSection>
      <SettingsSection id="footprint" title={t(locale, 'settingsFootprintHeading')}>
        <FootprintSetting onClear={clearFootprint} />
      </SettingsSection>
      <SettingsSection id="reset" title={t(locale, 'settingsResetHeading')}>
        <p class="hint">{t(locale, 'settingsResetHint')}</p>
        <ResetSetting onReset={resetEverything} />
      </SettingsSection>
      <footer class="settings__section">
        <a href="/privacy.html">{t(locale, 'settingsPrivacyLink')}</a>
      </footer>
    </main>
  );
}
