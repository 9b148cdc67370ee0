import { useMemo, useRef, useState } from 'preact/hooks';
import { type MessageKey, plural, t } from '@/utils/i18n';
import { buildSearchIndex, type HitKind, type SearchHit, search } from '@/utils/search';
import { BrandMark } from './BrandMark';
import { useCatalogue, useLocale } from './context';
import './SearchPanel.css';

const kindLabel: Record<HitKind, MessageKey> = {
  service: 'searchKindService',
  software: 'searchKindSoftware',
  need: 'searchKindNeed',
};

/** Search the catalogue; choosing a result shows it. Arrow keys move between input and results. */
export function SearchPanel({
  onSelect,
  autoFocus = false,
}: {
  onSelect: (hit: SearchHit) => void;
  autoFocus?: boolean;
}) {
  const locale = useLocale();
  const view = useCatalogue();
  const index = useMemo(() => buildSearchIndex(view.catalogue), [view]);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => search(index, query), [index, query]);
  const list = useRef<HTMLUListElement>(null);

  const describe = (hit: SearchHit) => {
    if (hit.kind === 'service') {
      const service = view.service(hit.id)!;
      return { name: service.name[locale], icon: view.iconOf(service) };
    }
    if (hit.kind === 'software') {
      const software = view.software(hit.id)!;
      return { name: software.name, icon: software.icon };
    }
    return { name: view.need(hit.id)!.name[locale], icon: undefined };
  };

  const moveFocus = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    if (buttons.length === 0) return;
    const position = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[Math.min(position + 1, buttons.length - 1)].focus();
    else if (event.key === 'ArrowUp') {
      if (position <= 0) (event.currentTarget as HTMLElement).closest('.search')?.querySelector('input')?.focus();
      else buttons[position - 1].focus();
    } else return;
    event.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys pressed in the field or on a result bubble up here to move between them.
    <div class="search" onKeyDown={moveFocus}>
      <label class="search__label" for="catalogue-search">
        {t(locale, 'searchLabel')}
      </label>
      <input
        id="catalogue-search"
        class="search__input"
        type="search"
        autoComplete="off"
        spellcheck={false}
        placeholder={t(locale, 'searchPlaceholder')}
        value={query}
        // biome-ignore lint/a11y/noAutofocus: only where the search is the whole view (the popup's search), which the user has just asked for.
        autoFocus={autoFocus}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p class="sr-only" role="status">
        {query.trim() === '' ? '' : plural(locale, 'searchResults', hits.length)}
      </p>
      {query.trim() !== '' && hits.length === 0 && <p class="empty">{t(locale, 'searchNoResult', { query })}</p>}
      {hits.length > 0 && (
        <ul class="results" ref={list}>
          {hits.map((hit) => {
            const { name, icon } = describe(hit);
            return (
              <li key={`${hit.kind}:${hit.id}`}>
                <button
                  type="button"
                  class="result"
                  data-kind={hit.kind}
                  data-id={hit.id}
                  onClick={() => onSelect(hit)}
                >
                  <BrandMark slug={icon} name={name} />
                  <span class="result__name">{name}</span>
                  <span class="result__kind">{t(locale, kindLabel[hit.kind])}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
