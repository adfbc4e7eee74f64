import { describe, expect, it } from 'vitest';
import { openGovernmentLicence } from '../../../functions/domain/catalog/catalog-config.ts';
import { buildDcatUs } from '../../../functions/domain/catalog/dcat-us.ts';
import { dcatUsErrors } from '../../support/catalog-validators.ts';
import { catalogConfig, catalogueRecords } from '../../support/dataset-records.ts';

const errorsOf = dcatUsErrors;

const config = catalogConfig(['council', 'open data', 'Westhaven']);
const baseUrl = 'https://api.example.org';

const build = () => buildDcatUs(catalogueRecords(), baseUrl, config);
type Mutable = Record<string, unknown>;
const firstDataset = (document: object): Mutable =>
  (document as { dataset: Mutable[] }).dataset[0] as Mutable;

describe('buildDcatUs', () => {
  it('builds a data.json that the DCAT-US 1.1 schema accepts', () => {
    const document = build();

    expect(errorsOf(document)).toEqual([]);
  });

  it('leaves the federal-only bureau and program codes optional, but checks their form', () => {
    const document = structuredClone(build()) as object;
    const dataset = firstDataset(document);

    expect(dataset).not.toHaveProperty('bureauCode');
    expect(dataset).not.toHaveProperty('programCode');
    dataset.bureauCode = ['015:11'];
    dataset.programCode = ['015:001'];
    expect(errorsOf(document)).toEqual([]);
    dataset.bureauCode = ['15-11'];
    dataset.programCode = ['015:1'];
    expect(errorsOf(document).map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/dataset/0/bureauCode/0', '/dataset/0/programCode/0']),
    );
  });

  it.each([
    ['a date', '2024-04-02'],
    ['a date and time', '2024-04-02T09:00:01Z'],
    ['a repeating interval', 'R/P1W'],
    ['a repeating interval with a start', 'R/2024-04-01/P3M'],
  ])('accepts %s as modified', (_, modified) => {
    const document = structuredClone(build()) as object;
    firstDataset(document).modified = modified;

    expect(errorsOf(document)).toEqual([]);
  });

  it('lists published datasets only, with the catalogue header POD requires', () => {
    const document = build();

    expect(document).toMatchObject({
      '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
      '@type': 'dcat:Catalog',
      conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
      describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    });
    expect(document.dataset.map((dataset) => dataset.identifier)).toEqual([
      'https://api.example.org/v1/datasets/spend-over-500-2024-q1',
      'https://api.example.org/v1/datasets/councillor-allowances-2023-24',
    ]);
  });

  it('fills what a record lacks from the config: description, publisher, licence, contact', () => {
    const [, allowances] = build().dataset;

    expect(allowances).toMatchObject({
      description: 'Councillor allowances 2023/24',
      publisher: { '@type': 'org:Organization', name: 'Westhaven District Council' },
      license: openGovernmentLicence,
      contactPoint: {
        '@type': 'vcard:Contact',
        fn: 'Open data team',
        hasEmail: 'mailto:opendata@westhaven.example.gov.uk',
      },
      keyword: ['council', 'open data', 'Westhaven'],
      accessLevel: 'public',
      modified: '2024-05-20T14:30:00.000Z',
    });
  });

  it('offers the whole rows as CSV, NDJSON and JSON files and the original upload, each with a bare media type', () => {
    const [spend] = build().dataset;

    expect(
      spend?.distribution.map(({ downloadURL, mediaType, format }) => [
        downloadURL,
        mediaType,
        format,
      ]),
    ).toEqual([
      [
        'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/csv',
        'text/csv',
        'CSV',
      ],
      [
        'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/ndjson',
        'application/x-ndjson',
        'NDJSON',
      ],
      [
        'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/download/json',
        'application/json',
        'JSON',
      ],
      [
        'https://api.example.org/v1/datasets/spend-over-500-2024-q1/versions/1/original',
        'text/csv',
        'CSV',
      ],
    ]);
  });

  it.each([
    'title',
    'description',
    'keyword',
    'modified',
    'publisher',
    'contactPoint',
    'identifier',
    'accessLevel',
  ])('fails the schema when a dataset loses its required %s', (field) => {
    const document = structuredClone(build()) as object;
    delete firstDataset(document)[field];

    expect(errorsOf(document).map((error) => error.params.missingProperty)).toContain(field);
  });

  it('fails the schema for an empty keyword list, a bare email and a media type with parameters', () => {
    const document = structuredClone(build()) as object;
    const dataset = firstDataset(document);
    dataset.keyword = [];
    (dataset.contactPoint as Mutable).hasEmail = 'opendata@westhaven.example.gov.uk';
    ((dataset.distribution as Mutable[])[0] as Mutable).mediaType = 'text/csv; charset=utf-8';

    const paths = errorsOf(document).map((error) => error.instancePath);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/dataset/0/keyword',
        '/dataset/0/contactPoint/hasEmail',
        '/dataset/0/distribution/0/mediaType',
      ]),
    );
  });

  it.each([
    ['a modified date that is not ISO 8601', ['modified'], 'last Tuesday', '/dataset/0/modified'],
    ['an unknown access level', ['accessLevel'], 'open', '/dataset/0/accessLevel'],
    [
      'a publisher of another type',
      ['publisher', '@type'],
      'foaf:Agent',
      '/dataset/0/publisher/@type',
    ],
    ['a contact without a name', ['contactPoint', 'fn'], undefined, '/dataset/0/contactPoint'],
    ['a licence that is not a URI', ['license'], 'OGL-UK-3.0', '/dataset/0/license'],
    ['a keyword that is empty', ['keyword'], ['council', ''], '/dataset/0/keyword/1'],
  ])('fails the schema for %s', (_, path, value, instancePath) => {
    const document = structuredClone(build()) as object;
    const [last, ...parents] = [...path].reverse();
    const target = parents
      .reverse()
      .reduce((node, key) => node[key] as Mutable, firstDataset(document));
    if (value === undefined) delete target[String(last)];
    else target[String(last)] = value;

    expect(errorsOf(document).map((error) => error.instancePath)).toContain(instancePath);
  });

  it('fails the schema for a download without a media type, or a distribution of another type', () => {
    const document = structuredClone(build()) as object;
    const [first, second] = firstDataset(document).distribution as Mutable[];
    delete (first as Mutable).mediaType;
    (second as Mutable)['@type'] = 'dcat:Dataset';

    const errors = errorsOf(document);
    expect(errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/dataset/0/distribution/0',
        keyword: 'dependentRequired',
        params: expect.objectContaining({ missingProperty: 'mediaType' }),
      }),
    );
    expect(errors.map((error) => error.instancePath)).toContain('/dataset/0/distribution/1/@type');
  });

  it('fails the schema without conformsTo, or with another schema version', () => {
    const { conformsTo: _, ...without } = build();

    expect(errorsOf(without).map((error) => error.params.missingProperty)).toContain('conformsTo');
    expect(
      errorsOf({ ...build(), conformsTo: 'https://project-open-data.cio.gov/v1.0/schema' }),
    ).not.toEqual([]);
  });
});
