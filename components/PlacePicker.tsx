import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import { placeLabel } from '@/utils/places/label';
import { loadPlaceIndex, type PlaceIndex, type PlaceResult, searchPlaces } from '@/utils/places/load';
import type { ChosenPlace } from '@/utils/settings';
import { useLocale } from './context';
import './PlacePicker.css';

function toChosen(result: PlaceResult): ChosenPlace {
  return {
    name: result.name,
    postalCode: result.postalCode,
    area: result.area,
    country: result.country,
    lat: result.lat,
    lon: result.lon,
    ...(result.approximate ? { approximate: true } : {}),
  };
}

/**
 * Type a postal code or a town, pick a suggestion: a combobox in the WAI-ARIA
 * pattern. The list of places ships inside the extension and loads at the first
 * keystroke; nothing is asked of the browser's geolocation.
 */
export function PlacePicker({
  id,
  onPick,
  autoFocus = false,
  label,
}: {
  id: string;
  onPick: (place: ChosenPlace) => void;
  autoFocus?: boolean;
  label?: string;
}) {
  const locale = useLocale();
  const name = label ?? t(locale, 'placeLabel');
  const [text, setText] = useState('');
  const [index, setIndex] = useState<PlaceIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const results = index && text.trim() !== '' ? searchPlaces(index, text, 8) : [];
  const listId = `${id}-list`;
  const optionId = (position: number) => `${id}-option-${position}`;

  const type = (value: string) => {
    setText(value);
    setActive(0);
    setOpen(true);
    if (!index && !failed) {
      loadPlaceIndex().then(setIndex, () => setFailed(true));
    }
  };

  const choose = (result: PlaceResult) => {
    setOpen(false);
    setText('');
    onPick(toChosen(result));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      setOpen(true);
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && open && results[active]) {
      choose(results[active]);
    } else if (event.key === 'Escape' && open) {
      setOpen(false);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const expanded = open && results.length > 0;
  const status = failed
    ? t(locale, 'placeUnavailable')
    : text.trim() === '' || !index
      ? ''
      : results.length === 0
        ? t(locale, 'placeNoMatch')
        : plural(locale, 'placeMatches', results.length);

  return (
    <div class="place-picker">
      <label class="place-picker__label" for={id}>
        {name}
      </label>
      <input
        ref={input}
        id={id}
        class="place-picker__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellcheck={false}
        placeholder={t(locale, 'placePlaceholder')}
        value={text}
        onInput={(event) => type(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id={`${id}-hint`} class="place-picker__hint">
        {t(locale, 'placeHint')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern; the input keeps focus and points at the active option. */}
      <ul id={listId} role="listbox" class="place-picker__list" hidden={!expanded} aria-label={name}>
        {expanded &&
          results.map((result, position) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, never focused.
            <li
              key={`${result.name}|${result.postalCode ?? ''}|${result.area}|${result.lat}`}
              id={optionId(position)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox above.
              role="option"
              aria-selected={position === active}
              class="place-picker__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
            >
              {placeLabel(result, locale)}
            </li>
          ))}
      </ul>
      <p class="sr-only" role="status">
        {status}
      </p>
      {(failed || (index && text.trim() !== '' && results.length === 0)) && <p class="empty">{status}</p>}
    </div>
  );
}
