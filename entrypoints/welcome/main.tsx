import { mountPage } from '@/components/mount-page';
import { t } from '@/utils/i18n';
import { WelcomePage } from './WelcomePage';

void mountPage(({ locale }) => {
  document.title = `Circuit court — ${t(locale, 'welcomeTitle')}`;
  return <WelcomePage />;
});
