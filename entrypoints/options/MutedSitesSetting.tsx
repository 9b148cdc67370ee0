import { useState } from 'preact/hooks';
import { useLocale, useSettings } from '@/components/context';
import { t } from '@/utils/i18n';
import { mutedSiteFrom, withMutedSite, withoutMutedSite } from '@/utils/muted-sites';

/** Sites where the extension stays silent: no badge, no in-page notice. */
export function MutedSitesSetting() {
  const locale = useLocale();
  const { settings, update } = useSettings();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);

  const add = (event: Event) => {
    event.preventDefault();
    const host = mutedSiteFrom(text);
    if (host === null) {
      setError(true);
      return;
    }
    setError(false);
    setText('');
    void update({ mutedSites: withMutedSite(settings.mutedSites, host) });
  };

  return (
    <>
      <p class="hint">{t(locale, 'settingsMutedHint')}</p>
      {settings.mutedSites.length === 0 ? (
        <p class="empty">{t(locale, 'settingsMutedNone')}</p>
      ) : (
        <ul class="muted-sites">
          {settings.mutedSites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t(locale, 'settingsMutedRemoveLabel', { site: host })}
                onClick={() => void update({ mutedSites: withoutMutedSite(settings.mutedSites, host) })}
              >
                {t(locale, 'settingsMutedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="muted-sites__add" onSubmit={add}>
        <label for="muted-site-input">{t(locale, 'settingsMutedAddLabel')}</label>
        <input
          id="muted-site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="mail.google.com"
          value={text}
          aria-invalid={error}
          aria-describedby={error ? 'muted-site-error' : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError(false);
          }}
        />
        <button type="submit" class="button">
          {t(locale, 'settingsMutedAdd')}
        </button>
      </form>
      {error && (
        <p id="muted-site-error" class="field-error" role="alert">
          {t(locale, 'settingsMutedInvalid')}
        </p>
      )}
    </>
  );
}
