import { t } from '@/utils/i18n';
import type { LoadedSettings } from '@/utils/settings';
import { useLocale } from './context';

/** One line where the stored settings could not be used: the defaults hold for now, nothing was erased. */
export function SettingsProblem({ problem }: { problem: LoadedSettings['problem'] }) {
  const locale = useLocale();
  if (!problem) return null;
  return (
    <p class="warning" role="status">
      {t(locale, problem === 'newer-version' ? 'settingsNewerVersion' : 'settingsCorrupted')}
    </p>
  );
}
