import { mountPage } from '@/components/mount-page';
import { t } from '@/utils/i18n';
import * as settings from '@/utils/settings';
import { WelcomePage } from './WelcomePage';
// After the shared look, which mount-page brings, so that this page's own rules win where they meet.
import './style.css';

void mountPage(
  ({ locale }) => {
    document.title = `Circuit court — ${t(locale, 'welcomeTitle')}`;
    return <WelcomePage />;
  },
  { settings },
);
