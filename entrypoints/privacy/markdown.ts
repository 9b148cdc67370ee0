/**
 * A small Markdown reader for the extension's own documents (PRIVACY.md): headings,
 * paragraphs, flat lists, rules, links, emphasis, strong emphasis and code spans.
 * It renders to Preact elements, never to HTML text: whatever the document holds,
 * markup in it is shown as text, and only web, mail and in-page links become links.
 */
import { type ComponentChild, h } from 'preact';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'rule' };

/** "Ce qui est gardé, où ?" → "ce-qui-est-garde-ou": the anchor of a heading. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The text of inline content, without its marks. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => ('children' in inline ? plainText(inline.children) : inline.text)).join('');
}

/** Links the renderer keeps: the web, mail, and places in the same document or extension. */
export function isSafeHref(href: string): boolean {
  if (/^(https?:|mailto:)/i.test(href)) return true;
  // No scheme at all: a fragment or a relative path ("#english", "privacy.html").
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

const ESCAPABLE = '\\`*_[]()#+-.!';

/** Inline marks of one paragraph, list item or heading. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\' && i + 1 < source.length && ESCAPABLE.includes(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ type: 'code', text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (char === '[') {
      const link = matchLink(source, i);
      if (link) {
        flush();
        const children = parseInline(link.label);
        // A link to anything else (javascript:, data:…) keeps its words and loses its target.
        if (isSafeHref(link.href)) out.push({ type: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const strong = source.startsWith(char.repeat(2), i);
      const marker = strong ? char.repeat(2) : char;
      const end = closingMarker(source, i + marker.length, marker);
      // "snake_case" is not emphasis: an underscore mark must not touch a letter outside.
      const wordInside =
        char === '_' && (/\w/.test(source[i - 1] ?? '') || /\w/.test(source[end + marker.length] ?? ''));
      if (end > i + marker.length && !wordInside) {
        flush();
        out.push({ type: strong ? 'strong' : 'em', children: parseInline(source.slice(i + marker.length, end)) });
        i = end + marker.length;
        continue;
      }
    }
    text += char;
    i++;
  }
  flush();
  return out;
}

/** Where `marker` closes, not right after a space and not inside a code span; -1 when it does not. */
function closingMarker(source: string, from: number, marker: string): number {
  if (source[from] === ' ' || from >= source.length) return -1;
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i) i = end;
    } else if (source[i] === marker[0] && source[i - 1] !== ' ') {
      // A run of marks closes on its last ones: "**a *b***" is strong around "a *b*".
      let run = 1;
      while (source[i + run] === marker[0]) run++;
      // A pair inside single emphasis belongs to a strong span of its own.
      if (run >= marker.length && !(marker.length === 1 && run === 2)) return i + run - marker.length;
      i += run - 1;
    }
  }
  return -1;
}

/** `[label](href)` starting at `start`, labels may hold brackets in pairs. */
function matchLink(source: string, start: number): { label: string; href: string; end: number } | null {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') depth++;
    else if (source[i] === ']' && --depth === 0) {
      if (source[i + 1] !== '(') return null;
      // The target may hold parentheses in pairs: "(javascript:alert(1))".
      let close = -1;
      for (let j = i + 2, open = 1; j < source.length; j++) {
        if (source[j] === '(') open++;
        else if (source[j] === ')' && --open === 0) {
          close = j;
          break;
        }
      }
      if (close < 0) return null;
      const href = source.slice(i + 2, close).trim();
      if (href === '' || /\s/.test(href)) return null;
      return { label: source.slice(start + 1, i), href, end: close + 1 };
    }
  }
  return null;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** The blocks of a document. Headings get unique ids from their text, for links to them. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const ids = new Map<string, number>();
  const uniqueId = (text: string) => {
    const base = slug(text) || 'section';
    const seen = ids.get(base) ?? 0;
    ids.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen}`;
  };
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (const line of lines) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      const children = parseInline(heading[2]);
      blocks.push({ type: 'heading', level: heading[1].length as 1, id: uniqueId(plainText(children)), children });
    } else if (RULE.test(line) && paragraph.length === 0) {
      endList();
      blocks.push({ type: 'rule' });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = !bullet;
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1].trim());
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line continues the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}

export interface RenderOptions {
  /** Extra attributes for a link, e.g. to open the web in a new tab. */
  linkProps?: (href: string) => Record<string, string>;
}

/** Web links leave the extension's page: a new tab, without telling the site where from. */
const defaultLinkProps = (href: string): Record<string, string> =>
  /^https?:/i.test(href) ? { target: '_blank', rel: 'noopener noreferrer' } : {};

function renderInline(inlines: Inline[], options: RenderOptions): ComponentChild[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every inline type.
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text':
        return inline.text;
      case 'code':
        return h('code', { key: index }, inline.text);
      case 'em':
        return h('em', { key: index }, renderInline(inline.children, options));
      case 'strong':
        return h('strong', { key: index }, renderInline(inline.children, options));
      case 'link':
        return h(
          'a',
          { key: index, href: inline.href, ...(options.linkProps ?? defaultLinkProps)(inline.href) },
          renderInline(inline.children, options),
        );
    }
  });
}

/** Preact elements for the blocks, in order. */
export function renderBlocks(blocks: Block[], options: RenderOptions = {}): ComponentChild[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every block type.
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading':
        return h(`h${block.level}`, { key: index, id: block.id }, renderInline(block.children, options));
      case 'paragraph':
        return h('p', { key: index }, renderInline(block.children, options));
      case 'list':
        return h(
          block.ordered ? 'ol' : 'ul',
          { key: index },
          block.items.map((item, position) => h('li', { key: position }, renderInline(item, options))),
        );
      case 'rule':
        return h('hr', { key: index });
    }
  });
}

/** Markdown text → Preact elements. */
export function renderMarkdown(source: string, options: RenderOptions = {}): ComponentChild[] {
  return renderBlocks(parseMarkdown(source), options);
}
