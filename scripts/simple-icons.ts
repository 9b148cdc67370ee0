/** Brand icons from the CC0 simple-icons package, picked by slug at build time (Node only). */
import * as simpleIcons from 'simple-icons';
import type { BrandIcon } from '../utils/slices';

const bySlug = new Map<string, BrandIcon>();
for (const icon of Object.values(simpleIcons)) {
  if (typeof icon === 'object' && icon !== null && 'slug' in icon) {
    bySlug.set(icon.slug, { title: icon.title, hex: icon.hex, path: icon.path });
  }
}

export function hasBrandIcon(slug: string): boolean {
  return bySlug.has(slug);
}

/** The icons for these slugs; unknown slugs are reported by the catalogue check, not here. */
export function brandIcons(slugs: readonly string[]): Record<string, BrandIcon> {
  const icons: Record<string, BrandIcon> = {};
  for (const slug of slugs) {
    const icon = bySlug.get(slug);
    if (icon) icons[slug] = icon;
  }
  return icons;
}
