import { archivePrefixes, areaOfKey, type RecordKind, uploadAreas } from '../../config/areas.ts';
import { sha256OfSource } from '../../domain/byte-source.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { isDataPackageKey } from '../../domain/datasets/data-package.ts';
import { workbookFormatOf } from '../../domain/datasets/read-table.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { validate as validPaperRecord } from '../../domain/generated/paper-record.js';
import { sha256Hex } from '../../domain/hashing.ts';
import type { Claim } from '../../domain/history/ownership.ts';
import { isOpaqueName, readablePaperId, recordIdFromKey } from '../../domain/identity.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import { meetingsOf } from '../../domain/papers/meetings.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { publicExtraction } from '../../domain/papers/public-view.ts';
import { analysePaper } from '../../domain/papers/read-paper.ts';
import { type PaperReading, readingOf } from '../../domain/papers/reading.ts';
import { describeSchemaErrors } from '../../domain/schemas.ts';
import { metadataText } from '../../domain/upload-metadata.ts';
import { checkSize, maxBytesFor } from '../../domain/upload-policy.ts';
import {
  ObjectChangedError,
  ObjectTooLargeError,
  type StoredObject,
} from '../../ports/blob-store.ts';
import type { IngestEntry } from '../../ports/ingest-log.ts';
import { lineCountOf, withLastLine } from '../meetings/paper-projections.ts';
import { indexRecord } from '../search/search-indexing.ts';
import { withdrawPaperTables } from '../withdrawal/withdraw.ts';
import { withdrawUpload } from '../withdrawal/withdraw-upload.ts';
import { appendVersion, type VersionContent, versionOutcome } from './append-version.ts';
import { archiveOnce } from './archive-once.ts';
import { assertClaim, replacesOf } from './claim.ts';
import { readHistory } from './commit-version.ts';
import { ingestDataset } from './ingest-dataset.ts';
import { ingestPackage, ingestResource, packageNaming } from './ingest-package.ts';
import { ingestWorkbook } from './ingest-workbook.ts';
import { type IngestDeps, nothing, type Outcome } from './outcome.ts';
import { publishPaperTables } from './publish-paper-tables.ts';
import { reading } from './reader-failure.ts';
import { sourceFacts } from './source-facts.ts';
import type { UploadEvent } from './upload-event.ts';
import { noticingUploader } from './uploaded-by.ts';

/**
 * Ingests one uploaded object: reads it, validates it, keeps the original, extracts the record and
 * appends a version unless the bytes equal the latest version's. Every attempt is logged; a rejected
 * upload's log entry is its report. Infrastructure failures throw, so the queue retries the message.
 */
export const ingestUpload = async (deps: IngestDeps, event: UploadEvent): Promise<IngestEntry> => {
  if (event.bucket !== deps.uploadBucket) {
    // Thrown, not logged as skipped: the message goes to the dead-letter queue where someone will see it.
    throw new Error(
      `Event for bucket ${event.bucket}, but this function ingests ${deps.uploadBucket}`,
    );
  }
  const reading = noticingUploader(deps.uploads, event.key, event.versionId);
  const outcome = await decide({ ...deps, uploads: reading.uploads }, event);
  // The record this upload published (not the tables a paper publishes with it), for withdrawal
  // by deleting the upload. After the commit, and again on a retry after a crash.
  if (
    (outcome.outcome === 'accepted' || outcome.outcome === 'duplicate') &&
    outcome.kind &&
    outcome.id
  )
    await deps.versions.pointSource(event.key, outcome.kind, outcome.id);
  const entry: IngestEntry = {
    at: event.eventTime,
    bucket: event.bucket,
    key: event.key,
    eventName: event.eventName,
    sequencer: event.sequencer,
    ...outcome,
    // An upload: who its metadata names, else the S3 principal; a deletion: the S3 principal.
    uploadedBy: reading.uploadedBy() ?? event.uploader,
  };
  await deps.log.record(entry);
  // After the log, so a failed index write is retried by the queue without losing the entry; the
  // retry finds the version already there (a duplicate) and updates the index again.
  if (
    (outcome.outcome === 'accepted' ||
      outcome.outcome === 'duplicate' ||
      outcome.outcome === 'withdrawn') &&
    outcome.kind &&
    outcome.id
  )
    await indexRecord(deps, outcome.kind, outcome.id);
  return entry;
};

/** Datasets are streamed, never held whole: a million-row CSV is read in passes. */
const decideDataset = async (
  deps: IngestDeps,
  event: UploadEvent,
  facts: { sha256: string | null; size: number | null },
): Promise<Outcome> => {
  if (isDataPackageKey(event.key)) {
    const descriptor = await deps.uploads.get(event.key, maxBytesFor('dataset'));
    if (!descriptor) return objectGone('dataset');
    return ingestPackage(deps, event, descriptor.bytes);
  }
  const pkg = await packageNaming(deps, event.key);
  if (pkg?.resources.some((resource) => resource.schemaKey === event.key)) {
    const message = `A Table Schema named by data package "${pkg.name}": it is applied to the resources that name it.`;
    return {
      ...nothing,
      kind: 'dataset',
      outcome: 'skipped',
      reason: { code: 'sidecar-schema', message },
    };
  }
  const resource = pkg?.resources.find((candidate) => candidate.key === event.key);
  if (resource) return ingestResource(deps, event, resource);
  const object = await deps.uploads.open(event.key);
  if (!object) return objectGone('dataset');
  facts.size = object.size;
  checkSize('dataset', object.size);
  facts.sha256 = await sha256OfSource(object);
  const workbook = await workbookFormatOf(object);
  if (workbook) return ingestWorkbook(deps, event, object, facts.sha256, workbook);
  return ingestDataset(deps, event, object, facts.sha256);
};

const objectGone = (kind: RecordKind): Outcome => {
  const message = 'The object was removed before it could be ingested.';
  return { ...nothing, kind, outcome: 'skipped', reason: { code: 'object-gone', message } };
};

const decide = async (deps: IngestDeps, event: UploadEvent): Promise<Outcome> => {
  const kind = areaOfKey(event.key);
  if (!kind) {
    const message = `Key is outside ${uploadAreas.paper} and ${uploadAreas.dataset}.`;
    return { ...nothing, outcome: 'skipped', reason: { code: 'outside-upload-areas', message } };
  }
  if (kind === 'dataset' && event.key.endsWith('.schema.json')) {
    const message =
      'A Table Schema sidecar: it is applied to the dataset of the same name when that is uploaded.';
    return { ...nothing, kind, outcome: 'skipped', reason: { code: 'sidecar-schema', message } };
  }
  if (event.eventName.startsWith('ObjectRemoved:')) return withdrawUpload(deps, event, kind);
  if (!event.eventName.startsWith('ObjectCreated:')) {
    const message = `${event.eventName}: only uploads and removals change the published record.`;
    return { ...nothing, kind, outcome: 'skipped', reason: { code: 'not-enabled', message } };
  }
  const facts: { sha256: string | null; size: number | null } = { sha256: null, size: null };
  try {
    if (kind === 'dataset') return await decideDataset(deps, event, facts);
    const object = await deps.uploads.get(event.key, maxBytesFor(kind)).catch((error: unknown) => {
      // Too large to read: reject with the size and the limit, without reading the bytes.
      if (error instanceof ObjectTooLargeError) {
        facts.size = error.size;
        checkSize(kind, error.size);
      }
      throw error;
    });
    if (!object) return objectGone(kind);
    facts.size = object.size;
    facts.sha256 = sha256Hex(object.bytes);
    checkSize(kind, object.size);
    return await ingestPaper(deps, event, object, facts.sha256);
  } catch (error) {
    if (error instanceof ObjectChangedError) {
      const message =
        'The object was replaced or removed while it was being read; the event for that change ingests it.';
      return {
        ...nothing,
        ...facts,
        kind,
        outcome: 'skipped',
        reason: { code: 'object-changed', message },
      };
    }
    if (!(error instanceof UploadRejectedError)) throw error;
    const reason = { code: error.code, message: error.message };
    return {
      ...nothing,
      ...facts,
      kind,
      outcome: 'rejected',
      reason,
      reportKey: error.reportKey ?? null,
    };
  }
};

const ingestPaper = async (
  deps: IngestDeps,
  event: UploadEvent,
  object: StoredObject,
  sha256: string,
): Promise<Outcome> => {
  const { source: paper, extraction } = await reading('Reading the paper', () =>
    analysePaper(object.bytes, deps),
  );
  // An upload that replaces a record takes its id, unless it names one of its own.
  const replaces = replacesOf(object.metadata);
  const id = await paperIdOf(deps, event.key, object.metadata.id?.trim() || replaces, extraction);
  const claim: Claim = { kind: 'paper', id, sourceKey: event.key, origin: 'upload', replaces };
  await assertClaim(deps.versions, claim);
  // A paper that names no council is the deployment's: its meetings are keyed by that council.
  const council = extraction.council ?? deps.council;
  // Meetings and table datasets are public: they are projected from the public view only.
  const shown = publicExtraction(extraction);
  const textBytes = new TextEncoder().encode(paper.text);
  const textSha256 = sha256Hex(textBytes);
  const extractionBytes = new TextEncoder().encode(canonicalJson(extraction));
  const extractionSha256 = sha256Hex(extractionBytes);
  const source = sourceFacts(event, object, sha256, {
    format: paper.format,
    mediaType: paper.mediaType,
    encoding: paper.encoding,
  });

  const record: VersionContent<VersionRecord> = {
    kind: 'paper',
    id,
    documentType: extraction.documentType,
    title: metadataText(object.metadata, 'title') ?? extraction.title,
    description: metadataText(object.metadata, 'description'),
    licence: metadataText(object.metadata, 'licence'),
    publisher: metadataText(object.metadata, 'publisher'),
    source: metadataText(object.metadata, 'source'),
    meetingDate: extraction.meetingDate,
    council,
    committee: extraction.body,
    meetingTime: extraction.meetingTime,
    exempt: extraction.exempt.exempt,
    exemptReason: extraction.exempt.reason,
    withheldParts: extraction.withheldParts.length,
    ...source,
    // Whose text is OCR's, and how sure it was; absent for papers with a text layer.
    ...(paper.ocr && { ocr: { pages: paper.ocr.pages, meanConfidence: paper.ocr.meanConfidence } }),
    textKey: `${archivePrefixes.texts}${textSha256}`,
    textSha256,
    extractionKey: `${archivePrefixes.extractions}${extractionSha256}`,
    extractionSha256,
    meetingIds: meetingsOf(shown, id, 0, council).map((meeting) => meeting.meetingId),
  };
  // Archive before the version exists, so a published version never points at a missing object.
  await archiveOnce(deps.archive, record.originalKey, object.bytes, paper.mediaType);
  await archiveOnce(deps.archive, record.textKey, textBytes, 'text/plain; charset=utf-8');
  await archiveOnce(deps.archive, record.extractionKey, extractionBytes, 'application/json');
  const written = await appendVersion(deps, record, assertValidPaper, claim);
  // Only the published version that holds these bytes is projected: a late event's version is
  // history, and a redelivered event may now find a withdrawal (or newer bytes) current.
  const committed = written.record;
  if (
    committed.current === committed.version &&
    committed.status === 'published' &&
    committed.sha256 === sha256
  ) {
    await projectMeetings(deps, shown, written.record, council, lineCountOf(paper.text));
    const tables = await publishPaperTables(deps, event, written.record, shown);
    await withdrawPaperTables(deps, id, new Set(tables), {
      reason: `Version ${written.record.version} of paper ${id} no longer publishes this table.`,
      by: written.record.uploader,
      at: event.eventTime,
    });
  }
  return {
    ...versionOutcome(written, {
      sha256,
      size: object.size,
      mediaType: paper.mediaType,
      reportKey: null,
    }),
    read: withCouncilWarning(readingOf(extraction), extraction.council, council),
  };
};

/** The officer is told when a paper's council is the deployment's, not one the paper names. */
const withCouncilWarning = (
  reading: PaperReading,
  named: string | null,
  council: string,
): PaperReading =>
  named
    ? reading
    : {
        ...reading,
        warnings: [
          ...reading.warnings,
          `The paper names no council: it is filed under this deployment's council, "${council}" (CATALOG_PUBLISHER).`,
        ],
      };

/**
 * A paper's record id: the metadata id, else its key's name, unless that name says nothing (only
 * numbers and hashes, as scanners name files): then the id the key already published (so a
 * correction keeps it), else one read from the paper's body, date and title. Should another key
 * hold that id already, this different paper gets the key's id after it.
 */
const paperIdOf = async (
  deps: IngestDeps,
  key: string,
  metadataId: string | undefined,
  extraction: PaperExtraction,
): Promise<string> => {
  const fromKey = recordIdFromKey(key, uploadAreas.paper, metadataId);
  if (metadataId?.trim() || !isOpaqueName(key)) return fromKey;
  const noted = await deps.versions.sourceRecord(key);
  if (noted?.kind === 'paper') return noted.id;
  const readable = readablePaperId(extraction, key);
  const { current } = await readHistory(deps.versions, 'paper', readable);
  if (!current || current.sourceKey === key) return readable;
  return recordIdFromKey(`${readable}-${fromKey}`, '');
};

/**
 * Writes what this version says about each meeting, and retires the meetings the previous version
 * spoke of and this one does not. Runs again on a retry (the writes are idempotent per version).
 */
const projectMeetings = async (
  deps: IngestDeps,
  extraction: PaperExtraction,
  record: VersionRecord,
  council: string,
  lineCount: number,
) => {
  for (const projection of meetingsOf(extraction, record.id, record.version, council))
    await deps.meetings.putProjection(withLastLine(projection, lineCount));
  const previous =
    record.version > 1
      ? await deps.versions.get('paper', record.id, record.version - 1)
      : undefined;
  for (const meetingId of previous?.meetingIds ?? []) {
    if (!record.meetingIds.includes(meetingId))
      await deps.meetings.retire(meetingId, record.id, record.version);
  }
};

const assertValidPaper = (record: VersionRecord): void => {
  const validate = validPaperRecord;
  if (!validate(record)) {
    throw new UploadRejectedError(
      'invalid-record',
      `The extracted record does not match the paper schema: ${describeSchemaErrors(validate.errors).join('; ')}`,
      { cause: validate.errors },
    );
  }
};
