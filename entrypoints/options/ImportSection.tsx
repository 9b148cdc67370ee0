import { useState } from 'preact/hooks';
import { useLocale, useSettings } from '@/components/context';
import type { Catalogue } from '@/utils/catalogue/schema';
import { dayOf } from '@/utils/day';
import { plural, t } from '@/utils/i18n';
import { type LocalList, saveLocalList, withoutHost } from '@/utils/local-list';
import type { Settings } from '@/utils/settings';
import type { ImportProblem } from './local-list-import';

type Report =
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'imported'; count: number; notes: string[] }
  | { kind: 'restored' };

const today = () => dayOf(new Date());

/** Reads the chosen files, checks them whole, and stores them only if all is valid. */
async function importFiles(files: File[], bundled: Catalogue): Promise<Report> {
  const { keepOutcome, readChosenFiles } = await import('./import-files');
  const outcome = await readChosenFiles(files, bundled, today());
  await keepOutcome(outcome);
  if (outcome.kind === 'imported')
    return { kind: 'imported', count: outcome.localList.hosts.length, notes: outcome.notes };
  return outcome.kind === 'restored' ? { kind: 'restored' } : outcome;
}

async function downloadBackup(settings: Settings, localList: LocalList | null) {
  const { makeBackup } = await import('./import-files');
  const blob = new Blob([`${JSON.stringify(makeBackup(settings, localList), null, 2)}\n`], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `circuit-court-${today()}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

interface Props {
  bundled: Catalogue;
  localList: LocalList | null;
  localListCorrupted: boolean;
}

/** Import a local list of hosts, see and remove it; save and restore everything in one file. */
export function ImportSection({ bundled, localList, localListCorrupted }: Props) {
  const locale = useLocale();
  const { settings } = useSettings();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    try {
      setReport(await importFiles(files, bundled));
    } catch (error) {
      setReport({
        kind: 'problems',
        problems: [{ file: files.map((f) => f.name).join(', '), where: '(file)', message: String(error) }],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="hint">{t(locale, 'importHint')}</p>
      {localListCorrupted && (
        <p class="warning" role="status">
          {t(locale, 'importCorrupted')}
        </p>
      )}
      <label class="button import__pick">
        {t(locale, 'importChoose')}
        <input
          type="file"
          class="sr-only"
          accept=".json,.properties,application/json"
          multiple
          disabled={busy}
          onChange={(event) => void onFiles(event.currentTarget)}
        />
      </label>
      <div aria-live="polite" class="import__report">
        {report?.kind === 'problems' && (
          <div role="alert">
            <p class="field-error">{t(locale, 'importRefused')}</p>
            <ul class="import__problems">
              {report.problems.slice(0, 50).map((problem, index) => (
                <li key={index}>
                  {t(locale, 'importProblem', { file: problem.file, where: problem.where, message: problem.message })}
                </li>
              ))}
            </ul>
            {report.problems.length > 50 && <p>{plural(locale, 'importMoreProblems', report.problems.length - 50)}</p>}
          </div>
        )}
        {report?.kind === 'imported' && (
          <>
            <p class="settings__done">{plural(locale, 'importDone', report.count)}</p>
            {report.notes.length > 0 && (
              <details>
                <summary>{plural(locale, 'importNotes', report.notes.length)}</summary>
                <ul>
                  {report.notes.map((note, index) => (
                    <li key={index}>{note}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
        {report?.kind === 'restored' && <p class="settings__done">{t(locale, 'importRestored')}</p>}
      </div>
      {localList && (
        <div class="import__list">
          <h3>
            {t(locale, 'importCurrent', {
              source: localList.source,
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
                new Date(`${localList.imported}T12:00:00`),
              ),
            })}
          </h3>
          <ul class="muted-sites">
            {localList.hosts.map((host) => (
              <li key={host.id} data-host={host.id}>
                <span>{host.name}</span> <span class="chip chip--local">{t(locale, 'hostLocal')}</span>{' '}
                <button
                  type="button"
                  class="link-button"
                  aria-label={t(locale, 'settingsMutedRemoveLabel', { site: host.name })}
                  onClick={() => void saveLocalList(withoutHost(localList, host.id))}
                >
                  {t(locale, 'settingsMutedRemove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => void saveLocalList(null)}>
            {t(locale, 'importRemoveAll')}
          </button>
        </div>
      )}
      <h3>{t(locale, 'backupHeading')}</h3>
      <p class="hint">{t(locale, 'backupHint')}</p>
      <button type="button" class="button" onClick={() => void downloadBackup(settings, localList)}>
        {t(locale, 'backupSave')}
      </button>
    </>
  );
}
