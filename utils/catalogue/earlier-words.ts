/**
 * Until version 0.1.0 the catalogue called a host a "provider" and a need a "category": lists
 * of hosts and backups written then say `providers` and, in each offer, `category`. They are
 * read in today's words for one more release; anything else is left as it is, for the schema
 * to judge.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function renamed(record: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (!Object.hasOwn(record, from) || Object.hasOwn(record, to)) return record;
  const { [from]: value, ...rest } = record;
  return { ...rest, [to]: value };
}

function hostInTodaysWords(host: unknown): unknown {
  if (!isRecord(host) || !Array.isArray(host.offers)) return host;
  return {
    ...host,
    offers: host.offers.map((offer) => (isRecord(offer) ? renamed(offer, 'category', 'need') : offer)),
  };
}

/** A list of hosts (or a stored local list) in today's words: `hosts`, and offers that name their `need`. */
export function inTodaysWords(fragment: unknown): unknown {
  if (!isRecord(fragment)) return fragment;
  const today = renamed(fragment, 'providers', 'hosts');
  return Array.isArray(today.hosts) ? { ...today, hosts: today.hosts.map(hostInTodaysWords) } : today;
}
