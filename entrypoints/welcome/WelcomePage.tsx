import type { ComponentChildren } from 'preact';
import { useLocale } from '@/components/context';
import { PlaceSetting } from '@/components/PlaceSetting';
import { FootprintToggle, LanguageChoice, NoticeChoice } from '@/components/SettingChoices';
import { t } from '@/utils/i18n';

function Step({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="settings__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

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
      <p class="settings__hint">{t(locale, 'settingsSavedHint')}</p>
      <Step id="welcome-place" title={t(locale, 'welcomePlaceHeading')}>
        <p>{t(locale, 'welcomePlaceText')}</p>
        <PlaceSetting id="welcome-place-input" />
      </Step>
      <Step id="welcome-privacy" title={t(locale, 'welcomePrivacyHeading')}>
        <p>
          <strong>{t(locale, 'welcomeSendsNothing')}</strong> {t(locale, 'welcomeSendsDetail')}
        </p>
        <p>{t(locale, 'welcomeKeeps')}</p>
        <FootprintToggle />
        <a href="/privacy.html">{t(locale, 'settingsPrivacyLink')}</a>
      </Step>
      <Step id="welcome-notice" title={t(locale, 'settingsNoticeHeading')}>
        <p>{t(locale, 'welcomeNoticeText')}</p>
        <NoticeChoice />
      </Step>
      <Step id="welcome-language" title={t(locale, 'settingsLanguageHeading')}>
        <LanguageChoice />
      </Step>
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
