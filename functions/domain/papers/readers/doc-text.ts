import { UploadRejectedError } from '../../errors.ts';
import { OleStructureError, readOleDirectory } from '../../ole2.ts';

const unreadable = (reason: string, cause?: unknown) =>
  new UploadRejectedError(
    'unreadable-document',
    `The Word 97–2003 document cannot be read: ${reason}. Open it in Word or LibreOffice and save it as DOCX or PDF.`,
    { cause },
  );

/**
 * A Word 97–2003 (`.doc`) document's body text. Its compound-file structure is checked first with
 * every bound (the reader trusts it, and a sector chain that loops would hang it); table cells
 * come out tab-separated, one row a line, as from DOCX and PDF. Headers, footers, footnotes and
 * comments are left out, as they are from DOCX.
 */
export const docText = async (bytes: Uint8Array): Promise<string> => {
  try {
    if (!readOleDirectory(bytes).rootStreams.has('WordDocument'))
      throw unreadable('it has no WordDocument stream');
  } catch (error) {
    if (error instanceof OleStructureError) throw unreadable(error.message, error);
    throw error;
  }
  // Loaded on the first .doc, not at cold start; outside the try, so a failure to load is not
  // blamed on the document.
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch (error) {
    throw unreadable(
      'its text could not be found (the file is damaged, or encrypted with a password)',
      error,
    );
  }
  // Word ends each cell, and the row after its last cell, with a mark the reader turns into a tab.
  return body.replace(/[ \t]+$/gm, '');
};
