import type { ByteSource } from '../byte-source.ts';
import { UploadRejectedError } from '../errors.ts';
import { openZip } from './bounded-zip.ts';

/** Only the central directory and `mimetype` are read, so parts may be of any size here. */
const listingLimits = {
  maxEntries: 10_000,
  maxEntryBytes: Number.POSITIVE_INFINITY,
  maxTotalBytes: Number.POSITIVE_INFINITY,
};

export type ZipKind = 'docx' | 'odt' | 'xlsx' | 'ods';

const openDocument: Readonly<Record<string, ZipKind>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/**
 * What an Office or OpenDocument file is, from its zip's central directory: for files whose first
 * bytes do not say (parts written with data descriptors, `mimetype` not first), which byte
 * sniffing calls a plain zip. `undefined` for any other zip, or one that cannot be read.
 *
 * @example await zipKind(bytesSource(excelJsStreamedBytes)) // 'xlsx'
 */
export const zipKind = async (source: ByteSource): Promise<ZipKind | undefined> => {
  try {
    const zip = await openZip(source, 'XLSX', listingLimits);
    if (zip.has('xl/workbook.xml')) return 'xlsx';
    if (zip.has('word/document.xml')) return 'docx';
    if (!zip.has('mimetype')) return undefined;
    const type = new TextDecoder().decode(await zip.read('mimetype', 200)).trim();
    return openDocument[type];
  } catch (error) {
    if (error instanceof UploadRejectedError) return undefined;
    throw error;
  }
};
