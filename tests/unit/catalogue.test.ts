import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataDir, loadCatalogue, schemaFile } from '../../scripts/catalogue-files';
import { assembleCatalogue, type CatalogueSource, zodIssues } from '../../utils/catalogue/assemble';
import { catalogueJsonSchema } from '../../utils/catalogue/json-schema';
import { siteKey } from '../../utils/catalogue/site-key';

const checked = { sources: ['https://example.org/source'], checked: '2026-11-24' };

/** A small valid catalogue split over files the way data/ is. */
function sources(): CatalogueSource[] {
  return [
    {
      file: 'companies.json',
      data: { companies: [{ id: 'google', name: 'Google', website: 'https://about.google/' }] },
    },
    {
      file: 'families.json',
      data: { domainFamilies: [{ id: 'google', suffixes: ['com', 'fr'], source: 'https://example.org/domains' }] },
    },
    {
      file: 'services.json',
      data: {
        services: [
          {
            id: 'google-docs',
            company: 'google',
            name: { en: 'Google Docs', fr: 'Google Docs' },
            need: 'write-together',
            website: 'https://docs.google.com/document/',
            match: [{ domains: ['docs.google.com'] }],
          },
          {
            id: 'google-search',
            company: 'google',
            name: { en: 'Google Search', fr: 'Recherche Google' },
            need: 'write-together',
            website: 'https://www.google.com/',
            match: [{ domains: ['www.google.*'] }],
          },
        ],
      },
    },
    {
      file: 'needs.json',
      data: {
        needs: [
          {
            id: 'write-together',
            name: { fr: 'Écrire à plusieurs', en: 'Write together' },
            alternatives: [{ software: 'etherpad', why: { fr: 'Le plus simple.', en: 'The simplest.' } }],
          },
        ],
        software: [
          {
            id: 'etherpad',
            name: 'Etherpad',
            license: 'Apache-2.0',
            website: 'https://etherpad.org/',
            sourceCode: 'https://github.com/ether/etherpad',
            selfHostable: true,
            summary: { fr: 'Un éditeur.', en: 'An editor.' },
            provenance: checked,
          },
        ],
        collectives: [
          {
            id: 'chatons',
            name: 'CHATONS',
            website: 'https://www.chatons.org/',
            summary: { fr: 'Le collectif.', en: 'The collective.' },
            provenance: checked,
          },
        ],
        hosts: [
          {
            id: 'host',
            name: 'Host',
            website: 'https://host.example/',
            place: { city: 'Lyon', country: 'FR', lat: 45.75, lon: 4.85 },
            collectives: ['chatons'],
            offers: [
              { need: 'write-together', software: 'etherpad', url: 'https://pad.host.example/', access: 'open' },
            ],
            provenance: checked,
          },
        ],
      },
    },
  ];
}

/** Applies `change` to the data of the named file and returns the problems found. */
function problemsAfter(file: string, change: (data: any) => void) {
  const list = sources();
  change(list.find((source) => source.file === file)!.data);
  return assembleCatalogue(list).problems;
}

describe('assembleCatalogue', () => {
  it('merges valid fragments without problems', () => {
    const { catalogue, problems } = assembleCatalogue(sources());
    expect(problems).toEqual([]);
    expect(catalogue.services.map((service) => service.id)).toEqual(['google-docs', 'google-search']);
    expect(catalogue.hosts[0].offers[0].software).toBe('etherpad');
  });

  it('reports schema errors with file and path', () => {
    expect(problemsAfter('services.json', (data) => (data.services[1].match[0].domains[0] = 'WWW.Google.com'))).toEqual(
      [expect.objectContaining({ file: 'services.json', path: 'services[1].match[0].domains[0]' })],
    );
    expect(problemsAfter('needs.json', (data) => (data.software[0].website = 'http://etherpad.org/'))).toEqual([
      { file: 'needs.json', path: 'software[0].website', message: 'expected an https:// URL' },
    ]);
    expect(problemsAfter('needs.json', (data) => (data.hosts[0].offers[0].url = 'javascript:alert(1)'))[0].path).toBe(
      'hosts[0].offers[0].url',
    );
    expect(problemsAfter('needs.json', (data) => delete data.software[0].summary.fr)[0].path).toBe(
      'software[0].summary.fr',
    );
    expect(problemsAfter('companies.json', (data) => (data.companies[0].id = 'alphabet'))[0].path).toBe(
      'companies[0].id',
    );
    expect(problemsAfter('needs.json', (data) => (data.software[0].extra = true))[0].message).toMatch(/extra/);
  });

  it('reports broken references and duplicates precisely', () => {
    expect(problemsAfter('services.json', (data) => (data.services[0].need = 'nope'))).toEqual([
      { file: 'services.json', path: 'services[0].need', message: 'unknown need "nope"' },
    ]);
    expect(problemsAfter('needs.json', (data) => (data.needs[0].alternatives[0].software = 'ghost'))).toContainEqual({
      file: 'needs.json',
      path: 'needs[0].alternatives[0].software',
      message: 'unknown software "ghost"',
    });
    expect(problemsAfter('services.json', (data) => (data.services[1].id = 'google-docs'))).toContainEqual({
      file: 'services.json',
      path: 'services[1].id',
      message: 'duplicate id "google-docs" in services',
    });
    expect(problemsAfter('needs.json', (data) => (data.hosts[0].collectives = ['unknown']))).toEqual([
      { file: 'needs.json', path: 'hosts[0].collectives[0]', message: 'unknown collective "unknown"' },
    ]);
  });

  it('rejects rules that would over-match or collide', () => {
    expect(problemsAfter('services.json', (data) => (data.services[1].match[0].domains = ['www.gogle.*']))).toEqual([
      { file: 'services.json', path: 'services[1].match[0].domains[0]', message: 'no domain family for "www.gogle.*"' },
    ]);
    expect(
      problemsAfter('services.json', (data) => (data.services[1].match[0].domains = ['*.com']))[0].message,
    ).toMatch(/whole top-level domain/);
    expect(problemsAfter('services.json', (data) => (data.services[1].match[0].domains = ['docs.google.com']))).toEqual(
      [
        {
          file: 'services.json',
          path: 'services[1].match[0].domains[0]',
          message: '"docs.google.com" is already claimed by "google-docs"',
        },
      ],
    );
  });

  it('rejects an offer of software not listed for that need, and a need without alternatives', () => {
    expect(problemsAfter('needs.json', (data) => (data.hosts[0].offers[0].software = 'nextcloud'))[0].message).toBe(
      '"nextcloud" is not an alternative listed for "write-together"',
    );
    const problems = problemsAfter('needs.json', (data) => {
      data.needs[0].alternatives = [];
      data.hosts[0].offers = [];
    });
    expect(problems.map((p) => p.message)).toContain('need "write-together" lists no alternative');
  });

  it.each([
    [
      'a proprietary license',
      (d: any) => (d.software[0].license = 'BUSL-1.1'),
      'software[0].license',
      'not a libre license: "BUSL-1.1" is neither OSI-approved nor listed as free by the FSF',
    ],
    [
      'a non-commercial license',
      (d: any) => (d.software[0].license = 'MIT AND CC-BY-NC-4.0'),
      'software[0].license',
      'not a libre license: "CC-BY-NC-4.0" is neither OSI-approved nor listed as free by the FSF',
    ],
    [
      'an unknown license',
      (d: any) => (d.software[0].license = 'Fair-Source'),
      'software[0].license',
      'not a libre license: "Fair-Source" is not an SPDX license identifier',
    ],
    [
      'a broken expression',
      (d: any) => (d.software[0].license = 'MIT AND'),
      'software[0].license',
      'an SPDX license expression, e.g. "AGPL-3.0-or-later"',
    ],
    [
      'an untranslated sentence',
      (d: any) => (d.needs[0].alternatives[0].why.en = 'Le plus simple.'),
      'needs[0].alternatives[0].why',
      'the French and English texts are identical: one is missing',
    ],
    [
      'an untranslated summary',
      (d: any) => (d.software[0].summary.fr = 'An editor.'),
      'software[0].summary',
      'the French and English texts are identical: one is missing',
    ],
    [
      'a host with nothing to offer',
      (d: any) => (d.hosts[0].offers = []),
      'hosts[0].offers',
      'a host must offer at least one service',
    ],
    [
      'an offer written twice',
      (d: any) => d.hosts[0].offers.push({ ...d.hosts[0].offers[0] }),
      'hosts[0].offers[1]',
      '"write-together/etherpad" is offered twice',
    ],
    [
      'a host written twice',
      (d: any) => d.hosts.push({ ...d.hosts[0], id: 'host-again', website: 'https://www.host.example' }),
      'hosts[1].website',
      'same website as host "host"',
    ],
    [
      'software written twice',
      (d: any) => {
        d.software.push({ ...d.software[0], id: 'etherpad-lite' });
        d.needs[0].alternatives.push({ ...d.needs[0].alternatives[0], software: 'etherpad-lite' });
      },
      'software[1].sourceCode',
      'same source code as software "etherpad"',
    ],
    [
      'software suggested nowhere',
      (d: any) => d.software.push({ ...d.software[0], id: 'lonely', sourceCode: 'https://example.org/lonely' }),
      'software[1].id',
      '"lonely" is suggested in no need',
    ],
    [
      'a blank French text',
      (d: any) => (d.software[0].summary.fr = '   '),
      'software[0].summary.fr',
      'Too small: expected string to have >=1 characters',
    ],
  ])('reports %s', (_, change, path, message) => {
    expect(problemsAfter('needs.json', change)).toEqual([{ file: 'needs.json', path, message }]);
  });

  it('accepts a license choice with one libre branch, and FSF-free content licenses', () => {
    expect(problemsAfter('needs.json', (d) => (d.software[0].license = '(BUSL-1.1 OR AGPL-3.0-or-later)'))).toEqual([]);
    expect(problemsAfter('needs.json', (d) => (d.software[0].license = 'GPL-3.0-or-later AND CC-BY-SA-4.0'))).toEqual(
      [],
    );
  });

  it('reports a file that is not an object without crashing', () => {
    const { problems } = assembleCatalogue([{ file: 'bad.json', data: [1, 2] }]);
    expect(problems).toEqual([expect.objectContaining({ file: 'bad.json', path: '(file)' })]);
  });
});

describe('siteKey', () => {
  it('takes two addresses for one site when they differ by www., a trailing slash or case', () => {
    expect(siteKey('https://www.Example.org/Asso/')).toBe(siteKey('https://example.org/asso'));
    expect(siteKey('https://example.org/asso')).not.toBe(siteKey('https://example.org/autre'));
    expect(siteKey('https://pad.example.org/')).not.toBe(siteKey('https://example.org/'));
    expect(siteKey('not a url')).toBeNull();
  });
});

describe('zodIssues', () => {
  it('says where each issue is, as the catalogue’s checks write paths, and what is wrong', () => {
    const shape = z.strictObject({ hosts: z.array(z.strictObject({ name: z.string() })) });
    const result = shape.safeParse({ hosts: [{ name: 'a' }, { name: 3 }] });
    expect(result.success).toBe(false);
    expect(zodIssues(result.error!)).toEqual([
      { where: 'hosts[1].name', message: 'Invalid input: expected string, received number' },
    ]);
    expect(zodIssues(z.string().safeParse(4).error!)).toEqual([
      { where: '(file)', message: 'Invalid input: expected string, received number' },
    ]);
  });
});

describe('the shipped catalogue', () => {
  it('validates', () => {
    expect(loadCatalogue().problems).toEqual([]);
  });

  it('covers the five companies and the services the popup promises', () => {
    const { catalogue } = loadCatalogue();
    expect(catalogue.companies.map((c) => c.id).sort()).toEqual(['amazon', 'apple', 'google', 'meta', 'microsoft']);
    const ids = new Set(catalogue.services.map((s) => s.id));
    for (const id of [
      'gmail',
      'google-docs',
      'google-sheets',
      'google-slides',
      'google-forms',
      'google-drive',
      'google-calendar',
      'google-meet',
      'youtube',
      'google-maps',
      'google-search',
      'google-translate',
      'whatsapp',
      'facebook',
      'instagram',
      'outlook',
      'microsoft-teams',
      'onedrive',
      'github',
      'linkedin',
      'amazon-shop',
      'icloud',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('ships a JSON Schema that matches the zod schema', () => {
    const shipped = JSON.parse(readFileSync(join(dataDir, schemaFile), 'utf8'));
    expect(shipped).toEqual(catalogueJsonSchema());
  });
});
