/**
 * Hostile local lists, through the settings page's own import control (rendered in a
 * DOM, with WXT's fake browser): a 50 MB file is refused by its size before it is
 * read; script and data links, HTML in names, a deep nesting and wrong types are
 * refused with a message; nothing is stored; nothing from the file becomes markup.
 */
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleContext } from '../../components/context';
import { ImportSection } from '../../entrypoints/options/ImportSection';
import { MAX_IMPORT_BYTES } from '../../entrypoints/options/local-list-import';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { records } from '../../utils/storage';
import { importableHost } from '../fixtures/importable-host';

const bundled = loadValidCatalogue();
const host = importableHost;

const dom = parseHTML('<!doctype html><html lang="fr"><body><main></main></body></html>');
const globals = globalThis as Record<string, unknown>;
let container: HTMLElement;
let saved: Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  saved = { document: globals.document, window: globals.window };
  Object.assign(globals, { document: dom.document, window: dom.window });
  container = dom.document.querySelector('main') as unknown as HTMLElement;
  render(
    h(LocaleContext.Provider, {
      value: 'fr',
      children: h(ImportSection, { bundled, localList: null, localListCorrupted: false }),
    }),
    container,
  );
});

afterEach(() => {
  render(null, container);
  Object.assign(globals, saved);
});

/** Picks files in the import control, as the user does, and waits for its report (one pick per test: each renders it afresh). */
async function pick(...files: File[]): Promise<string[]> {
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new dom.Event('change') as unknown as Event);
  for (let i = 0; i < 200; i++) {
    const problems = [...container.querySelectorAll('.import__problems li')].map((li) => li.textContent ?? '');
    if (problems.length > 0) return problems;
    if (container.querySelector('.settings__done'))
      throw new Error(`imported: ${container.querySelector('.settings__done')!.textContent}`);
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error('no report from the import control');
}

const stored = () => fakeBrowser.storage.local.get(null);

describe('the settings page’s import control, against hostile files', () => {
  it('refuses a 50 MB file by its size, without reading it, and stores nothing', async () => {
    // A real list, made huge: it would be valid but for its size.
    const text = JSON.stringify({ hosts: [{ ...host, name: `Asso ${'x'.repeat(50 * 1024 * 1024)}` }] });
    const big = new File([text], 'enorme.json', { type: 'application/json' });
    expect(big.size).toBeGreaterThan(50 * 1024 * 1024);
    expect(big.size).toBeGreaterThan(MAX_IMPORT_BYTES);
    let read = false;
    big.text = async () => {
      read = true;
      return text;
    };
    expect(await pick(big)).toEqual(['enorme.json — (file) : larger than 5 MB: not read']);
    expect(read).toBe(false);
    expect(await stored()).toEqual({});
  });

  it('refuses script and data links, naming each, and stores nothing', async () => {
    const evil = JSON.stringify({
      hosts: [
        { ...host, website: 'javascript:alert(1)' },
        {
          ...host,
          id: 'autre',
          website: 'https://autre.example.org/',
          offers: [{ ...host.offers[0], url: 'data:text/html,<script>alert(1)</script>' }],
        },
      ],
    });
    expect(await pick(new File([evil], 'liens.json'))).toEqual([
      'liens.json — hosts[0].website : expected an https:// URL',
      'liens.json — hosts[1].offers[0].url : expected an https:// URL',
    ]);
    expect(await stored()).toEqual({});
  });

  it('shows HTML from the file as text, never as markup', async () => {
    const name = '<img src=x onerror="alert(1)"><b>gras</b>';
    const evil = JSON.stringify({ hosts: [{ ...host, website: 'javascript:alert(1)', name }] });
    const problems = await pick(new File([evil], `<i>${name}</i>.json`));
    expect(problems).toEqual([`<i>${name}</i>.json — hosts[0].website : expected an https:// URL`]);
    expect(
      container.querySelector('.import__report img, .import__report b, .import__report i, .import__report script'),
    ).toBeNull();
    expect(await stored()).toEqual({});
  });

  it('refuses a file nested too deeply to be read, and stores nothing', async () => {
    const deep = `{"hosts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const problems = await pick(new File([deep], 'profond.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^profond\.json — /);
    expect(await stored()).toEqual({});
  });

  it('refuses wrong types, naming what was expected and what was found, and stores nothing', async () => {
    const wrong = JSON.stringify({
      hosts: [{ ...host, name: 42, place: 'Rennes', collectives: 'chatons' }],
      collectives: {},
    });
    const problems = await pick(new File([wrong], 'types.json'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^types\.json — hosts\[0\]\.name : .*expected string, received number/),
        expect.stringMatching(/^types\.json — hosts\[0\]\.collectives : .*expected array/),
      ]),
    );
    expect(await stored()).toEqual({});
  });

  it.each([
    ['a list', '[1, 2, 3]'],
    ['a string', '"hosts"'],
    ['null', 'null'],
    ['hosts as an object', '{"hosts": {"0": {}}}'],
  ])('refuses %s where a list of hosts is expected, and stores nothing', async (_, text) => {
    const problems = await pick(new File([text], 'autre.json'));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^autre\.json — /);
    expect(await stored()).toEqual({});
  });

  it('still imports a good list afterwards (the control is not merely refusing everything)', async () => {
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify({ hosts: [host] })], 'bonne.json')],
      configurable: true,
    });
    input.dispatchEvent(new dom.Event('change') as unknown as Event);
    for (let i = 0; i < 200 && !container.querySelector('.settings__done'); i++)
      await new Promise((done) => setTimeout(done, 10));
    expect(container.querySelector('.settings__done')?.textContent).toContain('Liste importée');
    expect((await stored())[records.localList.key]).toMatchObject({ hosts: [{ id: 'asso-du-quartier' }] });
  });
});
