import { NotFoundError, WithheldError } from '../../domain/errors.ts';
import type { PaperView } from '../../domain/paper-record.ts';
import type { PackDocument, PaperExtraction } from '../../domain/papers/model.ts';
import { getPaper, type PaperQueryDeps } from './paper-queries.ts';

/** A pack's constituent document, as its list shows it. */
export interface DocumentSummary {
  readonly number: number;
  readonly documentType: PackDocument['documentType'];
  readonly title: string | null;
  readonly body: string | null;
  readonly meetingDate: string | null;
  readonly startLine: number;
  readonly endLine: number;
  readonly exempt: boolean;
  readonly links: { readonly self: string; readonly paper: string };
}

/**
 * One constituent document whole: its extraction, its lines of the pack's text, its links; an
 * exempt one only as its list entry shows it.
 */
export type DocumentView = (PackDocument | Omit<DocumentSummary, 'number' | 'links'>) & {
  readonly number: number;
  readonly paper: { readonly id: string; readonly version: number };
  readonly text: string | null;
  readonly withheld: { readonly reason: string } | null;
  readonly links: {
    readonly self: string;
    readonly paper: string;
    readonly meeting: string | null;
  };
};

/** The current version's documents; exempt and withdrawn papers have none to show. */
const documentsOf = async (deps: PaperQueryDeps, id: string) => {
  const paper = await getPaper(deps, id);
  if (paper.status === 'withdrawn')
    throw new NotFoundError(
      `Paper "${id}" is withdrawn; its documents remain in its earlier versions (/v1/papers/${id}/versions).`,
    );
  if (paper.withheld) throw new WithheldError(paper.withheld.reason);
  return { paper, documents: (paper.extraction as PaperExtraction).documents };
};

const summary = (id: string, document: PackDocument, index: number): DocumentSummary => ({
  number: index + 1,
  documentType: document.documentType,
  title: document.title,
  body: document.body,
  meetingDate: document.meetingDate,
  startLine: document.startLine,
  endLine: document.endLine,
  exempt: document.exempt.exempt,
  links: { self: `/v1/papers/${id}/documents/${index + 1}`, paper: `/v1/papers/${id}` },
});

/** The documents an agenda pack was split into (a single paper has none). */
export const listDocuments = async (deps: PaperQueryDeps, id: string) => {
  const { documents } = await documentsOf(deps, id);
  return { items: documents.map((document, index) => summary(id, document, index)), next: null };
};

const linesOf = (paper: PaperView, document: PackDocument) =>
  (paper.body ?? '')
    .split('\n')
    .slice(document.startLine - 1, document.endLine)
    .join('\n');

export const getDocument = async (
  deps: PaperQueryDeps,
  id: string,
  number: number,
): Promise<DocumentView> => {
  const { paper, documents } = await documentsOf(deps, id);
  const document = documents[number - 1];
  if (!document) throw new NotFoundError(`Paper "${id}" has no document ${number}.`);
  const meeting = paper.meetingIds.length > 0 ? `/v1/meetings/${paper.meetingIds[0]}` : null;
  const links = {
    self: `/v1/papers/${id}/documents/${number}`,
    paper: `/v1/papers/${id}`,
    meeting,
  };
  if (document.exempt.exempt) {
    // An exempt constituent of a public pack: where it is and what it is are public, not its words.
    const { number: _n, links: _l, ...listed } = summary(id, document, number - 1);
    return {
      ...listed,
      number,
      paper: { id, version: paper.version },
      text: null,
      withheld: {
        reason: `Withheld from publication: ${document.exempt.reason ?? 'marked exempt'}.`,
      },
      links,
    };
  }
  return {
    ...document,
    number,
    paper: { id, version: paper.version },
    text: linesOf(paper, document),
    withheld: null,
    links,
  };
};
