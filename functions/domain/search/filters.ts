import { isBodyId } from '../papers/meetings.ts';
import type { SearchKind, SearchStored } from './document.ts';

/** What a search is narrowed to; every filter given must hold. */
export interface SearchFilters {
  readonly type?: SearchKind | undefined;
  /** A body's id (`council--body`: that council's only), or its slug (that body of any council). */
  readonly bodySlug?: string | undefined;
  /** Inclusive meeting dates: documents without a meeting date never match a range. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** A paper's document type: only papers match it. */
  readonly documentType?: string | undefined;
}

/**
 * Whether a stored document passes the filters.
 *
 * @example passes({ kind: 'dataset', meetingDate: null, ... }, { from: '2024-01-01' }) // false
 */
export const passes = (
  stored: Pick<SearchStored, 'kind' | 'bodySlug' | 'bodyId' | 'meetingDate' | 'documentType'>,
  filters: SearchFilters,
): boolean => {
  if (filters.type && stored.kind !== filters.type) return false;
  if (
    filters.bodySlug &&
    (isBodyId(filters.bodySlug) ? stored.bodyId : stored.bodySlug) !== filters.bodySlug
  )
    return false;
  if (
    filters.documentType &&
    (stored.kind !== 'paper' || stored.documentType !== filters.documentType)
  )
    return false;
  if (filters.from || filters.to) {
    const date = stored.meetingDate;
    if (!date) return false;
    if (filters.from && date < filters.from) return false;
    if (filters.to && date > filters.to) return false;
  }
  return true;
};
