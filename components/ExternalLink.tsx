import type { ComponentChildren } from 'preact';

/** A link that opens in a new tab and tells the site nothing about where it came from. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a href={href} class={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** "https://www.etherpad.org/x" → "etherpad.org": what a reader recognises. */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
