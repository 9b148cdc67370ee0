/**
 * The frame of a scenario written once for both browsers (see session.ts): a session for a
 * block of tests, and the check every block ends with.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BrowserName, type Language, type LaunchOptions, launch, type Session } from './session';

/**
 * A session for the tests of the enclosing block: launched before them, closed after them
 * (closing fails on any stray request or error). The object stands for that session all along.
 */
export function sessionFor(name: BrowserName, language: Language, options: LaunchOptions = {}): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await launch(name, language, options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Session, {
    get(_, key) {
      if (!current) throw new Error('the session is used before its block starts');
      return Reflect.get(current, key);
    },
  });
}

/** The last test of a block: nothing left the machine, nothing failed, in any page or the background. */
export function itLeftNoTrace(session: Session): void {
  it('made no request outside the extension and met no error', () => {
    expect(session.strayRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
}
