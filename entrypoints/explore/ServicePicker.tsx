import { useState } from 'preact/hooks';
import { useCatalogue, useLocale } from '@/components/context';
import { t } from '@/utils/i18n';

interface Props {
  ids: string[];
  /** Offer "move up" and "move down": the order matters (slides). */
  ordered?: boolean;
  onChange(ids: string[]): void;
}

/** Chooses GAFAM services, one at a time from a list grouped by company, and orders them. */
export function ServicePicker({ ids, ordered = false, onChange }: Props) {
  const locale = useLocale();
  const view = useCatalogue();
  const [candidate, setCandidate] = useState('');
  const name = (id: string) => view.service(id)?.name[locale] ?? id;
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    onChange(next);
  };

  return (
    <div class="service-picker">
      <form
        class="service-picker__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (candidate !== '' && !ids.includes(candidate)) onChange([...ids, candidate]);
          setCandidate('');
        }}
      >
        <label for="service-picker-select">{t(locale, 'pickerAddLabel')}</label>
        <select
          id="service-picker-select"
          value={candidate}
          onChange={(event) => setCandidate(event.currentTarget.value)}
        >
          <option value="">{t(locale, 'pickerChoose')}</option>
          {view.catalogue.companies.map((company) => (
            <optgroup key={company.id} label={company.name}>
              {view.catalogue.services
                .filter((service) => service.company === company.id && !ids.includes(service.id))
                .map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.name[locale]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" class="button" disabled={candidate === ''}>
          {t(locale, 'pickerAdd')}
        </button>
      </form>
      {ids.length === 0 ? (
        <p class="empty">{t(locale, 'pickerNone')}</p>
      ) : (
        <ol class="service-picker__list" aria-label={t(locale, 'pickerChosen')}>
          {ids.map((id, index) => (
            <li key={id} data-service={id}>
              <span class="service-picker__name">{name(id)}</span>
              {ordered && (
                <>
                  <button
                    type="button"
                    class="link-button"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t(locale, 'pickerUp', { service: name(id) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="link-button"
                    disabled={index === ids.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t(locale, 'pickerDown', { service: name(id) })}
                  >
                    ↓
                  </button>
                </>
              )}
              <button
                type="button"
                class="link-button"
                onClick={() => onChange(ids.filter((other) => other !== id))}
                aria-label={t(locale, 'pickerRemove', { service: name(id) })}
              >
                {t(locale, 'settingsMutedRemove')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
