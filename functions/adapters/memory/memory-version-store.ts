import type { RecordKind } from '../../config/areas.ts';
import { InvalidRequestError } from '../../domain/errors.ts';
import { type ChangeFacet, changedAt, changeFacet } from '../../domain/history/last-change.ts';
import { compareSequencers } from '../../domain/history/sequencer.ts';
import { matchesFilter } from '../../domain/record-filter.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type {
  ChainHead,
  ListOptions,
  RecordChainHead,
  StoredVersion,
  VersionOf,
  VersionStore,
} from '../../ports/version-store.ts';
import { byCodeUnits } from './code-units.ts';

const slot = (kind: RecordKind, id: string) => `${kind}#${id}`;

/** Versions in memory, with the same write-once and forward-only rules as the DynamoDB adapter. */
export class MemoryVersionStore implements VersionStore {
  readonly versions = new Map<string, StoredVersion[]>();
  readonly heads = new Map<string, StoredVersion>();

  async latest<K extends RecordKind>(kind: K, id: string) {
    return this.versions.get(slot(kind, id))?.at(-1) as VersionOf<K> | undefined;
  }

  async putIfAbsent(record: StoredVersion) {
    const list = this.versions.get(slot(record.kind, record.id)) ?? [];
    if (list.some((existing) => existing.version === record.version)) return false;
    list.push(record);
    list.sort((a, b) => a.version - b.version);
    this.versions.set(slot(record.kind, record.id), list);
    return true;
  }

  readonly #committed = new Map<string, RecordChainHead>();
  readonly #lastChange = new Map<ChangeFacet, string>();

  async advanceHead(current: StoredVersion, committed: ChainHead) {
    const facet = changeFacet(current);
    const changed = changedAt(current);
    if ((this.#lastChange.get(facet) ?? '') < changed) this.#lastChange.set(facet, changed);
    const at = slot(current.kind, current.id);
    if ((this.#committed.get(at)?.version ?? 0) >= committed.version) return;
    this.#committed.set(at, {
      kind: current.kind,
      id: current.id,
      version: committed.version,
      chainHash: committed.chainHash,
    });
    this.heads.set(at, current);
  }

  async lastChange(facet: ChangeFacet) {
    return this.#lastChange.get(facet);
  }

  async listChainHeads(kind: RecordKind, page: PageRequest) {
    const heads = [...this.#committed.values()]
      .filter((head) => head.kind === kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return paginate(heads, page, (head) => head.id);
  }

  async get<K extends RecordKind>(kind: K, id: string, version: number) {
    return this.versions.get(slot(kind, id))?.find((record) => record.version === version) as
      | VersionOf<K>
      | undefined;
  }

  async listVersions<K extends RecordKind>(kind: K, id: string, page: PageRequest) {
    return paginate(this.versions.get(slot(kind, id)) ?? [], page, (record) =>
      String(record.version).padStart(10, '0'),
    ) as Page<VersionOf<K>>;
  }

  async listLatest<K extends RecordKind>(kind: K, page: PageRequest, options: ListOptions = {}) {
    const heads = [...this.heads.values()].filter(
      (record) =>
        record.kind === kind &&
        record.id.startsWith(options.idPrefix ?? '') &&
        (!options.filter || matchesFilter(record, options.filter)),
    );
    return paginate(
      heads.sort((a, b) => byCodeUnits(a.id, b.id)),
      page,
      (record) => record.id,
    ) as Page<VersionOf<K>>;
  }

  readonly noted = new Map<string, string>();

  async noteApplied(kind: RecordKind, id: string, sourceKey: string, sequencer: string) {
    const at = `${slot(kind, id)}|${sourceKey}`;
    const prior = this.noted.get(at);
    if (prior === undefined || compareSequencers(prior, sequencer) < 0)
      this.noted.set(at, sequencer);
  }

  async notedApplied(kind: RecordKind, id: string, sourceKey: string) {
    return this.noted.get(`${slot(kind, id)}|${sourceKey}`);
  }

  readonly sources = new Map<string, { kind: RecordKind; id: string }>();

  async pointSource(sourceKey: string, kind: RecordKind, id: string) {
    this.sources.set(sourceKey, { kind, id });
  }

  async sourceRecord(sourceKey: string) {
    return this.sources.get(sourceKey);
  }
}

/** Keyset paging over a sorted list: the cursor is the sort value of the last item served. */
const paginate = <T>(
  sorted: readonly T[],
  page: PageRequest,
  sortValue: (record: T) => string,
): Page<T> => {
  const after =
    page.cursor === undefined ? undefined : Buffer.from(page.cursor, 'base64url').toString();
  if (page.cursor !== undefined && !after)
    throw new InvalidRequestError('The cursor is not one this list issued.');
  const rest = after === undefined ? sorted : sorted.filter((record) => sortValue(record) > after);
  const items = rest.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    next:
      rest.length > page.limit && last ? Buffer.from(sortValue(last)).toString('base64url') : null,
  };
};
