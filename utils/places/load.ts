/**
 * The gazetteer ships inside the extension as its own chunk (about 2 MB), fetched
 * from the extension package only when the user starts typing a place: the popup's
 * first paint never waits for it.
 */
import { createPlaceIndex, type PlaceIndex } from './gazetteer';

export { type PlaceIndex, type PlaceResult, searchPlaces } from './gazetteer';

let loading: Promise<PlaceIndex> | null = null;

export function loadPlaceIndex(): Promise<PlaceIndex> {
  loading ??= import('virtual:gazetteer').then((module) => createPlaceIndex(module.default));
  // A failed load may be tried again at the next keystroke.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
