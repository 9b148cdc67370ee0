/**
 * README.md keeps a few figures that tools write, each between `<!-- name -->` and
 * `<!-- /name -->`: the catalogue's (`npm run catalogue -- stats --readme`) and the bench's
 * (`npm run bench`). Tests check that each block says what its tool would write.
 */
const markers = (name: string) => [`<!-- ${name} -->\n`, `\n<!-- /${name} -->`] as const;

/** The text between the block's markers, or null when the README has no such block. */
export function readmeBlock(readme: string, name: string): string | null {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  return start < 0 || end < 0 ? null : readme.slice(start + open.length, end);
}

/** The README with the block's text replaced; throws when the markers are missing. */
export function withReadmeBlock(readme: string, name: string, body: string): string {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no <!-- ${name} --> … <!-- /${name} --> block`);
  return readme.slice(0, start + open.length) + body + readme.slice(end);
}
