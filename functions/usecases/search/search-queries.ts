import type { SearchKind, SearchStored } from '../../domain/search/document.ts';
import type { SearchFilters } from '../../domain/search/filters.ts';
import { parseQuery } from '../../domain/search/query.ts';
import { type Hit, pageOf, rank } from '../../domain/search/rank.ts';
import { visibleText } from '../../domain/search/records.ts';
import { type Snippet, snippet } from '../../domain/search/snippet.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { readArchived } from '../history/read-archived.ts';
import type { SearchIndexCache } from './search-index-cache.ts';

export interface SearchDeps {
  readonly search: SearchIndexCache;
  readonly archive: BlobStore;
}

/** A search: the words, the filters, and the page wanted. */
export interface SearchRequest extends SearchFilters {
  readonly q: string | undefined;
  readonly limit: number;
  readonly cursor: string | undefined;
}

/** One result: what it is, where it leads, and a passage with the matched words marked. */
export interface SearchResultView {
  readonly kind: SearchKind;
  /** The paper (a decision's too) or dataset it belongs to. */
  readonly id: string;
  readonly title: string;
  readonly score: number;
  readonly snippet: Snippet;
  readonly body: string | null;
  readonly bodyId: string | null;
  readonly bodySlug: string | null;
  readonly meetingDate: string | null;
  readonly documentType: string | null;
  readonly meetingId: string | null;
  readonly links: Record<string, string>;
}

/** A page of results, how many there are in all, and the search that found them. */
export interface SearchResults {
  readonly query: {
    readonly q: string | null;
    readonly type: SearchKind | null;
    readonly body: string | null;
    readonly from: string | null;
    readonly to: string | null;
    readonly documentType: string | null;
  };
  readonly total: number;
  readonly items: SearchResultView[];
  readonly next: string | null;
}

const linksOf = (stored: SearchStored): Record<string, string> => {
  const id = encodeURIComponent(stored.recordId);
  if (stored.kind === 'dataset') return { self: `/v1/datasets/${id}` };
  // Shards written before bodies were keyed by council have no body id: no body link then.
  const body: Record<string, string> = stored.bodyId ? { body: `/v1/bodies/${stored.bodyId}` } : {};
  if (stored.kind === 'paper') return { self: `/v1/papers/${id}`, ...body };
  return {
    self: `/v1/meetings/${stored.meetingId ?? ''}`,
    meeting: `/v1/meetings/${stored.meetingId ?? ''}`,
    paper: `/v1/papers/${id}`,
    ...body,
  };
};

/** The text a hit's snippet is cut from: kept in the index, or (older shards) read from the archive. */
const textOf = async (archive: BlobStore, hit: Hit): Promise<string> => {
  const stored = hit.stored;
  if (stored.text !== null || stored.textKey === null) return stored.text ?? '';
  const text = await readArchived(
    archive,
    { kind: 'paper', id: stored.recordId, version: 0 },
    stored.textKey,
  );
  return visibleText(text, stored.hidden);
};

/**
 * Searches papers' text, decisions and datasets, best match first, a page at a time. Snippets are
 * cut from the text the index keeps; only a paper indexed before its text was kept is read from
 * the archive.
 */
export const searchArchive = async (
  deps: SearchDeps,
  request: SearchRequest,
): Promise<SearchResults> => {
  const filters: SearchFilters = request;
  const hits = request.q ? rank(await deps.search.shards(), parseQuery(request.q), filters) : [];
  const page = pageOf(hits, request.limit, request.cursor);
  const items = await Promise.all(
    page.items.map(async (hit): Promise<SearchResultView> => {
      const stored = hit.stored;
      const text = await textOf(deps.archive, hit);
      return {
        kind: stored.kind,
        id: stored.recordId,
        title: stored.title,
        score: hit.score,
        snippet: snippet(text, new Set(hit.terms)),
        body: stored.body,
        bodyId: stored.bodyId ?? null,
        bodySlug: stored.bodySlug,
        meetingDate: stored.meetingDate,
        documentType: stored.documentType,
        meetingId: stored.meetingId,
        links: linksOf(stored),
      };
    }),
  );
  return {
    query: {
      q: request.q ?? null,
      type: request.type ?? null,
      body: request.bodySlug ?? null,
      from: request.from ?? null,
      to: request.to ?? null,
      documentType: request.documentType ?? null,
    },
    total: hits.length,
    items,
    next: page.next,
  };
};
