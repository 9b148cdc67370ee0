import { ExplorePage } from '@/components/ExplorePage';
import { mountPage } from '@/components/mount-page';

void mountPage(({ locale, settingsProblem }) => {
  document.title = locale === 'fr' ? 'Circuit court — explorer' : 'Circuit court — explore';
  return <ExplorePage settingsProblem={settingsProblem} />;
});
