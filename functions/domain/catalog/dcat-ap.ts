import type { DatasetVersionRecord } from '../dataset-record.ts';
import type { ContentFormat } from '../sniff.ts';
import {
  bareMediaType,
  type CatalogConfig,
  catalogLinks,
  licenceIri,
  listable,
  rowFormats,
} from './catalog-config.ts';

type Node = Record<string, unknown>;

export interface CatalogPage {
  /** The address of the page being built, with its `limit` and `cursor`. */
  readonly url: string;
  /** The cursor of the next page, or null on the last. */
  readonly next: string | null;
}

/** Prefixes only: every key in the document is a compact IRI, so it expands the same anywhere. */
export const dcatApContext = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

const iana = (mediaType: string) =>
  `https://www.iana.org/assignments/media-types/${bareMediaType(mediaType)}`;
const fileType = (name: string) =>
  `http://publications.europa.eu/resource/authority/file-type/${name}`;

/** The EU file-type authority's names, which DCAT-AP recommends for `dct:format`. */
const fileTypes: Partial<Record<ContentFormat | 'ndjson', string>> = {
  json: 'JSON',
  csv: 'CSV',
  pdf: 'PDF',
  docx: 'DOCX',
  html: 'HTML',
  text: 'TXT',
};

// The shapes check `sh:class` against the data graph alone, so each linked node states its class.
const typed = (iri: string, type: string): Node => ({ '@id': iri, '@type': type });
const dateTime = (value: string): Node => ({ '@value': value, '@type': 'xsd:dateTime' });
const agent = (name: string): Node => ({ '@type': 'foaf:Agent', 'foaf:name': name });

const mediaTypeAndFormat = (mediaType: string, format: ContentFormat | 'ndjson'): Node => {
  const named = fileTypes[format];
  return {
    'dcat:mediaType': typed(iana(mediaType), 'dct:MediaType'),
    // Without an authority name, the media type is the format (a MediaType is a MediaTypeOrExtent).
    'dct:format': typed(named ? fileType(named) : iana(mediaType), 'dct:MediaTypeOrExtent'),
  };
};

const distributions = (record: DatasetVersionRecord, baseUrl: string, licence: Node): Node[] => {
  const links = catalogLinks(baseUrl, record);
  const rows = rowFormats.map(({ format, label, mediaType }) => ({
    '@id': `${links.landing}#distribution-${format}`,
    '@type': 'dcat:Distribution',
    'dct:title': `${record.title} (${label})`,
    'dcat:accessURL': { '@id': links.rows(format) },
    'dcat:downloadURL': { '@id': links.rows(format) },
    ...mediaTypeAndFormat(mediaType, format),
    'dct:conformsTo': typed(links.schema, 'dct:Standard'),
    'dct:license': licence,
  }));
  const original = {
    '@id': `${links.landing}#distribution-original`,
    '@type': 'dcat:Distribution',
    'dct:title': `${record.title} (original upload, version ${record.version})`,
    'dcat:accessURL': { '@id': links.original },
    'dcat:downloadURL': { '@id': links.original },
    ...mediaTypeAndFormat(record.mediaType, record.format),
    'dct:license': licence,
    'dcat:byteSize': { '@value': String(record.size), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': typed('spdx:checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
      'spdx:checksumValue': { '@value': record.sha256, '@type': 'xsd:hexBinary' },
    },
  };
  return [...rows, original];
};

const dataset = (record: DatasetVersionRecord, baseUrl: string, config: CatalogConfig): Node => {
  const links = catalogLinks(baseUrl, record);
  // DCAT-AP reads the licence from each distribution; the dataset states it too, for DCAT readers.
  const licence = typed(licenceIri(record.licence, config.defaultLicence), 'dct:LicenseDocument');
  return {
    '@id': `${links.landing}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': record.id,
    'dct:title': record.title,
    'dct:description': record.description ?? record.title,
    'dct:publisher': agent(record.publisher ?? config.publisherName),
    'dct:license': licence,
    'dct:modified': dateTime(record.publishedAt),
    'dcat:version': String(record.version),
    'dcat:keyword': [...config.keywords],
    'dcat:contactPoint': {
      '@type': 'vcard:Kind',
      'vcard:fn': config.contact.name,
      'vcard:hasEmail': { '@id': `mailto:${config.contact.email}` },
    },
    'dcat:landingPage': typed(links.landing, 'foaf:Document'),
    'dct:conformsTo': typed(links.schema, 'dct:Standard'),
    'dcat:distribution': distributions(record, baseUrl, licence),
  };
};

/** The page's own address with the cursor set, or removed for the first page. */
const withCursor = (pageUrl: string, cursor: string | null): string => {
  const url = new URL(pageUrl);
  if (cursor === null) url.searchParams.delete('cursor');
  else url.searchParams.set('cursor', cursor);
  return url.toString();
};

/**
 * One page of the catalogue as DCAT-AP 3 JSON-LD, for `GET /v1/catalog`. The catalogue is also a
 * Hydra collection whose view links the first and next pages. Withdrawn versions are left out.
 *
 * @example buildDcatAp(records, 'https://api.example.org', config, { url, next: null })['@type']
 * // ['dcat:Catalog', 'hydra:Collection']
 */
export const buildDcatAp = (
  records: readonly DatasetVersionRecord[],
  baseUrl: string,
  config: CatalogConfig,
  page: CatalogPage,
): Node => {
  const listed = listable(records);
  // The newest version on this page: a date for the whole catalogue would need a full scan.
  const modified = listed
    .map((record) => record.publishedAt)
    .sort()
    .at(-1);
  return {
    '@context': dcatApContext,
    '@id': `${baseUrl.replace(/\/+$/, '')}/v1/catalog`,
    '@type': ['dcat:Catalog', 'hydra:Collection'],
    'dct:title': config.title,
    'dct:description': config.description,
    'dct:publisher': agent(config.publisherName),
    'foaf:homepage': typed(config.homepage, 'foaf:Document'),
    ...(modified === undefined ? {} : { 'dct:modified': dateTime(modified) }),
    'dcat:dataset': listed.map((record) => dataset(record, baseUrl, config)),
    'hydra:view': {
      '@id': page.url,
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': { '@id': withCursor(page.url, null) },
      ...(page.next === null ? {} : { 'hydra:next': { '@id': withCursor(page.url, page.next) } }),
    },
  };
};
