import slugify from '@sindresorhus/slugify';
import { workbookZipLimits } from '../../../config/limits.ts';
import type { ByteSource } from '../../byte-source.ts';
import { UploadRejectedError } from '../../errors.ts';
import { openZip } from '../../zip/bounded-zip.ts';
import type { SheetInfo, Workbook } from './model.ts';
import { openOds } from './ods.ts';
import { openXlsx } from './xlsx.ts';

export type WorkbookFormat = 'xlsx' | 'ods';

/**
 * Opens a workbook read at random from its source (a zip: never held whole), its parts inflated
 * within the workbook limits.
 */
export const openWorkbook = async (
  source: ByteSource,
  format: WorkbookFormat,
): Promise<Workbook> => {
  const zip = await openZip(source, format === 'xlsx' ? 'XLSX' : 'ODS', workbookZipLimits);
  return format === 'xlsx' ? openXlsx(zip) : openOds(zip);
};

/** A sheet's part of a resource id: `Q2 2025-26 to upload` → `q2-2025-26-to-upload`. */
export const sheetSlug = (name: string): string =>
  slugify(name, { decamelize: false }).slice(0, 60).replace(/-+$/, '') || 'sheet';

/** What is read of a workbook: the sheets, and a note for each one that is not. */
export interface SheetChoice {
  readonly sheets: readonly SheetInfo[];
  readonly notes: readonly string[];
}

/** A note for each hidden or chart sheet other than those read. */
export const skippedSheets = (workbook: Workbook, read: readonly SheetInfo[]): string[] =>
  workbook.sheets
    .filter((sheet) => !read.includes(sheet) && (sheet.hidden || !sheet.cells))
    .map((sheet) =>
      sheet.hidden
        ? `Sheet "${sheet.name}" is hidden: not read. Unhide it, or name it in the upload's sheet metadata, to publish it.`
        : `Sheet "${sheet.name}" is a chart, not cells: not read.`,
    );

const listed = (sheets: readonly SheetInfo[]) =>
  sheets.map((sheet) => `"${sheet.name}"`).join(', ');

/**
 * The sheets to read: the one the upload names (by name, any case, or slug), even if hidden;
 * otherwise every visible sheet with cells. Hidden and chart sheets get a note saying so.
 */
export const chooseSheets = (workbook: Workbook, wanted?: string): SheetChoice => {
  if (wanted?.trim()) {
    const name = wanted.trim();
    const sheet =
      workbook.sheets.find((candidate) => candidate.name === name) ??
      workbook.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase()) ??
      workbook.sheets.find((candidate) => sheetSlug(candidate.name) === sheetSlug(name));
    if (!sheet?.cells)
      throw new UploadRejectedError(
        'invalid-dataset',
        `The workbook has no sheet of cells named "${name}" (the sheet metadata); its sheets are ${listed(workbook.sheets)}.`,
      );
    return { sheets: [sheet], notes: [] };
  }
  const notes = skippedSheets(workbook, []);
  const sheets = workbook.sheets.filter((sheet) => !sheet.hidden && sheet.cells);
  if (sheets.length === 0)
    throw new UploadRejectedError(
      'invalid-dataset',
      `The workbook has no visible sheet of cells (${listed(workbook.sheets)}): unhide the sheet to publish, or name it in the upload's sheet metadata.`,
    );
  return { sheets, notes };
};
