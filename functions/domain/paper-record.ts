import type { TextEncoding } from './decode-text.ts';
import type { HistoryFacts } from './history/facts.ts';
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

/** The headline fields of an extraction, kept on the record so lists need not read the extraction. */
export interface PaperFields {
  readonly documentType: DocumentType;
  readonly title: string | null;
  readonly meetingDate: string | null;
  readonly council: string | null;
  readonly committee: string | null;
  readonly meetingTime: string | null;
  /** Exempt papers keep their metadata public; their text and extraction are withheld. */
  readonly exempt: boolean;
  readonly exemptReason: string | null;
  /**
   * How many exempt parts a public paper has: their text and facts are withheld from the public
   * view, and so is the original that holds them. Absent on versions written before it existed.
   */
  readonly withheldParts?: number;
}

/**
 * What the officer who uploaded a paper said of it (its upload's `x-amz-meta-*`), null when not
 * given; absent on versions written before papers took them. An officer's title replaces the one
 * read from the paper, so it is not here.
 */
export interface OfficerDescription {
  readonly description?: string | null;
  readonly licence?: string | null;
  readonly publisher?: string | null;
  readonly source?: string | null;
}

/** Whether the public view of a paper version leaves parts out (and so withholds its original). */
export const hasWithheldParts = (record: { readonly withheldParts?: number }): boolean =>
  (record.withheldParts ?? 0) > 0;

/** Where a version came from and what its bytes were. */
export interface SourceFacts {
  readonly sourceKey: string;
  /** The S3 event's sequencer; null for a change made by the CLI rather than an S3 event. */
  readonly sequencer: string | null;
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
export interface VersionRecord extends PaperFields, OfficerDescription, SourceFacts, HistoryFacts {
  readonly kind: 'paper';
  readonly id: string;
  readonly version: number;
  readonly textKey: string;
  readonly textSha256: string;
  readonly extractionKey: string;
  readonly extractionSha256: string;
  /** The meetings this version speaks of, so the next version can retire those it no longer does. */
  readonly meetingIds: string[];
  /**
   * Set when some of the text was read by OCR from scanned pages: which pages (from 1), and
   * Tesseract's mean confidence over them (0-100). Absent when every page had a text layer.
   */
  readonly ocr?: { readonly pages: number[]; readonly meanConfidence: number };
}

/** A version as the API serves it: the stored record with its text and extraction, unless withheld. */
export interface PaperView extends VersionRecord {
  readonly body: string | null;
  readonly extraction: unknown;
  readonly withheld: { readonly reason: string } | null;
  /** URLs of everything the version relates to. */
  readonly links: Record<string, string | string[]>;
}
