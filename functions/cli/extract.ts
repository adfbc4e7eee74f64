import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UploadRejectedError } from '../domain/errors.ts';
import { sha256Hex } from '../domain/hashing.ts';
import type { PaperExtraction } from '../domain/papers/model.ts';
import { analysePaper } from '../domain/papers/read-paper.ts';
import type { PageOcr } from '../ports/page-ocr.ts';
import { CliError } from './cli-error.ts';

/**
 * `council-papers extract FILE [--json]`: what ingest would read from a paper, without touching any
 * storage, so an officer can check a file before uploading it. Scanned pages are read by `ocr`
 * (the CLI reads them in-process).
 */
export const extractFile = async (
  file: string,
  ocr: PageOcr,
): Promise<PaperExtraction & { source: Record<string, unknown> }> => {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  try {
    const { source, extraction } = await analysePaper(bytes, { ocr });
    return {
      ...extraction,
      source: {
        file: basename(file),
        format: source.format,
        mediaType: source.mediaType,
        encoding: source.encoding,
        ocr: source.ocr,
        sha256: sha256Hex(bytes),
      },
    };
  } catch (error) {
    if (error instanceof UploadRejectedError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
};

const list = (values: readonly string[]) => (values.length ? values.join(', ') : '—');

/** A readable summary of an extraction for the terminal. */
export const describeExtraction = (extraction: PaperExtraction): string => {
  const lines = [
    `${extraction.documentType}: ${extraction.title ?? '(no title)'}`,
    `  council ${extraction.council ?? '—'} · body ${extraction.body ?? '—'} · ${extraction.meetingDate ?? 'no date'} ${extraction.meetingTime ?? ''}`.trimEnd(),
    `  venue ${extraction.venue ?? '—'}`,
    `  agenda items ${extraction.agendaItems.length} · resolutions ${extraction.resolutions.length} · actions ${extraction.actions.length} · declarations ${extraction.declarations.length} · recommendations ${extraction.recommendations.length} · votes ${extraction.votes.length} · tables ${extraction.tables.length}`,
    `  present ${list(extraction.attendance.present)}`,
    `  apologies ${list(extraction.attendance.apologies)}`,
    `  exempt ${extraction.exempt.exempt ? `yes: ${extraction.exempt.reason}` : 'no'}`,
    ...extraction.documents.map(
      (document) =>
        `  · lines ${document.startLine}-${document.endLine} ${document.documentType}: ${document.title ?? '(no title)'}`,
    ),
    ...extraction.warnings.map((warning) => `  warning: ${warning}`),
  ];
  return lines.join('\n');
};
