import { mountPage } from '@/components/mount-page';
import { ExplorePage } from './ExplorePage';

void mountPage(({ settingsProblem }) => <ExplorePage settingsProblem={settingsProblem} />);
