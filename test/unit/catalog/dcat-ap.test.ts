import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { openGovernmentLicence } from '../../../functions/domain/catalog/catalog-config.ts';
import { buildDcatAp } from '../../../functions/domain/catalog/dcat-ap.ts';
import { mergedRdf, toRdf, validateDcatAp as validate } from '../../support/catalog-validators.ts';
import { catalogConfig, catalogueRecords } from '../../support/dataset-records.ts';

const { namedNode } = DataFactory;
const ns = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  sh: 'http://www.w3.org/ns/shacl#',
};

const config = catalogConfig(['council', 'open data']);
const baseUrl = 'https://api.example.org';
const page = {
  url: 'https://api.example.org/v1/catalog?limit=2&cursor=abc',
  next: 'def',
  modified: '2024-06-01T08:00:00.000Z',
};

const build = () => buildDcatAp(catalogueRecords(), baseUrl, config, page);
type Node = Record<string, unknown>;
const distributionsOf = (dataset: Node | undefined) =>
  (dataset?.['dcat:distribution'] ?? []) as Node[];
const firstDataset = (document: Node) => (document['dcat:dataset'] as Node[])[0] as Node;
const firstDistribution = (document: Node) =>
  (firstDataset(document)['dcat:distribution'] as Node[])[0] as Node;
const originalDistribution = (document: Node) =>
  (firstDataset(document)['dcat:distribution'] as Node[])[3] as Node;

describe('buildDcatAp', () => {
  it('builds JSON-LD that conforms to the DCAT-AP 3 shapes', async () => {
    const report = await validate(build());

    expect(report.failures).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('expands to RDF with the mandatory DCAT-AP properties of catalogue, datasets and distributions', async () => {
    const rdf = await toRdf(build());
    const has = (subject: string, predicate: string) =>
      rdf.getObjects(namedNode(subject), namedNode(predicate), null).length > 0;
    const catalog = 'https://api.example.org/v1/catalog';
    const datasets = rdf.getObjects(namedNode(catalog), namedNode(`${ns.dcat}dataset`), null);

    for (const predicate of ['title', 'description', 'publisher', 'modified'])
      expect(has(catalog, `${ns.dct}${predicate}`), predicate).toBe(true);
    expect(datasets.map((dataset) => dataset.value).sort()).toEqual([
      'https://api.example.org/v1/datasets/councillor-allowances-2023-24#dataset',
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1#dataset',
    ]);
    for (const dataset of datasets) {
      for (const predicate of ['title', 'description', 'identifier', 'license', 'modified'])
        expect(has(dataset.value, `${ns.dct}${predicate}`), predicate).toBe(true);
      const distributions = rdf.getObjects(dataset, namedNode(`${ns.dcat}distribution`), null);
      expect(distributions).toHaveLength(4);
      for (const distribution of distributions)
        for (const predicate of ['accessURL', 'downloadURL'])
          expect(has(distribution.value, `${ns.dcat}${predicate}`), predicate).toBe(true);
    }
  });

  it('types dates as xsd:dateTime and gives the original upload its SHA-256 checksum', async () => {
    const rdf = await toRdf(build());
    const original = namedNode(
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1#distribution-original',
    );
    const [checksum] = rdf.getObjects(original, namedNode(`${ns.spdx}checksum`), null);
    const [modified] = rdf.getObjects(
      namedNode('https://api.example.org/v1/datasets/spend-over-500-2024-q1#dataset'),
      namedNode(`${ns.dct}modified`),
      null,
    );

    expect(modified).toMatchObject({
      value: '2024-04-02T09:00:01.000Z',
      datatype: { value: 'http://www.w3.org/2001/XMLSchema#dateTime' },
    });
    expect(rdf.getObjects(checksum ?? null, namedNode(`${ns.spdx}algorithm`), null)[0]?.value).toBe(
      `${ns.spdx}checksumAlgorithm_sha256`,
    );
    expect(
      rdf.getObjects(checksum ?? null, namedNode(`${ns.spdx}checksumValue`), null)[0]?.value,
    ).toBe('d'.repeat(64));
  });

  it('falls back to the title and the default licence, and leaves out withdrawn datasets', () => {
    const document = build();
    const [, allowances] = document['dcat:dataset'] as Node[];

    expect(document['dcat:dataset']).toHaveLength(2);
    expect(allowances).toMatchObject({
      'dct:description': 'Councillor allowances 2023/24',
      'dct:license': { '@id': openGovernmentLicence },
      'dct:publisher': { 'foaf:name': 'Westhaven District Council' },
      'dcat:version': '2',
    });
  });

  it('links the first and next pages as a Hydra partial collection view', () => {
    expect(build()['hydra:view']).toEqual({
      '@id': 'https://api.example.org/v1/catalog?limit=2&cursor=abc',
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': { '@id': 'https://api.example.org/v1/catalog?limit=2' },
      'hydra:next': { '@id': 'https://api.example.org/v1/catalog?limit=2&cursor=def' },
    });
  });

  it('has no next link on the last page', () => {
    const document = buildDcatAp(catalogueRecords(), baseUrl, config, { ...page, next: null });

    expect(document['hydra:view']).not.toHaveProperty('hydra:next');
  });

  it.each([
    [
      'a dataset without a title',
      (d: Node) => delete firstDataset(d)['dct:title'],
      `${ns.dct}title`,
      'MinCountConstraintComponent',
    ],
    [
      'a dataset without a description',
      (d: Node) => delete firstDataset(d)['dct:description'],
      `${ns.dct}description`,
      'MinCountConstraintComponent',
    ],
    [
      'a catalogue without a publisher',
      (d: Node) => delete d['dct:publisher'],
      `${ns.dct}publisher`,
      'MinCountConstraintComponent',
    ],
    [
      'a distribution without an access URL',
      (d: Node) => delete firstDistribution(d)['dcat:accessURL'],
      `${ns.dcat}accessURL`,
      'MinCountConstraintComponent',
    ],
    [
      'a publisher without a name (one node: every place that states it)',
      (d: Node) => {
        for (const node of [d, ...(d['dcat:dataset'] as Node[])])
          delete (node['dct:publisher'] as Node)['foaf:name'];
      },
      `${ns.foaf}name`,
      'MinCountConstraintComponent',
    ],
    [
      'a distribution licence not typed as a LicenseDocument',
      (d: Node) => {
        firstDistribution(d)['dct:license'] = { '@id': 'https://example.org/licence' };
      },
      `${ns.dct}license`,
      'ClassConstraintComponent',
    ],
    [
      'a checksum value that is not hex',
      (d: Node) => {
        ((originalDistribution(d)['spdx:checksum'] as Node)['spdx:checksumValue'] as Node)[
          '@value'
        ] = 'not-hex';
      },
      `${ns.spdx}checksumValue`,
      'DatatypeConstraintComponent',
    ],
    [
      'a checksum without an algorithm',
      (d: Node) => delete (originalDistribution(d)['spdx:checksum'] as Node)['spdx:algorithm'],
      `${ns.spdx}algorithm`,
      'MinCountConstraintComponent',
    ],
    [
      'a catalogue without a title',
      (d: Node) => delete d['dct:title'],
      `${ns.dct}title`,
      'MinCountConstraintComponent',
    ],
    [
      'a catalogue without a description',
      (d: Node) => delete d['dct:description'],
      `${ns.dct}description`,
      'MinCountConstraintComponent',
    ],
    [
      'an access URL given as a literal, not an IRI',
      (d: Node) => {
        firstDistribution(d)['dcat:accessURL'] = 'https://api.example.org/v1/datasets';
      },
      `${ns.dcat}accessURL`,
      'NodeKindConstraintComponent',
    ],
    [
      'a download URL given as a literal, not an IRI',
      (d: Node) => {
        firstDistribution(d)['dcat:downloadURL'] = 'https://api.example.org/v1/datasets';
      },
      `${ns.dcat}downloadURL`,
      'NodeKindConstraintComponent',
    ],
    [
      'a media type not typed as a MediaType',
      (d: Node) => {
        firstDistribution(d)['dcat:mediaType'] = { '@id': 'https://example.org/text/csv' };
      },
      `${ns.dcat}mediaType`,
      'ClassConstraintComponent',
    ],
    [
      'a distribution that is not a Distribution',
      (d: Node) => {
        firstDistribution(d)['@type'] = 'dcat:Dataset';
      },
      `${ns.dcat}distribution`,
      'ClassConstraintComponent',
    ],
    [
      'a modified date that is a plain string',
      (d: Node) => {
        firstDataset(d)['dct:modified'] = '2024-04-02';
      },
      `${ns.dct}modified`,
      'NodeConstraintComponent',
    ],
  ])('fails the shapes for %s', async (_, breakIt, path, constraint) => {
    const document = structuredClone(build());
    breakIt(document);

    const report = await validate(document);

    expect(report.conforms).toBe(false);
    expect(report.failures).toContainEqual({ path, constraint });
  });

  it('points each download at the complete file of the version, not at the paged rows', () => {
    // Act
    const [spend] = build()['dcat:dataset'] as Node[];
    const downloads = distributionsOf(spend).map(
      (distribution) => (distribution['dcat:downloadURL'] as Node)['@id'],
    );

    // Assess
    expect(downloads).toEqual([
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/csv',
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/ndjson',
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/json',
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/original',
    ]);
  });

  it('names formats from the EU file-type table and media types only where IANA registered one', () => {
    // Act
    const [spend] = build()['dcat:dataset'] as Node[];
    const [csv, ndjson, json] = distributionsOf(spend);

    // Assess
    expect(csv).toMatchObject({
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
    });
    expect(json).toMatchObject({
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/JSON' },
      'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/json' },
    });
    expect(ndjson).not.toHaveProperty('dcat:mediaType');
    expect(ndjson).not.toHaveProperty('dct:format');
    expect(JSON.stringify(build())).not.toContain('x-ndjson');
  });

  it('gives each download written at ingest its byte size and SHA-256, and older versions neither', () => {
    // Act
    const [spend, allowances] = build()['dcat:dataset'] as Node[];
    const [spendCsv] = distributionsOf(spend);
    const [allowancesCsv] = distributionsOf(allowances);

    // Assess
    expect(spendCsv).toMatchObject({
      'dcat:byteSize': { '@value': '90000', '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': { 'spdx:checksumValue': { '@value': '1'.repeat(64) } },
    });
    expect(allowancesCsv).not.toHaveProperty('dcat:byteSize');
    expect(allowancesCsv).not.toHaveProperty('spdx:checksum');
  });

  it('merges pages into one catalogue with one modified date and one publisher that conforms to the shapes', async () => {
    // Prepare: two pages of one catalogue, one dataset each
    const [spend, allowances] = catalogueRecords();
    const first = buildDcatAp([spend as never], baseUrl, config, { ...page, next: 'p2' });
    const second = buildDcatAp([allowances as never], baseUrl, config, { ...page, next: null });

    // Act
    const merged = await mergedRdf([first, second]);
    const report = await validate(merged);

    // Assess
    const catalog = namedNode('https://api.example.org/v1/catalog');
    expect(report.failures).toEqual([]);
    expect(merged.getObjects(catalog, namedNode(`${ns.dct}modified`), null)).toEqual([
      expect.objectContaining({ value: '2024-06-01T08:00:00.000Z' }),
    ]);
    expect(
      merged.getObjects(catalog, namedNode(`${ns.dct}publisher`), null).map((node) => node.value),
    ).toEqual(['https://api.example.org/v1/catalog#publisher-Westhaven%20District%20Council']);
    expect(merged.getObjects(catalog, namedNode(`${ns.dcat}dataset`), null)).toHaveLength(2);
  });

  it('leaves out the modified date of an empty catalogue', () => {
    // Act
    const document = buildDcatAp([], baseUrl, config, { ...page, next: null, modified: null });

    // Assess
    expect(document).not.toHaveProperty('dct:modified');
  });

  it('refuses to expand a key the context does not define', async () => {
    const document = { ...build(), theme: 'unmapped' };

    await expect(toRdf(document)).rejects.toThrow();
  });
});
