/** Scalar families, in the Python scorer's order. */
export const SCALARS = [
  'documentType',
  'council',
  'body',
  'meetingDate',
  'meetingTime',
  'venue',
  'title',
] as const;

/** List and detail families, in the Python scorer's order. */
export const LISTS = [
  'authors',
  'agendaItems',
  'agendaItems.time',
  'agendaItems.pages',
  'attendance.present',
  'attendance.apologies',
  'attendance.inAttendance',
  'declarations',
  'resolutions',
  'actions',
  'recommendations',
  'tables',
  'tables.rows',
  'documents',
] as const;

/** Every family scored, in report order. */
export const FAMILIES = [
  ...SCALARS,
  'previousMeeting.meetingDate',
  'previousMeeting.meetingTime',
  ...LISTS,
] as const;

/** A field family the scorer reports on. */
export type Family = (typeof FAMILIES)[number];

/** A family's numbers as the Python scorer's `--json` prints them. */
export interface CountResult {
  readonly tp: number;
  readonly predicted: number;
  readonly truth: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** Matched, predicted and truth values that count. */
export class Count {
  tp = 0;
  pred = 0;
  truth = 0;

  add(other: Count): void {
    this.tp += other.tp;
    this.pred += other.pred;
    this.truth += other.truth;
  }

  empty(): boolean {
    return this.tp === 0 && this.pred === 0 && this.truth === 0;
  }

  /** precision = tp / predicted, recall = tp / truth, F1 (0 when either side has values but no match). */
  result(): CountResult {
    const precision = this.pred ? this.tp / this.pred : null;
    const recall = this.truth ? this.tp / this.truth : null;
    let f1: number | null = null;
    if (precision !== null && recall !== null) {
      f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0.0;
    } else if (this.pred || this.truth) {
      f1 = 0.0;
    }
    return { tp: this.tp, predicted: this.pred, truth: this.truth, precision, recall, f1 };
  }
}

/** One fresh count per family. */
export const familyCounts = (): Record<Family, Count> =>
  Object.fromEntries(FAMILIES.map((f) => [f, new Count()])) as Record<Family, Count>;
