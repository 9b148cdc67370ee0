import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentChild, VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import {
  isSafeHref,
  parseInline,
  parseMarkdown,
  plainText,
  renderMarkdown,
  slug,
} from '../../entrypoints/privacy/markdown';
import { projectRoot } from '../../scripts/catalogue-files';
import { typographyProblems } from '../../utils/catalogue/typography';

/** The elements as HTML text, escaped as a browser would show them (for reading the tests). */
function html(node: ComponentChild | ComponentChild[]): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return node.map(html).join('');
  if (typeof node !== 'object') return String(node).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { type, props: allProps } = node as VNode<Record<string, unknown>>;
  const { children, ...props } = allProps as Record<string, unknown> & { children?: ComponentChild | ComponentChild[] };
  expect(props).not.toHaveProperty('dangerouslySetInnerHTML');
  const attributes = Object.entries(props)
    .map(([name, value]) => ` ${name}="${String(value)}"`)
    .join('');
  return `<${String(type)}${attributes}>${html(children)}</${String(type)}>`;
}

describe('markdown: blocks', () => {
  it('reads headings of every level, with unique ids from their words', () => {
    const blocks = parseMarkdown('# Vie privée\n\n## Ce qui est gardé\n### Ce qui est gardé ###\n###### Six');
    expect(
      blocks.map((block) => block.type === 'heading' && [block.level, block.id, plainText(block.children)]),
    ).toEqual([
      [1, 'vie-privee', 'Vie privée'],
      [2, 'ce-qui-est-garde', 'Ce qui est gardé'],
      [3, 'ce-qui-est-garde-1', 'Ce qui est gardé'],
      [6, 'six', 'Six'],
    ]);
  });

  it('joins the lines of a paragraph and splits paragraphs on blank lines', () => {
    expect(html(renderMarkdown('one\ntwo\r\n\r\nthree'))).toBe('<p>one two</p><p>three</p>');
    expect(html(renderMarkdown('#no heading without a space'))).toBe('<p>#no heading without a space</p>');
  });

  it('reads bulleted and numbered lists, with indented continuation lines', () => {
    const source = '- first\n  still first\n* second\n\n1. one\n2) two\n\nafter';
    expect(html(renderMarkdown(source))).toBe(
      '<ul><li>first still first</li><li>second</li></ul><ol><li>one</li><li>two</li></ol><p>after</p>',
    );
    expect(html(renderMarkdown('- a\n1. b'))).toBe('<ul><li>a</li></ul><ol><li>b</li></ol>');
    expect(html(renderMarkdown('text\n- item'))).toBe('<p>text</p><ul><li>item</li></ul>');
  });

  it('reads rules between blocks', () => {
    expect(html(renderMarkdown('a\n\n---\n\nb'))).toBe('<p>a</p><hr></hr><p>b</p>');
    expect(html(renderMarkdown('* * *'))).toBe('<hr></hr>');
  });
});

describe('markdown: inline marks', () => {
  it('reads emphasis, strong emphasis and code spans, nested', () => {
    expect(html(renderMarkdown('*one* _two_ **three** __four__ `five` **bold *and em***'))).toBe(
      '<p><em>one</em> <em>two</em> <strong>three</strong> <strong>four</strong> <code>five</code> <strong>bold <em>and em</em></strong></p>',
    );
  });

  it('leaves lone marks, marks inside words and marks in code as they are', () => {
    expect(html(renderMarkdown('2 * 3 * 4, snake_case_name, `a*b*c`, * spaced*'))).toBe(
      '<p>2 * 3 * 4, snake_case_name, <code>a*b*c</code>, * spaced*</p>',
    );
    expect(html(renderMarkdown('\\*not em\\* and a \\[bracket\\]'))).toBe('<p>*not em* and a [bracket]</p>');
  });

  it('makes links, web links opening in a new tab without a referrer', () => {
    expect(
      html(
        renderMarkdown(
          '[English](#english), [the *settings*](options.html), [site](https://framasoft.org/), [mail](mailto:a@b.c)',
        ),
      ),
    ).toBe(
      '<p><a href="#english">English</a>, <a href="options.html">the <em>settings</em></a>, ' +
        '<a href="https://framasoft.org/" target="_blank" rel="noopener noreferrer">site</a>, <a href="mailto:a@b.c">mail</a></p>',
    );
    expect(html(renderMarkdown('[a](x)', { linkProps: () => ({ class: 'doc-link' }) }))).toBe(
      '<p><a href="x" class="doc-link">a</a></p>',
    );
  });

  it('keeps only the words of a link to anything but the web, mail or a page', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example/',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
      expect(html(renderMarkdown(`[click](${href})`)), href).toBe('<p>click</p>');
    }
    expect(html(renderMarkdown('[not a link] (x) and [x](with space)'))).toBe(
      '<p>[not a link] (x) and [x](with space)</p>',
    );
  });

  it('shows markup as text: nothing is ever read as HTML', () => {
    const rendered = html(renderMarkdown('# <img src=x onerror=alert(1)>\n\n<script>alert(1)</script> **<b>x</b>**'));
    expect(rendered).toBe(
      '<h1 id="img-src-x-onerror-alert-1">&lt;img src=x onerror=alert(1)&gt;</h1><p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>&lt;b&gt;x&lt;/b&gt;</strong></p>',
    );
  });

  it('slugs and plain text', () => {
    expect(slug('Pourquoi ces permissions ?')).toBe('pourquoi-ces-permissions');
    expect(slug('Œuvre — “quoted”')).toBe('uvre-quoted');
    expect(plainText(parseInline('a *b* [c](#d) `e`'))).toBe('a b c e');
  });
});

describe('PRIVACY.md', () => {
  const source = readFileSync(join(projectRoot, 'PRIVACY.md'), 'utf8');
  const blocks = parseMarkdown(source);
  const headings = blocks.flatMap((block) => (block.type === 'heading' ? [block] : []));

  it('is in French and in English, each language a section the page can link to', () => {
    const ids = headings.filter((heading) => heading.level === 2).map((heading) => heading.id);
    expect(ids).toEqual(['francais', 'english']);
  });

  it('uses only what the renderer reads, and links only inside the document or to the web', () => {
    for (const line of source.split('\n')) expect(line, line).not.toMatch(/^\s*(>|```|\||<)/);
    const links = JSON.stringify(blocks).match(/"href":"[^"]*"/g) ?? [];
    for (const link of links) expect(isSafeHref(JSON.parse(`{${link}}`).href), link).toBe(true);
  });

  it('keeps the interface’s typography: narrow no-break spaces in French, typographic quotes in both', () => {
    const english = source.indexOf('## English');
    for (const [text, locale] of [
      [source.slice(0, english), 'fr'],
      [source.slice(english), 'en'],
    ] as const) {
      // Code spans stay as they are written.
      for (const line of text.replace(/`[^`]*`/g, '').split('\n'))
        expect(typographyProblems(line, locale), line).toEqual([]);
    }
  });

  it('names both permissions and says that nothing is sent', () => {
    const text = JSON.stringify(blocks);
    for (const word of ['storage', 'storage.session', 'storage.local']) expect(text).toContain(word);
    expect(text).toMatch(/rien n’est envoyé|n’envoie rien/i);
    expect(text).toMatch(/nothing is sent|sends nothing/i);
  });
});
