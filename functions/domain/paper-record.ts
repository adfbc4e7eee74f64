import type { RecordKind } from '../config/areas.ts';
import type { TextEncoding } from './decode-text.ts';
import type { ContentFormat } from './sniff.ts';

export const documentTypes = [
  'agenda-pack',
  'agenda',
  'minutes',
  'report',
  'appendix',
  'work-programme',
  'inspection-report',
  'calendar',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** What the extractor reads from a paper. `null` means the text does not say. */
export interface PaperFields {
  readonly documentType: DocumentType;
  readonly title: string | null;
  readonly meetingDate: string | null;
}

/** Where a version came from and what its bytes were. */
export interface SourceFacts {
  readonly sourceKey: string;
  readonly sequencer: string;
  readonly uploader: string | null;
  readonly receivedAt: string;
  readonly size: number;
  readonly sha256: string;
  readonly format: ContentFormat;
  readonly mediaType: string;
  readonly encoding: TextEncoding | null;
  readonly originalKey: string;
}

/** One immutable version of a record, as stored (the body lives beside it, by `textKey`). */
export interface VersionRecord extends PaperFields, SourceFacts {
  readonly kind: RecordKind;
  readonly id: string;
  readonly version: number;
  readonly textKey: string;
  readonly textSha256: string;
}

/** A version as the API serves it: the stored record with its text body. */
export interface PaperView extends VersionRecord {
  readonly body: string;
}
