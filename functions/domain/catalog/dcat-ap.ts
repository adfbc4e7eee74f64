import type { DatasetVersionRecord } from '../dataset-record.ts';
import { type DistributionKind, distributionKinds } from '../datasets/distributions.ts';
import type { ContentFormat } from '../sniff.ts';
import {
  bareMediaType,
  type CatalogConfig,
  catalogLinks,
  licenceIri,
  listable,
} from './catalog-config.ts';

type Node = Record<string, unknown>;

export interface CatalogPage {
  /** The address of the page being built, with its `limit` and `cursor`. */
  readonly url: string;
  /** The cursor of the next page, or null on the last. */
  readonly next: string | null;
  /**
   * The newest change anywhere in the catalogue (a version published or withdrawn), or null when
   * it has none: every page states the same, so merged pages have one `dct:modified`.
   */
  readonly modified: string | null;
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
  doc: 'DOC',
  odt: 'ODT',
  rtf: 'RTF',
  xlsx: 'XLSX',
  ods: 'ODS',
  html: 'HTML',
  text: 'TXT',
};

// The shapes check `sh:class` against the data graph alone, so each linked node states its class.
const typed = (iri: string, type: string): Node => ({ '@id': iri, '@type': type });
const dateTime = (value: string): Node => ({ '@value': value, '@type': 'xsd:dateTime' });
const catalogIri = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/v1/catalog`;

/**
 * A publisher with an IRI fixed by its name, so that every page names the same node: merged,
 * the pages of the catalogue have one publisher, not one blank node per page.
 */
const agent = (baseUrl: string, name: string): Node => ({
  '@id': `${catalogIri(baseUrl)}#publisher-${encodeURIComponent(name)}`,
  '@type': 'foaf:Agent',
  'foaf:name': name,
});

const mediaTypeAndFormat = (mediaType: string, format: ContentFormat | 'ndjson'): Node => {
  const named = fileTypes[format];
  return {
    'dcat:mediaType': typed(iana(mediaType), 'dct:MediaType'),
    // Without an authority name, the media type is the format (a MediaType is a MediaTypeOrExtent).
    'dct:format': typed(named ? fileType(named) : iana(mediaType), 'dct:MediaTypeOrExtent'),
  };
};

const checksum = (sha256: string): Node => ({
  '@type': 'spdx:Checksum',
  'spdx:algorithm': typed('spdx:checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
  'spdx:checksumValue': { '@value': sha256, '@type': 'xsd:hexBinary' },
});

const byteSize = (size: number): Node => ({
  '@value': String(size),
  '@type': 'xsd:nonNegativeInteger',
});

/**
 * A complete download: `dct:format` from the EU file-type authority and `dcat:mediaType` only
 * where IANA registered one (NDJSON has neither; its title names it). Size and checksum are stated
 * when ingest recorded them.
 */
const download = (record: DatasetVersionRecord, baseUrl: string, licence: Node) => {
  const links = catalogLinks(baseUrl, record);
  return (kind: DistributionKind): Node => {
    const written = record.distributions?.find(({ format }) => format === kind.format);
    return {
      '@id': `${links.landing}#distribution-${kind.format}`,
      '@type': 'dcat:Distribution',
      'dct:title': `${record.title} (${kind.label}, version ${record.version})`,
      'dcat:accessURL': { '@id': links.landing },
      'dcat:downloadURL': { '@id': links.download(kind.format) },
      ...(kind.registeredMediaType && {
        'dcat:mediaType': typed(iana(kind.registeredMediaType), 'dct:MediaType'),
      }),
      ...(kind.fileType && {
        'dct:format': typed(fileType(kind.fileType), 'dct:MediaTypeOrExtent'),
      }),
      'dct:conformsTo': typed(links.schema, 'dct:Standard'),
      'dct:license': licence,
      ...(written && {
        'dcat:byteSize': byteSize(written.byteSize),
        'spdx:checksum': checksum(written.sha256),
      }),
    };
  };
};

const distributions = (record: DatasetVersionRecord, baseUrl: string, licence: Node): Node[] => {
  const links = catalogLinks(baseUrl, record);
  const original = {
    '@id': `${links.landing}#distribution-original`,
    '@type': 'dcat:Distribution',
    'dct:title': `${record.title} (original upload, version ${record.version})`,
    'dcat:accessURL': { '@id': links.original },
    'dcat:downloadURL': { '@id': links.original },
    ...mediaTypeAndFormat(record.mediaType, record.format),
    'dct:license': licence,
    'dcat:byteSize': byteSize(record.size),
    'spdx:checksum': checksum(record.sha256),
  };
  return [...distributionKinds.map(download(record, baseUrl, licence)), original];
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
    'dct:publisher': agent(baseUrl, record.publisher ?? config.publisherName),
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
  return {
    '@context': dcatApContext,
    '@id': catalogIri(baseUrl),
    '@type': ['dcat:Catalog', 'hydra:Collection'],
    'dct:title': config.title,
    'dct:description': config.description,
    'dct:publisher': agent(baseUrl, config.publisherName),
    'foaf:homepage': typed(config.homepage, 'foaf:Document'),
    ...(page.modified === null ? {} : { 'dct:modified': dateTime(page.modified) }),
    'dcat:dataset': listed.map((record) => dataset(record, baseUrl, config)),
    'hydra:view': {
      '@id': page.url,
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': { '@id': withCursor(page.url, null) },
      ...(page.next === null ? {} : { 'hydra:next': { '@id': withCursor(page.url, page.next) } }),
    },
  };
};
