import type { DatasetVersionRecord } from '../dataset-record.ts';
import { distributionKinds } from '../datasets/distributions.ts';
import {
  bareMediaType,
  type CatalogConfig,
  catalogLinks,
  licenceIri,
  listable,
} from './catalog-config.ts';

const schemaBase = 'https://project-open-data.cio.gov/v1.1/schema';

export interface DcatUsDistribution {
  readonly '@type': 'dcat:Distribution';
  readonly title: string;
  readonly downloadURL: string;
  readonly mediaType: string;
  readonly format: string;
  readonly describedBy?: string;
  readonly describedByType?: string;
}

export interface DcatUsDataset {
  readonly '@type': 'dcat:Dataset';
  readonly title: string;
  readonly description: string;
  readonly keyword: string[];
  readonly modified: string;
  readonly publisher: { readonly '@type': 'org:Organization'; readonly name: string };
  readonly contactPoint: { readonly '@type': 'vcard:Contact'; fn: string; hasEmail: string };
  readonly identifier: string;
  readonly accessLevel: 'public';
  readonly license: string;
  readonly landingPage: string;
  readonly conformsTo: string;
  readonly describedBy: string;
  readonly describedByType: string;
  readonly distribution: DcatUsDistribution[];
}

export interface DcatUsCatalog {
  readonly '@context': string;
  readonly '@id': string;
  readonly '@type': 'dcat:Catalog';
  readonly conformsTo: string;
  readonly describedBy: string;
  readonly dataset: DcatUsDataset[];
}

const dataset = (
  record: DatasetVersionRecord,
  baseUrl: string,
  config: CatalogConfig,
): DcatUsDataset => {
  const links = catalogLinks(baseUrl, record);
  // The Table Schema is both the standard the rows keep to and their data dictionary.
  const dictionary = { describedBy: links.schema, describedByType: 'application/json' };
  return {
    '@type': 'dcat:Dataset',
    title: record.title,
    description: record.description ?? record.title,
    keyword: [...config.keywords],
    modified: record.publishedAt,
    publisher: { '@type': 'org:Organization', name: record.publisher ?? config.publisherName },
    contactPoint: {
      '@type': 'vcard:Contact',
      fn: config.contact.name,
      hasEmail: `mailto:${config.contact.email}`,
    },
    // The landing URL, not the bare id: harvesters merge catalogues and key on this.
    identifier: links.landing,
    accessLevel: 'public',
    license: licenceIri(record.licence, config.defaultLicence),
    landingPage: links.landing,
    conformsTo: links.schema,
    ...dictionary,
    distribution: [
      // DCAT-US requires a media type beside every downloadURL; NDJSON has no registered one, so
      // it states the type the file is served with.
      ...distributionKinds.map((kind) => ({
        '@type': 'dcat:Distribution' as const,
        title: `${record.title} (${kind.label}, version ${record.version})`,
        downloadURL: links.download(kind.format),
        mediaType: kind.registeredMediaType ?? bareMediaType(kind.contentType),
        format: kind.label,
        ...dictionary,
      })),
      {
        '@type': 'dcat:Distribution',
        title: `${record.title} (original upload, version ${record.version})`,
        downloadURL: links.original,
        mediaType: bareMediaType(record.mediaType),
        format: record.format.toUpperCase(),
      },
    ],
  };
};

/**
 * The whole catalogue as a DCAT-US 1.1 (Project Open Data) `data.json`, for `GET /data.json`.
 * Withdrawn versions are left out.
 *
 * @example buildDcatUs(records, 'https://api.example.org', config).conformsTo
 * // 'https://project-open-data.cio.gov/v1.1/schema'
 */
export const buildDcatUs = (
  records: readonly DatasetVersionRecord[],
  baseUrl: string,
  config: CatalogConfig,
): DcatUsCatalog => ({
  '@context': `${schemaBase}/catalog.jsonld`,
  '@id': `${baseUrl.replace(/\/+$/, '')}/data.json`,
  '@type': 'dcat:Catalog',
  conformsTo: schemaBase,
  describedBy: `${schemaBase}/catalog.json`,
  dataset: listable(records).map((record) => dataset(record, baseUrl, config)),
});
