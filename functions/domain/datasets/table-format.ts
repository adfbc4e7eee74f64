import { UploadRejectedError } from '../errors.ts';
import type { Sniffed } from '../sniff.ts';
import { acceptedFormat } from '../upload-policy.ts';

/**
 * The format a dataset upload is read as, or why it is not read: what the upload policy accepts
 * and the table reader reads (CSV and JSON; workbooks once their reader is in).
 */
export const tableFormat = (sniffed: Sniffed): 'csv' | 'json' => {
  const format = acceptedFormat('dataset', sniffed);
  if (format === 'csv' || format === 'json') return format;
  throw new UploadRejectedError(
    'unsupported-type',
    `${format.toUpperCase()} workbooks are not read yet: save the sheet as CSV and upload that.`,
  );
};
