import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { SearchHit } from '@/utils/search';
import type { LoadedSettings } from '@/utils/settings';
import { useCatalogue, useLocale } from './context';
import { NeedView } from './NeedView';
import { SearchPanel } from './SearchPanel';
import { ServiceView } from './ServiceView';
import { SettingsProblem } from './SettingsProblem';
import { SoftwareView } from './SoftwareView';
import './Popup.css';

function PickedView({ hit, onPick }: { hit: SearchHit; onPick: (hit: SearchHit) => void }) {
  const view = useCatalogue();
  if (hit.kind === 'service') {
    const service = view.service(hit.id);
    return service ? <ServiceView service={service} /> : null;
  }
  if (hit.kind === 'software') {
    const software = view.software(hit.id);
    return software ? <SoftwareView software={software} onNeed={(id) => onPick({ kind: 'need', id })} /> : null;
  }
  const need = view.need(hit.id);
  return need ? <NeedView need={need} /> : null;
}

interface Props {
  tabService: string | null;
  settingsProblem?: LoadedSettings['problem'];
}

/**
 * The toolbar popup. On a GAFAM service: that service and its alternatives.
 * Elsewhere: says so, and offers a search over the catalogue.
 */
export function Popup(props: Props) {
  return (
    <main class="popup">
      <PopupContent {...props} />
    </main>
  );
}

/**
 * What the popup shows, without its page landmark: the explore page's demonstration
 * renders exactly this, so that what an educator shows is what the popup shows.
 */
export function PopupContent({ tabService, settingsProblem = null }: Props) {
  const locale = useLocale();
  const view = useCatalogue();
  const [trail, setTrail] = useState<SearchHit[]>([]);
  const [searching, setSearching] = useState(false);
  const back = useRef<HTMLButtonElement>(null);
  const service = tabService === null ? undefined : view.service(tabService);
  const picked = trail.at(-1);

  useEffect(() => {
    if (picked) back.current?.focus();
  }, [picked]);

  const pick = (hit: SearchHit) => setTrail([...trail, hit]);

  let content: ComponentChildren;
  if (picked) {
    content = (
      <>
        <button type="button" class="back" ref={back} onClick={() => setTrail(trail.slice(0, -1))}>
          ← {t(locale, 'popupBack')}
        </button>
        <PickedView hit={picked} onPick={pick} />
      </>
    );
  } else if (service && !searching) {
    content = (
      <>
        <ServiceView service={service} />
        <button type="button" class="link-button footer-action" onClick={() => setSearching(true)}>
          {t(locale, 'searchLabel')}
        </button>
      </>
    );
  } else {
    content = (
      <>
        {!service && (
          <header class="not-gafam">
            <h1 class="not-gafam__title">{t(locale, 'popupNotGafam')}</h1>
            <p class="not-gafam__hint">{t(locale, 'popupNotGafamHint')}</p>
          </header>
        )}
        <SearchPanel onSelect={pick} autoFocus={searching} />
      </>
    );
  }

  return (
    <>
      <SettingsProblem problem={settingsProblem} />
      {content}
      <nav class="popup-links" aria-label={t(locale, 'popupLinksLabel')}>
        {/* Extension pages open in their own tab; the popup would close on them anyway. */}
        <a href={`/explore.html${service ? `#service/${service.id}` : ''}`} target="_blank" rel="noopener">
          {t(locale, 'popupExplore')}
        </a>
        <a href="/options.html" target="_blank" rel="noopener">
          {t(locale, 'popupSettings')}
        </a>
      </nav>
      <footer class="privacy">{t(locale, 'popupPrivacy')}</footer>
    </>
  );
}
