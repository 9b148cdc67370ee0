import { useLocale } from '@/components/context';
import { PlaceSetting } from '@/components/PlaceSetting';
import { FootprintToggle, LanguageChoice, NoticeChoice } from '@/components/SettingChoices';
import { SettingsSection } from '@/components/SettingsSection';
import { t } from '@/utils/i18n';

/**
 * Opened once, when the extension is installed: the three choices worth making at the
 * start, each optional and saved at once, and what the extension keeps and sends.
 */
export function WelcomePage() {
  const locale = useLocale();
  return (
    <main class="settings welcome">
      <h1>{t(locale, 'welcomeTitle')}</h1>
      <p class="welcome__lead">{t(locale, 'welcomeLead')}</p>
      <p class="hint">{t(locale, 'settingsSavedHint')}</p>
      <SettingsSection id="welcome-place" title={t(locale, 'welcomePlaceHeading')}>
        <p>{t(locale, 'welcomePlaceText')}</p>
        <PlaceSetting id="welcome-place-input" />
      </SettingsSection>
      <SettingsSection id="welcome-privacy" title={t(locale, 'welcomePrivacyHeading')}>
        <p>
          <strong>{t(locale, 'welcomeSendsNothing')}</strong> {t(locale, 'welcomeSendsDetail')}
        </p>
        <p>{t(locale, 'welcomeKeeps')}</p>
        <FootprintToggle />
        <a href="/privacy.html">{t(locale, 'settingsPrivacyLink')}</a>
      </SettingsSection>
      <SettingsSection id="welcome-notice" title={t(locale, 'settingsNoticeHeading')}>
        <p>{t(locale, 'welcomeNoticeText')}</p>
        <NoticeChoice />
      </SettingsSection>
      <SettingsSection id="welcome-language" title={t(locale, 'settingsLanguageHeading')}>
        <LanguageChoice />
      </SettingsSection>
      <footer class="settings__section">
        <p>{t(locale, 'welcomeDone')}</p>
        <p class="welcome__actions">
          <a class="button button--primary" href="/explore.html">
            {t(locale, 'welcomeExplore')}
          </a>{' '}
          <a class="button" href="/options.html">
            {t(locale, 'welcomeSettings')}
          </a>
        </p>
      </footer>
    </main>
  );
}
