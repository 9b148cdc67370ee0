import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { placeLabel } from '@/utils/places/label';
import { useCatalogue, useLocale, useOrigin, useSettings } from './context';
import { PlacePicker } from './PlacePicker';
import './NearbyControls.css';

/** Where "near" is measured from, and which collectives' members to show. */
export function NearbyControls() {
  const locale = useLocale();
  const { catalogue } = useCatalogue();
  const { settings, update } = useSettings();
  const origin = useOrigin();
  const [picking, setPicking] = useState(false);
  const place = settings.place;
  // Several collectives can be chosen in the settings; the quick filter then names them together.
  const several = settings.collectives.length > 1;
  const collective = several ? 'several' : (settings.collectives[0] ?? '');

  return (
    <div class="nearby">
      {/* With a workshop's town, the place is shown and changed above the page: the user's own place is not at stake here. */}
      {origin.workshop ? null : picking || place === null ? (
        <PlacePicker
          id="nearby-place"
          autoFocus={picking}
          onPick={(chosen) => {
            setPicking(false);
            void update({ place: chosen });
          }}
        />
      ) : (
        <p class="nearby__place">
          <span>
            {t(locale, place.approximate ? 'nearbyFromApproximate' : 'nearbyFrom', {
              place: placeLabel(place, locale),
            })}
          </span>{' '}
          <button type="button" class="link-button" onClick={() => setPicking(true)}>
            {t(locale, 'placeChange')}
          </button>{' '}
          <button type="button" class="link-button" onClick={() => void update({ place: null })}>
            {t(locale, 'placeForget')}
          </button>
        </p>
      )}
      <label class="nearby__collective">
        <span>{t(locale, 'collectiveFilterLabel')}</span>
        <select
          value={collective}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value !== 'several') void update({ collectives: value === '' ? [] : [value] });
          }}
        >
          <option value="">{t(locale, 'collectiveFilterAll')}</option>
          {several && (
            <option value="several">
              {catalogue.collectives
                .filter((entry) => settings.collectives.includes(entry.id))
                .map((entry) => entry.name)
                .join(' + ')}
            </option>
          )}
          {catalogue.collectives.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
