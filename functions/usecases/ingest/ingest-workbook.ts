import { uploadAreas } from '../../config/areas.ts';
import {
  chooseSheets,
  openWorkbook,
  sheetSlug,
  type WorkbookFormat,
} from '../../domain/datasets/sheets/workbook.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { recordIdFrom, recordIdFromKey } from '../../domain/identity.ts';
import { chosenSheet } from '../../domain/upload-metadata.ts';
import type { OpenedObject } from '../../ports/blob-store.ts';
import type { IngestEntry } from '../../ports/ingest-log.ts';
import { indexRecord } from '../search/search-indexing.ts';
import { ingestDataset } from './ingest-dataset.ts';
import type { IngestDeps, Outcome } from './outcome.ts';
import type { UploadEvent } from './upload-event.ts';

const none = { version: null, sha256: null, size: null, mediaType: null, reportKey: null } as const;

const rejectedOutcome = (id: string, error: UploadRejectedError): Outcome => ({
  ...none,
  kind: 'dataset',
  id,
  outcome: 'rejected',
  reason: { code: error.code, message: error.message },
  reportKey: error.reportKey ?? null,
});

/**
 * Ingests a workbook (XLSX, ODS). With `x-amz-meta-sheet`, that one sheet is the dataset, under
 * the upload's id. Otherwise every visible sheet is a dataset of its own, `<id>-<sheet slug>`,
 * each logged as its own attempt (as a data package's resources are); hidden and chart sheets are
 * skipped with a note in each sheet's report, empty sheets are skipped. The workbook's bytes are
 * archived once, as they came.
 */
export const ingestWorkbook = async (
  deps: IngestDeps,
  event: UploadEvent,
  object: OpenedObject,
  sha256: string,
  format: WorkbookFormat,
): Promise<Outcome> => {
  const id = recordIdFromKey(event.key, uploadAreas.dataset, object.metadata.id);
  const wanted = chosenSheet(object.metadata);
  const workbook = await openWorkbook(object, format);
  const { sheets, notes } = chooseSheets(workbook, wanted ?? undefined);
  const [only] = sheets;
  if (wanted && only) return ingestDataset(deps, event, object, sha256, { id, sheet: only.name });
  const lines: string[] = [];
  let published = 0;
  let rejected = 0;
  for (const sheet of sheets) {
    const sheetId = recordIdFrom(`${id}-${sheetSlug(sheet.name)}`, `sheet "${sheet.name}"`);
    let outcome: Outcome;
    try {
      outcome = await ingestDataset(deps, event, object, sha256, {
        id: sheetId,
        sheet: sheet.name,
      });
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      outcome = rejectedOutcome(sheetId, error);
    }
    if (outcome.outcome === 'accepted' || outcome.outcome === 'duplicate') published++;
    if (outcome.outcome === 'rejected') rejected++;
    lines.push(
      `"${sheet.name}" → ${sheetId}: ${outcome.outcome}${outcome.version ? ` (version ${outcome.version})` : ''}`,
    );
    const entry: IngestEntry = {
      at: event.eventTime,
      bucket: event.bucket,
      key: `${event.key}#${sheet.name}`,
      eventName: event.eventName,
      sequencer: event.sequencer,
      ...outcome,
    };
    await deps.log.record(entry);
    if ((outcome.outcome === 'accepted' || outcome.outcome === 'duplicate') && outcome.id)
      await indexRecord(deps, 'dataset', outcome.id);
  }
  const skipped = notes.map((note) => ` ${note}`).join('');
  const message = `Workbook of ${workbook.sheets.length} sheet(s): ${lines.join('; ')}.${skipped}`;
  if (rejected > 0 && published === 0) throw new UploadRejectedError('invalid-dataset', message);
  return {
    ...none,
    kind: 'dataset',
    id: null,
    outcome: published > 0 ? 'accepted' : 'skipped',
    reason: { code: 'workbook', message },
  };
};
