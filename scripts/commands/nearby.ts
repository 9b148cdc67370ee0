import { createCatalogueView, easiestAccess } from '../../utils/catalogue/lookup';
import { rankProviders } from '../../utils/nearby';
import { searchPlaces } from '../../utils/places/gazetteer';
import { placeLabel } from '../../utils/places/label';
import { loadValidCatalogue } from '../catalogue-files';
import type { Command } from './command';
import { placeIndex } from './place';

/** Hosts by distance from the best match of a place, as the popup ranks them (JSON lines). */
export const nearby: Command = {
  usage: 'nearby <place> [--category <id>]  hosts ranked by distance from a place (JSON lines, km)',
  run(args) {
    const at = args.indexOf('--category');
    const categoryId = at >= 0 ? args[at + 1] : undefined;
    const text = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1)).join(' ');
    if (text.trim() === '' || (at >= 0 && categoryId === undefined)) {
      console.error('usage: npm run catalogue -- nearby <postal code or town> [--category <id>]');
      return 2;
    }
    const view = createCatalogueView(loadValidCatalogue());
    if (categoryId !== undefined && !view.category(categoryId)) {
      console.error(
        `unknown category "${categoryId}"; known: ${view.catalogue.categories.map((c) => c.id).join(', ')}`,
      );
      return 2;
    }
    const [origin] = searchPlaces(placeIndex(), text, 1);
    if (!origin) {
      console.error(`no place matches "${text}"`);
      return 1;
    }
    console.error(`from ${placeLabel(origin, 'en')}${origin.approximate ? ' (approximate point)' : ''}`);
    const entries = categoryId === undefined ? view.allProviders() : view.providersFor(categoryId);
    const { located, placeless } = rankProviders(entries, origin);
    for (const { provider, offers, km } of located) {
      console.log(
        JSON.stringify({
          id: provider.id,
          name: provider.name,
          city: provider.place!.city,
          country: provider.place!.country,
          km: Math.round(km! * 10) / 10,
          access: easiestAccess(offers),
          collectives: provider.collectives,
        }),
      );
    }
    if (placeless.length > 0)
      console.error(
        `${placeless.length} more host(s) give no place: ${placeless.map((p) => p.provider.id).join(', ')}`,
      );
    return 0;
  },
};
