import { useState } from 'preact/hooks';
import { useLocale, useSettings } from '@/components/context';
import { PlacePicker } from '@/components/PlacePicker';
import { t } from '@/utils/i18n';
import { placeLabel } from '@/utils/places/label';
import type { ChosenPlace } from '@/utils/settings';

/**
 * The workshop's town: set for this tab (it lives in the address), so that an educator
 * ranks hosts from the room's town while their own place stays in the settings.
 */
export function WorkshopPlace({
  at,
  onAt,
}: {
  at: ChosenPlace | undefined;
  onAt(place: ChosenPlace | undefined): void;
}) {
  const locale = useLocale();
  const { settings } = useSettings();
  const [picking, setPicking] = useState(false);
  const pick = (place: ChosenPlace) => {
    setPicking(false);
    onAt(place);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the group holds a status line and buttons, not form fields.
    <div class="workshop" role="group" aria-label={t(locale, 'workshopPickerLabel')}>
      {at && (
        <p class="workshop__current">
          <strong>{t(locale, 'workshopFrom', { place: placeLabel(at, locale) })}</strong>{' '}
          {settings.place
            ? t(locale, 'workshopOwnPlace', { place: placeLabel(settings.place, locale) })
            : t(locale, 'workshopNoOwnPlace')}
        </p>
      )}
      {picking ? (
        <PlacePicker id="workshop-place" label={t(locale, 'workshopPickerLabel')} autoFocus onPick={pick} />
      ) : (
        <p class="workshop__actions">
          {!at && <span>{t(locale, 'workshopAsk')}</span>}{' '}
          <button type="button" class="link-button" onClick={() => setPicking(true)}>
            {t(locale, at ? 'workshopChange' : 'workshopChoose')}
          </button>
          {at && (
            <>
              {' '}
              <button type="button" class="link-button" onClick={() => onAt(undefined)}>
                {t(locale, 'workshopEnd')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
