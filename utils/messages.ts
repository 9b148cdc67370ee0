/** Messages from content scripts to the background. Anything else is ignored. */
export interface PageMessage {
  type: 'page';
  /** The page's address, read by the background to find the service, never stored. */
  url: string;
}

export function isPageMessage(value: unknown): value is PageMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return message.type === 'page' && typeof message.url === 'string';
}
