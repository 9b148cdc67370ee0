import { createCatalogueView, easiestAccess } from '../../utils/catalogue/lookup';
import { rankHosts } from '../../utils/nearby';
import { searchPlaces } from '../../utils/places/gazetteer';
import { placeLabel } from '../../utils/places/label';
import { loadValidCatalogue } from '../catalogue-files';
import type { Command } from './command';
import { placeIndex } from './place';

/** Hosts by distance from the best match of a place, as the popup ranks them (JSON lines). */
export const nearby: Command = {
  usage: 'nearby <place> [--need <id>]  hosts ranked by distance from a place (JSON lines, km)',
  run(args) {
    // `--category` is the flag's name before the catalogue said "need" everywhere; kept for one release.
    const at = args.findIndex((arg) => arg === '--need' || arg === '--category');
    if (args[at] === '--category')
      console.error('note: --category is now --need; the old name goes in the next release');
    const needId = at >= 0 ? args[at + 1] : undefined;
    const text = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1)).join(' ');
    if (text.trim() === '' || (at >= 0 && needId === undefined)) {
      console.error('usage: npm run catalogue -- nearby <postal code or town> [--need <id>]');
      return 2;
    }
    const view = createCatalogueView(loadValidCatalogue());
    if (needId !== undefined && !view.need(needId)) {
      console.error(`unknown need "${needId}"; known: ${view.catalogue.needs.map((need) => need.id).join(', ')}`);
      return 2;
    }
    const [origin] = searchPlaces(placeIndex(), text, 1);
    if (!origin) {
      console.error(`no place matches "${text}"`);
      return 1;
    }
    console.error(`from ${placeLabel(origin, 'en')}${origin.approximate ? ' (approximate point)' : ''}`);
    const entries = needId === undefined ? view.allHosts() : view.hostsFor(needId);
    const { located, placeless } = rankHosts(entries, origin);
    for (const { host, offers, km } of located) {
      console.log(
        JSON.stringify({
          id: host.id,
          name: host.name,
          city: host.place!.city,
          country: host.place!.country,
          km: Math.round(km! * 10) / 10,
          access: easiestAccess(offers),
          collectives: host.collectives,
        }),
      );
    }
    if (placeless.length > 0)
      console.error(`${placeless.length} more host(s) give no place: ${placeless.map((p) => p.host.id).join(', ')}`);
    return 0;
  },
};
