import { ExplorePage } from '@/components/ExplorePage';
import { mountPage } from '@/components/mount-page';

void mountPage(({ settingsProblem }) => <ExplorePage settingsProblem={settingsProblem} />);
