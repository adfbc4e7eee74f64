import { recordPath } from '../../config/areas.ts';
import type { DatasetVersionRecord } from '../dataset-record.ts';
import type { DistributionFormat } from '../datasets/distributions.ts';

/** What a catalogue says about itself; the deployment supplies it, the records cannot. */
export interface CatalogConfig {
  readonly title: string;
  readonly description: string;
  readonly publisherName: string;
  readonly homepage: string;
  /** The licence IRI stated for a dataset whose upload named none (or none we can state as an IRI). */
  readonly defaultLicence: string;
  readonly contact: { readonly name: string; readonly email: string };
  /** Every dataset carries these: DCAT-US requires at least one keyword and records have none. */
  readonly keywords: readonly string[];
}

export const openGovernmentLicence =
  'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** Withdrawn versions stay in the history, but a catalogue lists only what the public may use. */
export const listable = (records: readonly DatasetVersionRecord[]): DatasetVersionRecord[] =>
  records.filter((record) => record.status !== 'withdrawn');

/** The API's addresses for one dataset, absolute, as both catalogues link to them. */
export const catalogLinks = (baseUrl: string, record: DatasetVersionRecord) => {
  const landing = `${baseUrl.replace(/\/+$/, '')}${recordPath('dataset', record.id)}`;
  return {
    landing,
    schema: `${landing}/schema`,
    /** A version's complete download, which redirects to the archived file. */
    download: (format: DistributionFormat) =>
      `${landing}/versions/${record.version}/download/${format}`,
    original: `${landing}/versions/${record.version}/original`,
  };
};

/** `text/csv; charset=utf-8` → `text/csv`: both catalogues want the bare type. */
export const bareMediaType = (mediaType: string): string =>
  mediaType.split(';')[0]?.trim().toLowerCase() ?? mediaType;

const knownLicences: Readonly<Record<string, string>> = {
  'ogl-uk-3.0': openGovernmentLicence,
  'open government licence v3.0': openGovernmentLicence,
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'odc-by-1.0': 'https://opendatacommons.org/licenses/by/1-0/',
  'odbl-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
  'odc-pddl-1.0': 'https://opendatacommons.org/licenses/pddl/1-0/',
};

/**
 * The licence as an IRI. Uploads name licences freely (a URL, an SPDX-style id, a title); both
 * catalogues need an IRI, so an unrecognised name falls back to the configured default.
 *
 * @example licenceIri('CC-BY-4.0', openGovernmentLicence) // 'https://creativecommons.org/licenses/by/4.0/'
 */
export const licenceIri = (licence: string | null, fallback: string): string => {
  if (licence === null) return fallback;
  if (/^https?:\/\/\S+$/i.test(licence.trim())) return licence.trim();
  return knownLicences[licence.trim().toLowerCase()] ?? fallback;
};
