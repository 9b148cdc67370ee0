import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { useLocale, useSettings } from './context';

/** A group of radio buttons for one setting, with a legend; saved as soon as it is chosen. */
function Choice<K extends 'language' | 'notice'>({
  setting,
  legend,
  options,
}: {
  setting: K;
  legend: string;
  options: [Settings[K], string][];
}) {
  const { settings, update } = useSettings();
  return (
    <fieldset class="settings__choice">
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={setting}
            value={value}
            checked={settings[setting] === value}
            onChange={() => void update({ [setting]: value })}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function LanguageChoice() {
  const locale = useLocale();
  return (
    <Choice
      setting="language"
      legend={t(locale, 'settingsLanguageLegend')}
      options={[
        ['auto', t(locale, 'settingsLanguageAuto')],
        ['fr', 'Français'],
        ['en', 'English'],
      ]}
    />
  );
}

/** How often the card shows in GAFAM pages. */
export function NoticeChoice() {
  const locale = useLocale();
  return (
    <Choice
      setting="notice"
      legend={t(locale, 'settingsNoticeLegend')}
      options={[
        ['never', t(locale, 'settingsNoticeNever')],
        ['daily', t(locale, 'settingsNoticeDaily')],
        ['always', t(locale, 'settingsNoticeAlways')],
      ]}
    />
  );
}

/** Whether visits are counted on this device (the local footprint). */
export function FootprintToggle() {
  const locale = useLocale();
  const { settings, update } = useSettings();
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={settings.footprint}
          onChange={(event) => void update({ footprint: event.currentTarget.checked })}
        />{' '}
        {t(locale, 'settingsFootprintLabel')}
      </label>
      <p class="hint">{t(locale, 'settingsFootprintHint')}</p>
    </>
  );
}
