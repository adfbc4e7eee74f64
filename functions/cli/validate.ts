import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { maxRowBytes } from '../config/limits.ts';
import { type ByteSource, bytesSource } from '../domain/byte-source.ts';
import { type DataPackage, readDataPackage } from '../domain/datasets/data-package.ts';
import { sniffTable, streamTable, type TableSummary } from '../domain/datasets/read-table.ts';
import {
  chooseSheets,
  openWorkbook,
  type SheetChoice,
  type WorkbookFormat,
} from '../domain/datasets/sheets/workbook.ts';
import type { TableSchema } from '../domain/datasets/table-schema.ts';
import { UploadRejectedError } from '../domain/errors.ts';
import { acceptedFormat } from '../domain/upload-policy.ts';
import { CliError } from './cli-error.ts';
import { fileSource } from './file-source.ts';

const fail = (path: string) => (error: NodeJS.ErrnoException) => {
  throw new CliError(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
};

const readOrFail = (path: string) => readFile(path).catch(fail(path));

export interface WorkbookValidation {
  readonly sheets: readonly { readonly name: string; readonly table: TableSummary }[];
  /** Hidden and chart sheets, not read. */
  readonly notes: readonly string[];
  readonly exitCode: number;
}

/**
 * `council-papers validate BOOK.xlsx [--sheet NAME]`: each visible sheet's report (or the named
 * sheet's), as ingest publishes each as a dataset; the exit code is the worst of the sheets'.
 * Empty sheets are listed with no rows and do not count.
 */
export const validateWorkbook = async (
  file: string,
  format: WorkbookFormat,
  options: { readonly schemaFile?: string; readonly sheet?: string } = {},
): Promise<WorkbookValidation> => {
  const source = await fileSource(file).catch(fail(file));
  const schema = options.schemaFile ? await readSchemaFile(options.schemaFile) : undefined;
  let choice: SheetChoice;
  try {
    choice = chooseSheets(await openWorkbook(source, format), options.sheet);
  } catch (error) {
    if (error instanceof UploadRejectedError)
      throw new CliError(`${file}: ${error.message}`, 2, { cause: error });
    throw error;
  }
  const sheets = [];
  for (const sheet of choice.sheets) {
    const table = await streamTable(
      source,
      { maxRowBytes, sheet: sheet.name, ...(schema ? { schema } : {}) },
      async () => {},
    );
    sheets.push({ name: sheet.name, table });
  }
  const counted = sheets.filter(({ table }) => table.header.length > 0 || table.rowCount > 0);
  const exitCode = Math.max(0, ...counted.map(({ table }) => exitCodeOf(table)));
  return { sheets, notes: choice.notes, exitCode };
};

/** Each sheet's report, then the sheets not read. */
export const describeWorkbook = (file: string, validation: WorkbookValidation): string =>
  [
    `${file}: workbook, ${validation.sheets.length} sheet(s) read`,
    ...validation.sheets.map(({ name, table }) =>
      table.header.length === 0 && table.rowCount === 0
        ? `sheet "${name}": empty, not published`
        : describeReport(`sheet "${name}"`, table),
    ),
    ...validation.notes.map((note) => `  note: ${note}`),
  ].join('\n');

/**
 * `council-papers validate FILE [--schema S] [--json]`: the validation report ingest would give,
 * touching no storage. Exit 0 when valid, 1 when invalid, 2 when the file cannot be read as a table.
 */
export const validateFile = async (
  file: string,
  schemaFile?: string,
): Promise<{ table: TableSummary; exitCode: number }> => {
  // Streamed, so a million-row file is checked without being held.
  const source = await fileSource(file).catch(fail(file));
  await checkFormat(file, source);
  const schema = schemaFile ? await readSchemaFile(schemaFile) : undefined;
  const options = { maxRowBytes, ...(schema ? { schema } : {}) };
  const table = await streamTable(source, options, async () => {});
  return { table, exitCode: exitCodeOf(table) };
};

/**
 * The same formats as ingest, judged by the same bytes: a PDF or an .xls workbook is refused here
 * as it would be there (exit 2), naming what is accepted.
 */
const checkFormat = async (file: string, source: ByteSource): Promise<void> => {
  try {
    acceptedFormat('dataset', await sniffTable(source));
  } catch (error) {
    if (error instanceof UploadRejectedError)
      throw new CliError(`${file}: ${error.message}`, 2, { cause: error });
    throw error;
  }
};

const readSchemaFile = async (schemaFile: string): Promise<TableSchema> => {
  try {
    return JSON.parse((await readOrFail(schemaFile)).toString('utf8')) as TableSchema;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${schemaFile}: not a JSON Table Schema (${(error as Error).message})`);
  }
};

/** 0 valid, 1 invalid, 2 not readable as a table. */
const exitCodeOf = (table: TableSummary): number => {
  const unreadable =
    table.report.errors.some((error) => error.type === 'source-error') && table.rowCount === 0;
  return unreadable ? 2 : table.report.valid ? 0 : 1;
};

export interface PackageValidation {
  readonly pkg: DataPackage;
  readonly resources: readonly {
    readonly name: string;
    readonly file: string;
    readonly table: TableSummary;
  }[];
  readonly exitCode: number;
}

/**
 * `council-papers validate datapackage.json`: the descriptor as ingest reads it (its warnings, or
 * why it is refused), then each resource's report with the schema the package gives it. The exit
 * code is the worst of the resources'; 2 when the descriptor itself cannot be read.
 */
export const validatePackage = async (file: string): Promise<PackageValidation> => {
  const path = resolve(file);
  let pkg: DataPackage;
  try {
    pkg = readDataPackage(await readOrFail(path), path);
  } catch (error) {
    if (error instanceof UploadRejectedError)
      throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
  const resources = [];
  for (const resource of pkg.resources) {
    const source = resource.data
      ? bytesSource(new TextEncoder().encode(JSON.stringify(resource.data)))
      : await fileSource(resource.key ?? '').catch(fail(resource.key ?? ''));
    if (!resource.data) await checkFormat(resource.key ?? '', source);
    const schema =
      resource.schema ??
      (resource.schemaKey ? await readSchemaFile(resource.schemaKey) : undefined);
    const options = { maxRowBytes, ...(schema ? { schema } : {}) };
    const table = await streamTable(source, options, async () => {});
    resources.push({
      name: resource.name,
      file: resource.key ?? `${file}#${resource.name}`,
      table,
    });
  }
  const exitCode = Math.max(0, ...resources.map(({ table }) => exitCodeOf(table)));
  return { pkg, resources, exitCode };
};

/** The package's warnings, then each resource's report. */
export const describePackage = (file: string, validation: PackageValidation): string =>
  [
    `${file}: data package "${validation.pkg.name}", ${validation.resources.length} resource(s)`,
    ...validation.pkg.warnings.map((warning) => `  warning: ${warning}`),
    ...validation.resources.map(({ name, file: resourceFile, table }) =>
      describeReport(`resource "${name}" (${resourceFile})`, table),
    ),
  ].join('\n');

/** The report as a readable table: a summary line, then one line per error with where it is. */
export const describeReport = (file: string, table: TableSummary): string => {
  const { report } = table;
  const dialect = table.dialect
    ? `delimiter ${JSON.stringify(table.dialect.delimiter)}, header on line ${table.dialect.headerRow + 1}`
    : table.sheet !== undefined
      ? `sheet "${table.sheet}"`
      : 'JSON';
  const lines = [
    `${file}: ${report.valid ? 'valid' : 'invalid'} — ${report.stats.rows} rows, ${report.stats.fields} fields, ${report.stats.errors} errors (${table.encoding ?? (table.sheet !== undefined ? 'workbook' : 'unknown encoding')}, ${dialect}; outcome ${table.outcome})`,
    ...report.errors.map(
      (error) =>
        `  ${String(error.rowNumber ?? '-').padStart(6)}  ${(error.fieldName ?? '').padEnd(16)} ${error.type.padEnd(18)} ${error.message}`,
    ),
  ];
  if (report.partial) lines.push('  … more errors left out (error limit reached)');
  // Reports archived before warnings existed have none.
  for (const warning of report.warnings ?? [])
    lines.push(`  ${String(warning.rowNumber ?? '-').padStart(6)}  warning: ${warning.message}`);
  return lines.join('\n');
};
