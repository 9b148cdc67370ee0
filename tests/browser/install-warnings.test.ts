/**
 * The permissions the extension asks for add no warning to the install prompt beyond the one
 * its domains bring (reading and changing data on the GAFAM sites it knows): asked of the
 * browsers themselves. Chromium answers through chrome.management.getPermissionWarningsByManifest;
 * Firefox lists, in its own localisation files, every permission its prompt describes.
 */
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './chromium';
import { builtManifest } from './harness';
import { launch } from './session';
import { readZip } from './zip';

describe('Chromium’s install prompt', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = (await launch('chromium', 'fr')) as ChromiumSession;
  });
  afterAll(() => session?.close());

  it('warns of the domains only: scripting and storage add nothing, as tabs would', async () => {
    const manifest = builtManifest('chrome-mv3');
    const page = await session.openPage('privacy.html');
    const warnings = (permissions: string[]) =>
      page.evaluate(
        (text) =>
          (
            globalThis as unknown as {
              chrome: { management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> } };
            }
          ).chrome.management.getPermissionWarningsByManifest(text),
        JSON.stringify({ ...manifest, permissions }),
      );
    const built = await warnings(manifest.permissions);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(built).toHaveLength(1);
    expect(await warnings([])).toEqual(built);
    // The check can tell: a permission with a warning of its own adds it.
    expect(await warnings([...manifest.permissions, 'tabs'])).toHaveLength(2);
    await page.close();
  });
});

describe('Firefox’s install prompt', () => {
  const firefox = realpathSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  const prompts = readZip(join(dirname(firefox), 'omni.ja'))
    .get('localization/en-US/toolkit/global/extensionPermissions.ftl')
    ?.toString('utf8');
  const described = new Set(
    [...(prompts ?? '').matchAll(/^webext-perms-description-([A-Za-z]+) =/gm)].map((m) => m[1]),
  );

  it('describes none of the permissions the add-on asks for besides its domains', () => {
    // Read from this very Firefox: the list is there, and holds the permissions that do prompt.
    expect(described.has('tabs')).toBe(true);
    expect(described.has('history')).toBe(true);
    const manifest = builtManifest('firefox-mv2');
    const apis = (manifest.permissions as string[]).filter((permission) => !permission.includes('://'));
    expect(apis).toEqual(['storage', 'scripting']);
    expect(apis.filter((permission) => described.has(permission))).toEqual([]);
  });
});
