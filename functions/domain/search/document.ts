/** What a search can find: a paper's readable text, a decision, a dataset's description. */
export const searchKinds = ['paper', 'decision', 'dataset'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * What the index keeps of a document beside its terms: enough to filter, rank, link and cut a
 * snippet without reading the record. Texts are kept whole: decisions, dataset descriptions, and
 * a paper's visible text (its `hidden` line ranges, exempt documents of a pack, left out). A paper
 * indexed before its text was kept has `text` null: its text is read from the archive, by
 * `textKey`, for the page of results only.
 */
export interface SearchStored {
  readonly kind: SearchKind;
  /** The record the hit belongs to: the paper (for a decision too) or the dataset. */
  readonly recordId: string;
  readonly title: string;
  readonly body: string | null;
  /** The body's council and slug (`council--body`): what `/v1/bodies/{id}` names. */
  readonly bodyId: string | null;
  readonly bodySlug: string | null;
  readonly meetingDate: string | null;
  readonly documentType: string | null;
  /** A decision's meeting. */
  readonly meetingId: string | null;
  /** A paper's readable text in the archive; null for documents whose text is kept here. */
  readonly textKey: string | null;
  /** Line ranges (1-based, inclusive) of `textKey` that are never shown: exempt documents. */
  readonly hidden: readonly (readonly [number, number])[];
  /** The text itself: what a snippet is cut from (null: read it by `textKey`). */
  readonly text: string | null;
  /** On a group's first document: the keys of every document of the group, itself included. */
  readonly members: readonly string[];
}

/** One document as it is indexed: its key, its searchable fields and what is stored beside them. */
export interface SearchDocument extends SearchStored {
  /** Unique in the index: `paper:<id>`, `paper:<id>#decision-<n>`, `dataset:<id>`. */
  readonly key: string;
  /** Committee and council names, searched with less weight than the title. */
  readonly meta: string;
  /** The searchable text: a paper's readable text without its exempt parts. */
  readonly content: string;
}

/**
 * The group a record's documents belong to, and the key of its first document: a paper with its
 * decisions and tables, or a dataset. A group is replaced whole when its record changes.
 */
export const groupKey = (kind: 'paper' | 'dataset', id: string): string => `${kind}:${id}`;
