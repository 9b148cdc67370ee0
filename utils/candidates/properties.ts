/**
 * A reader for Java `.properties` files, the format of ChatonsInfos and StatoolInfos.
 *
 * Pure (no Node imports): the extension can use it on files a user picks. It never throws:
 * whatever the input, it returns the entries it could read and one problem per odd line,
 * each with its line number (1-based, the line where the logical line starts).
 *
 * Rules followed (java.util.Properties#load): a byte order mark is skipped; lines end at
 * \n, \r\n or \r; blank lines and lines whose first non-blank character is `#` or `!` are
 * comments; a line ending in an odd number of backslashes continues on the next line, whose
 * leading blanks are dropped; the key ends at the first unescaped `=`, `:` or blank, and one
 * `=` or `:` (with blanks around it) separates it from the value; `\t \n \r \f`, `\uXXXX`
 * and `\` before any other character are escapes. Unlike Java, unescaped trailing blanks of
 * a value are dropped (ChatonsInfos files are typed by hand), and a later duplicate key is
 * reported (Java keeps the last one silently; so do we).
 */

export interface PropertiesProblem {
  line: number;
  message: string;
}

export interface Properties {
  /** Keys in the order they first appear; the value is the last one given. */
  values: Map<string, string>;
  /** The line where each key was (last) defined. */
  lineOf: Map<string, number>;
  problems: PropertiesProblem[];
}

const BLANK = new Set([' ', '\t', '\f']);
const MAX_PROBLEMS = 50;

interface LogicalLine {
  line: number;
  text: string;
}

/** Natural lines joined into logical lines; comments and blank lines dropped. */
function logicalLines(text: string): LogicalLine[] {
  const natural = text.split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  for (let i = 0; i < natural.length; i++) {
    const first = stripLeadingBlanks(natural[i]);
    if (first === '' || first[0] === '#' || first[0] === '!') continue;
    const start = i + 1;
    let joined = first;
    while (endsWithOddBackslashes(joined) && i + 1 < natural.length) {
      joined = joined.slice(0, -1) + stripLeadingBlanks(natural[++i]);
    }
    // A continuation at the very end of the file: the backslash escapes nothing.
    if (endsWithOddBackslashes(joined)) joined = joined.slice(0, -1);
    out.push({ line: start, text: joined });
  }
  return out;
}

function stripLeadingBlanks(line: string): string {
  let i = 0;
  while (i < line.length && BLANK.has(line[i])) i++;
  return line.slice(i);
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

interface Unescaped {
  text: string;
  /** Length of the text up to its last escaped or non-blank character (to trim trailing blanks). */
  keep: number;
}

function decodeEscapes(raw: string, line: number, problems: PropertiesProblem[]): Unescaped {
  let text = '';
  let keep = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char !== '\\') {
      text += char;
      if (!BLANK.has(char)) keep = text.length;
      continue;
    }
    const next = raw[++i];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = raw.slice(i + 1, i + 5);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        text += String.fromCharCode(Number.parseInt(hex, 16));
        i += 4;
      } else {
        problems.push({ line, message: `malformed \\u escape "\\u${hex}": kept as written` });
        text += '\\u';
      }
    } else {
      text += next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next === 'f' ? '\f' : next;
    }
    keep = text.length;
  }
  return { text, keep };
}

/** Splits a logical line into its raw (still escaped) key and value. */
function splitKeyValue(text: string): { key: string; value: string; separated: boolean } {
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '=' || char === ':' || BLANK.has(char)) break;
    i++;
  }
  const key = text.slice(0, Math.min(i, text.length));
  let j = i;
  while (j < text.length && BLANK.has(text[j])) j++;
  let separated = j > i;
  if (j < text.length && (text[j] === '=' || text[j] === ':')) {
    separated = true;
    j++;
    while (j < text.length && BLANK.has(text[j])) j++;
  }
  return { key, value: text.slice(j), separated };
}

// Control characters other than tab and form feed: a sign of a binary file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function parseProperties(input: string): Properties {
  const values = new Map<string, string>();
  const lineOf = new Map<string, number>();
  const problems: PropertiesProblem[] = [];
  const report = (line: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
    else if (problems.length === MAX_PROBLEMS)
      problems.push({ line, message: 'too many problems: the rest are not listed' });
  };
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';

  for (const { line, text: logical } of logicalLines(text)) {
    if (CONTROL.test(logical)) {
      report(line, 'control characters: line skipped (not a text properties file?)');
      continue;
    }
    const { key: rawKey, value: rawValue, separated } = splitKeyValue(logical);
    const escapes: PropertiesProblem[] = [];
    const key = decodeEscapes(rawKey, line, escapes).text;
    const unescapedValue = decodeEscapes(rawValue, line, escapes);
    for (const problem of escapes) report(problem.line, problem.message);
    const value = unescapedValue.text.slice(0, unescapedValue.keep);
    if (!separated) report(line, `"${shorten(key)}" has no "=" or ":": read as a key with an empty value`);
    const previous = lineOf.get(key);
    if (previous !== undefined)
      report(line, `duplicate key "${shorten(key)}" (first on line ${previous}): the last value wins`);
    values.set(key, value);
    lineOf.set(key, line);
  }
  return { values, lineOf, problems };
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
