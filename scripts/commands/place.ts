import { createPlaceIndex, searchPlaces } from '../../utils/places/gazetteer';
import { compileGazetteer } from '../gazetteer';
import type { Command } from './command';

/** The offline gazetteer, as the place picker sees it. */
export const placeIndex = () => createPlaceIndex(compileGazetteer());

/** One JSON line per match, best first; no match prints nothing and exits 1. */
export const place: Command = {
  usage: 'place <text>           the places matching a postal code or a town, best first (JSON lines)',
  run(args) {
    const text = args.join(' ');
    if (text.trim() === '') {
      console.error('usage: npm run catalogue -- place <postal code or town>');
      return 2;
    }
    const found = searchPlaces(placeIndex(), text, 10);
    for (const { name, postalCode, country, lat, lon } of found)
      console.log(JSON.stringify({ name, postalCode, country, lat, lon }));
    if (found.length === 0) console.error(`no place matches "${text}"`);
    return found.length > 0 ? 0 : 1;
  },
};
