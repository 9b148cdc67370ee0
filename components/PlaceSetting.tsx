import { t } from '@/utils/i18n';
import { placeLabel } from '@/utils/places/label';
import { useLocale, useSettings } from './context';
import { PlacePicker } from './PlacePicker';

/** The user's own place: what is chosen, a picker to choose another, a way to forget it. */
export function PlaceSetting({ id }: { id: string }) {
  const locale = useLocale();
  const { settings, update } = useSettings();
  return (
    <>
      <p class="settings__current" role="status">
        {settings.place
          ? t(locale, 'settingsPlaceCurrent', { place: placeLabel(settings.place, locale) })
          : t(locale, 'settingsPlaceNone')}
      </p>
      <PlacePicker id={id} onPick={(place) => void update({ place })} />
      <p class="hint">{t(locale, 'placeSources')}</p>
      {settings.place && (
        <button type="button" class="link-button" onClick={() => void update({ place: null })}>
          {t(locale, 'placeForget')}
        </button>
      )}
    </>
  );
}
