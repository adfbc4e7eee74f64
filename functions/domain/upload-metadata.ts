/*
 * The descriptions an officer gives an upload travel as S3 user metadata (`x-amz-meta-*`), which
 * are HTTP headers: ASCII only. A value with other characters is sent as an RFC 2047 encoded word
 * (`=?UTF-8?B?...?=`, what AWS suggests for non-ASCII metadata) and read back here.
 */

/** The descriptions a paper or dataset takes from its upload's metadata. */
export const describedFields = ['title', 'description', 'licence', 'publisher', 'source'] as const;
export type DescribedField = (typeof describedFields)[number];

const encodedWord = /^=\?utf-8\?b\?([A-Za-z0-9+/=]*)\?=$/i;

/**
 * A metadata value as a header can carry it: ASCII as is, anything else as one encoded word.
 *
 * @example encodeMetadataValue('Cabinet – 9 May') // '=?UTF-8?B?Q2FiaW5ldCDigJMgOSBNYXk=?='
 */
export const encodeMetadataValue = (value: string): string =>
  /^[\x20-\x7e]*$/.test(value)
    ? value
    : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;

/**
 * A described field's text from an upload's metadata: decoded, trimmed, null when absent or blank.
 * `licence` also answers to the American `license`.
 *
 * @example metadataText({ title: ' Budget ' }, 'title') // 'Budget'
 */
export const metadataText = (
  metadata: Readonly<Record<string, string>>,
  name: DescribedField,
): string | null => {
  const raw = metadata[name] ?? (name === 'licence' ? metadata.license : undefined);
  return decoded(raw);
};

const decoded = (raw: string | undefined): string | null => {
  const encoded = raw === undefined ? undefined : encodedWord.exec(raw.trim());
  const value = encoded ? Buffer.from(encoded[1] ?? '', 'base64').toString('utf8') : raw;
  return value?.trim() || null;
};

/**
 * The one sheet of a workbook (XLSX, ODS) to publish, from `x-amz-meta-sheet` (its name, any
 * case, or its slug): the dataset then takes the upload's id. Without it every visible sheet is
 * published, each as `<id>-<sheet slug>`.
 *
 * @example chosenSheet({ sheet: '=?UTF-8?B?VGFibGXDoXU=?=' }) // 'Tableáu'
 */
export const chosenSheet = (metadata: Readonly<Record<string, string>>): string | null =>
  decoded(metadata.sheet);
