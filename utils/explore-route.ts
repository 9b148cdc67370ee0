/**
 * The explore page keeps its view in the URL hash, so that a view can be
 * bookmarked or shared with a room: `#nearby/write-together`.
 * Anything unknown reads as the default view.
 */
export type ExploreRoute = { view: 'nearby'; category: string };

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseRoute(hash: string): ExploreRoute {
  const [view = '', ...rest] = decodeURIComponent(hash.replace(/^#\/?/, '')).split('/');
  const category = rest[0] ?? '';
  if (view === 'nearby') return { view, category: idPattern.test(category) ? category : '' };
  return { view: 'nearby', category: '' };
}

export function formatRoute(route: ExploreRoute): string {
  return route.category === '' ? `#${route.view}` : `#${route.view}/${route.category}`;
}
