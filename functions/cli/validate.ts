import { readFile } from 'node:fs/promises';
import { maxRowBytes } from '../config/limits.ts';
import { streamTable, type TableSummary } from '../domain/datasets/read-table.ts';
import type { TableSchema } from '../domain/datasets/table-schema.ts';
import { CliError } from './cli-error.ts';
import { fileSource } from './file-source.ts';

const fail = (path: string) => (error: NodeJS.ErrnoException) => {
  throw new CliError(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
};

const readOrFail = (path: string) => readFile(path).catch(fail(path));

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
  let schema: TableSchema | undefined;
  if (schemaFile) {
    try {
      schema = JSON.parse((await readOrFail(schemaFile)).toString('utf8')) as TableSchema;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${schemaFile}: not a JSON Table Schema (${(error as Error).message})`);
    }
  }
  const options = { maxRowBytes, ...(schema ? { schema } : {}) };
  const table = await streamTable(source, options, async () => {});
  const unreadable =
    table.report.errors.some((error) => error.type === 'source-error') && table.rowCount === 0;
  return { table, exitCode: unreadable ? 2 : table.report.valid ? 0 : 1 };
};

/** The report as a readable table: a summary line, then one line per error with where it is. */
export const describeReport = (file: string, table: TableSummary): string => {
  const { report } = table;
  const dialect = table.dialect
    ? `delimiter ${JSON.stringify(table.dialect.delimiter)}, header on line ${table.dialect.headerRow + 1}`
    : 'JSON';
  const lines = [
    `${file}: ${report.valid ? 'valid' : 'invalid'} — ${report.stats.rows} rows, ${report.stats.fields} fields, ${report.stats.errors} errors (${table.encoding ?? 'unknown encoding'}, ${dialect}; outcome ${table.outcome})`,
    ...report.errors.map(
      (error) =>
        `  ${String(error.rowNumber ?? '-').padStart(6)}  ${(error.fieldName ?? '').padEnd(16)} ${error.type.padEnd(18)} ${error.message}`,
    ),
  ];
  if (report.partial) lines.push('  … more errors left out (error limit reached)');
  return lines.join('\n');
};
