import type { DocumentType } from '../paper-record.ts';

/** Where a value was read: 1-based line numbers of the paper's text. */
export interface Provenance {
  readonly line: number;
  readonly endLine?: number;
}

export interface AgendaItem extends Provenance {
  /** As printed; null for an item set as a heading without a number. */
  readonly number: string | null;
  readonly title: string;
  readonly time: string | null;
  readonly pages: string | null;
  readonly description: string | null;
}

export interface Attendance {
  readonly present: string[];
  readonly apologies: string[];
  readonly inAttendance: string[];
  readonly substitutes: string[];
}

export interface Declaration extends Provenance {
  readonly member: string;
  readonly text: string;
}

export interface Resolution extends Provenance {
  readonly item: string | null;
  readonly text: string;
}

export interface Action extends Provenance {
  readonly item: string | null;
  readonly owner: string;
  readonly text: string;
}

export interface Recommendation extends Provenance {
  readonly text: string;
}

export interface Vote extends Provenance {
  readonly item: string | null;
  readonly motion: string | null;
  readonly for: string[];
  readonly against: string[];
  readonly abstain: string[];
  readonly result: 'carried' | 'failed' | null;
}

export type CellType = 'integer' | 'number' | 'percentage' | 'money' | 'date' | 'string' | 'empty';

export interface TypedCell {
  readonly type: CellType;
  readonly value: number | string | null;
}

export interface PaperTable extends Provenance {
  readonly heading: string | null;
  readonly columns: string[];
  /** Cells exactly as written. */
  readonly rows: string[][];
  /** The same cells typed where the text is unambiguous; anything else stays a string. */
  readonly values: TypedCell[][];
  readonly footnotes: string[];
}

export interface ExemptFlag {
  readonly exempt: boolean;
  readonly paragraphs: string[];
  readonly reason: string | null;
  readonly line: number | null;
}

/** A part of a public document withheld from publication: lines, and why. */
export interface WithheldPart {
  readonly startLine: number;
  readonly endLine: number;
  readonly reason: string;
  readonly paragraphs: string[];
  /** Where the part ends is not marked: everything to the end of the document is withheld. */
  readonly toEnd: boolean;
}

export interface Section extends Provenance {
  readonly number: string;
  readonly title: string;
}

/** Everything read from one document (a whole paper, or one constituent of a pack). */
export interface DocumentFields {
  readonly documentType: DocumentType;
  readonly council: string | null;
  readonly body: string | null;
  readonly meetingDate: string | null;
  readonly meetingTime: string | null;
  readonly venue: string | null;
  readonly title: string | null;
  readonly authors: string[];
  readonly wards: string[];
  readonly agendaItems: AgendaItem[];
  readonly attendance: Attendance;
  readonly declarations: Declaration[];
  readonly resolutions: Resolution[];
  readonly actions: Action[];
  readonly recommendations: Recommendation[];
  readonly votes: Vote[];
  readonly tables: PaperTable[];
  readonly sections: Section[];
  readonly nextMeetingDate: string | null;
  readonly exempt: ExemptFlag;
  /** Line of each scalar field that was found, by field name. */
  readonly provenance: Record<string, Provenance>;
}

export interface PackDocument extends DocumentFields {
  readonly startLine: number;
  readonly endLine: number;
}

export interface PaperExtraction extends DocumentFields {
  readonly documents: PackDocument[];
  /** Exempt parts of a public paper: withheld from the public view, kept for audit. */
  readonly withheldParts: WithheldPart[];
  readonly warnings: string[];
  /** Pages in the source (PDF pages, or form-feed separated text); null when the format has none. */
  readonly pages: number | null;
}
