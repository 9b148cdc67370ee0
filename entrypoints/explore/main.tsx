import { mountPage } from '@/components/mount-page';
import * as settings from '@/utils/settings';
import { ExplorePage } from './ExplorePage';
// After the shared look, which mount-page brings, so that this page's own rules win where they meet.
import './style.css';

void mountPage(({ settingsProblem }) => <ExplorePage settingsProblem={settingsProblem} />, { settings });
