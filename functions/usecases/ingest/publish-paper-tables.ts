import { bytesSource } from '../../domain/byte-source.ts';
import { toCsv } from '../../domain/datasets/csv-out.ts';
import { inferSchema } from '../../domain/datasets/infer-schema.ts';
import { tableTitle } from '../../domain/datasets/origin.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { sha256Hex } from '../../domain/hashing.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { ingestDataset } from './ingest-dataset.ts';
import type { IngestDeps } from './outcome.ts';
import type { UploadEvent } from './upload-event.ts';

/** What every table dataset id of a paper begins with; the table's number follows. */
export const tableDatasetPrefix = (paperId: string): string => `${paperId.slice(0, 185)}-table-`;

/** The dataset id of a paper's nth table, kept within the 200 characters ids may have. */
export const tableDatasetId = (paperId: string, index: number): string =>
  `${tableDatasetPrefix(paperId)}${index + 1}`;

/**
 * Publishes each table of a paper as a dataset through the datasets pipeline (same validation,
 * schema, report and rows), linked back to the paper version and lines it came from. Nothing of
 * an exempt paper is published. A table the pipeline rejects is left out and logged: the paper
 * itself is still published.
 */
export const publishPaperTables = async (
  deps: IngestDeps,
  event: UploadEvent,
  paper: VersionRecord,
  extraction: PaperExtraction,
): Promise<string[]> => {
  if (extraction.exempt.exempt) return [];
  const published: string[] = [];
  for (const [index, table] of extraction.tables.entries()) {
    // A column of numbers keeps `-35` as it is: only text is neutralised as a formula.
    const numericColumns = new Set(
      inferSchema(table.columns, table.rows)
        .fields.map((field, column) => (['integer', 'number'].includes(field.type) ? column : -1))
        .filter((column) => column >= 0),
    );
    const bytes = new TextEncoder().encode(toCsv(table.columns, table.rows, { numericColumns }));
    const id = tableDatasetId(paper.id, index);
    const metadata = {
      title: tableTitle(index + 1, table.heading, paper),
      source: `/v1/papers/${paper.id}/versions/${paper.version}#lines-${table.line}-${table.endLine ?? table.line}`,
      publisher: paper.council ?? '',
      uploader: paper.uploader ?? '',
    };
    try {
      await ingestDataset(deps, event, { ...bytesSource(bytes), metadata }, sha256Hex(bytes), {
        id,
        origin: 'paper',
      });
      published.push(id);
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      deps.logger.warn('paper table not published', {
        paperId: paper.id,
        table: index + 1,
        reason: error.message,
      });
    }
  }
  return published;
};
