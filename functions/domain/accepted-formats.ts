import type { RecordKind } from '../config/areas.ts';
import type { ContentFormat } from './sniff.ts';

// What each upload area accepts, apart from the policy that applies it (upload-policy.ts): the
// CLI's help reads these names without loading the sniffer and its file-type and iconv engines.

/** One format an area accepts, as help texts and rejections name it. */
export interface AcceptedFormat {
  readonly format: ContentFormat;
  /** How people call it: "Word 97–2003 (DOC)". */
  readonly name: string;
  /** The file name endings the upload page's picker offers; the bytes decide, never the name. */
  readonly extensions: readonly string[];
}

/**
 * THE list of what each upload area accepts, in the order help texts name them. The upload page's
 * hint and picker, the CLI's help, and every rejection of a file's type read from it.
 */
export const acceptedFormats: Readonly<Record<RecordKind, readonly AcceptedFormat[]>> = {
  paper: [
    { format: 'pdf', name: 'PDF (scans read by OCR)', extensions: ['.pdf'] },
    { format: 'docx', name: 'Word (DOCX)', extensions: ['.docx'] },
    { format: 'doc', name: 'Word 97–2003 (DOC)', extensions: ['.doc'] },
    { format: 'odt', name: 'OpenDocument text (ODT)', extensions: ['.odt'] },
    { format: 'rtf', name: 'RTF', extensions: ['.rtf'] },
    { format: 'html', name: 'HTML', extensions: ['.html', '.htm'] },
    { format: 'markdown', name: 'Markdown', extensions: ['.md', '.markdown'] },
    { format: 'text', name: 'plain text', extensions: ['.txt'] },
    { format: 'eml', name: 'e-mail (EML, the body read)', extensions: ['.eml'] },
  ],
  dataset: [
    { format: 'csv', name: 'CSV', extensions: ['.csv', '.tsv'] },
    { format: 'json', name: 'JSON', extensions: ['.json'] },
    { format: 'xlsx', name: 'Excel (XLSX)', extensions: ['.xlsx'] },
    { format: 'ods', name: 'OpenDocument spreadsheet (ODS)', extensions: ['.ods'] },
  ],
};

/**
 * The formats an area accepts, as a sentence names them.
 *
 * @example acceptedFormatNames('dataset') // 'CSV, JSON, Excel (XLSX) or OpenDocument spreadsheet (ODS)'
 */
export const acceptedFormatNames = (kind: RecordKind): string => {
  const names = acceptedFormats[kind].map(({ name }) => name);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
};

/** The file name endings an area's picker offers (`.pdf,.docx,…`). */
export const acceptedExtensions = (kind: RecordKind): readonly string[] =>
  acceptedFormats[kind].flatMap(({ extensions }) => extensions);
