import { t } from '@/utils/i18n';
import { useLocale } from './context';
import { displayHost, ExternalLink } from './ExternalLink';
import { lazyModule } from './lazy-module';
import './LeavingGuide.css';

// Only one service's guide shows at a time: the guides come after the first frame.
const useLeavingGuides = lazyModule(() => import('virtual:leaving-guides'));

/** How to take one's data out of the service and into the first alternative; nothing when the catalogue has no guide. */
export function LeavingGuide({ service }: { service: string }) {
  const locale = useLocale();
  const note = useLeavingGuides()?.[service];
  if (!note) return null;
  return (
    <section class="leaving" aria-labelledby="leaving-heading">
      <h2 id="leaving-heading" class="section-title">
        {t(locale, 'leavingHeading')}
      </h2>
      <div class="leaving__body">
        {note.exportPage === undefined && <p class="leaving__none">{t(locale, 'leavingNoExport')}</p>}
        <p class="leaving__steps">{note.steps[locale]}</p>
        {note.lost && (
          <p class="leaving__lost">
            <strong>{t(locale, 'leavingLost')}</strong> {note.lost[locale]}
          </p>
        )}
        {note.exportPage !== undefined && (
          <p class="leaving__meta">
            <span class="sr-only">{t(locale, 'leavingFormats')}</span>
            {note.formats.map((format) => (
              <span key={format} class="chip">
                {format}
              </span>
            ))}
            {note.formats.length === 0 && <span class="chip">{t(locale, 'leavingFormatsNotGiven')}</span>}
            <ExternalLink href={note.exportPage} class="leaving__export">
              {t(locale, 'leavingExport', { site: displayHost(note.exportPage) })}
            </ExternalLink>
          </p>
        )}
      </div>
    </section>
  );
}
