import { compileIndex } from '../../utils/detect/compile';
import { detectService } from '../../utils/detect/detect';
import { loadValidCatalogue } from '../catalogue-files';
import type { Command } from './command';

/** One JSON line per URL, in order; a URL that is not a GAFAM service (or not a URL) gives company null. */
export const detect: Command = {
  usage: 'detect <url>...        which GAFAM service each URL is (JSON lines)',
  run(urls) {
    const catalogue = loadValidCatalogue();
    const index = compileIndex(catalogue);
    const services = new Map(catalogue.services.map((service) => [service.id, service]));
    for (const url of urls) {
      const id = detectService(url, index);
      const service = id === null ? undefined : services.get(id);
      const line = service
        ? { url, company: service.company, service: service.name.en, need: service.need }
        : { url, company: null };
      console.log(JSON.stringify(line));
    }
    return 0;
  },
};
