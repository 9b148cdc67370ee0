/**
 * What the scenarios read and do in a page, the same in both browsers: each helper runs
 * plain DOM code in the page, which Chromium's DevTools protocol and Firefox's WebDriver
 * BiDi evaluate alike.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './session';

export const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);

export const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));

export const count = (page: Page, selector: string) => page.$$eval(selector, (elements) => elements.length);

export const attribute = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (element, attributeName) => element.getAttribute(attributeName), name);

/** Whether the element is laid out (not hidden, not display: none). */
export const isVisible = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLElement).offsetParent !== null || element.tagName === 'BODY');

/** The first element matching `selector` whose text, or accessible label, is `name` (or contains it, for a RegExp). */
export async function named(page: Page, selector: string, name: string | RegExp): Promise<ElementHandle<Element>> {
  const pattern = typeof name === 'string' ? null : { source: name.source, flags: name.flags };
  const handle = await page.evaluateHandle(
    (css, exact, regexp) => {
      const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();
      const matches = (value: string | null | undefined) => {
        if (value == null) return false;
        return regexp ? new RegExp(regexp.source, regexp.flags).test(spaced(value)) : spaced(value) === spaced(exact);
      };
      return (
        [...document.querySelectorAll(css)].find(
          (element) => matches(element.getAttribute('aria-label')) || matches(element.textContent),
        ) ?? null
      );
    },
    selector,
    typeof name === 'string' ? name : '',
    pattern,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no ${selector} named ${String(name)}`);
  return element;
}

/** The form control a label names (a label around it, or pointing at it), as a person finds it. */
export async function labelled(page: Page, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((wanted) => {
    const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();
    const label = [...document.querySelectorAll('label')].find(
      (candidate) => candidate.control && spaced(candidate.textContent ?? '') === spaced(wanted),
    );
    return label?.control ?? null;
  }, name);
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no control labelled ${name}`);
  return element;
}

/** Replaces a field's text as a user does: everything selected, then typed over. */
export async function fill(page: Page, field: string | ElementHandle<Element>, value: string): Promise<void> {
  const element = typeof field === 'string' ? await page.$(field) : field;
  if (!element) throw new Error(`no field ${String(field)}`);
  await element.focus();
  await element.evaluate((input) => (input as HTMLInputElement).select());
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
}

/** Moves inside the page as a single-page app does: no reload, a new URL. */
export const pushState = (page: Page, path: string) => page.evaluate((to) => history.pushState({}, '', to), path);

/** Types into a place field until a suggestion starts with `label`; returns its position among them. */
export async function suggest(page: Page, field: string, query: string, label: string): Promise<number> {
  await fill(page, field, query);
  const position = () =>
    texts(page, `${field}-list [role=option]`).then((options) =>
      options.findIndex((option) => option.startsWith(label)),
    );
  await until(async () => (await position()) >= 0, `a suggestion “${label}” for “${query}”`);
  return position();
}

/** Chooses a suggestion with the keyboard. */
export async function choose(page: Page, position: number): Promise<void> {
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
