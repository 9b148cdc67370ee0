/** The built Chrome manifest asks for exactly what the extension needs, nothing more. */
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { manifestMatchPatterns } from '../../utils/detect/compile';
import { builtManifest } from './harness';

describe('the built Chrome manifest', () => {
  const manifest = builtManifest('chrome-mv3');
  const gafamHosts = manifestMatchPatterns(loadValidCatalogue());

  it('is Manifest V3 and asks for storage and the catalogue hosts only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(gafamHosts);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https:\/\/\*\/\*/);
  });

  it('runs one content script, in top frames, on the catalogue hosts', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    // WXT orders the patterns its own way; the set is what matters.
    expect([...script.matches].sort()).toEqual([...gafamHosts].sort());
    expect(script.all_frames ?? false).toBe(false);
  });

  it('exposes no page to websites', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('is named through the locales, French and English', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
  });
});
