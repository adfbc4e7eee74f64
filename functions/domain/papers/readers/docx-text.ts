import { paperZipLimits } from '../../../config/limits.ts';
import { bytesSource } from '../../byte-source.ts';
import { UploadRejectedError } from '../../errors.ts';
import { checkZip } from '../../zip/bounded-zip.ts';
import { htmlToText } from './html-text.ts';

/**
 * A Word document's text, through its HTML rendering so headings stay lines and tables keep their
 * cells (as tab-separated rows), which its raw text would lose. mammoth inflates the whole zip
 * without limits, so it only sees one that inflated within them first (a zip bomb is refused).
 */
export const docxText = async (bytes: Uint8Array): Promise<string> => {
  await checkZip(bytesSource(bytes), 'DOCX', paperZipLimits);
  // Loaded on the first DOCX, not at cold start; outside the try, so a failure to load is not
  // blamed on the document.
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return await htmlToText(value);
  } catch (error) {
    throw new UploadRejectedError(
      'unreadable-document',
      'The Word document cannot be read: it is not a valid DOCX file.',
      { cause: error },
    );
  }
};
