import { NotFoundError } from '../../domain/errors.ts';
import { takedownNotice } from '../../domain/history/takedown.ts';
import { paperLinks } from '../../domain/links.ts';
import { hasWithheldParts, type PaperView, type VersionRecord } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { publicExtraction, publicText } from '../../domain/papers/public-view.ts';
import { readableText } from '../../domain/readable-text.ts';
import { isFiltered, type RecordFilter } from '../../domain/record-filter.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { readArchived } from '../history/read-archived.ts';
import { readHistory } from '../ingest/commit-version.ts';
import { withTakedowns } from '../withdrawal/takedown.ts';
import { takedownOf } from '../withdrawal/takedown-notice.ts';

export interface PaperQueryDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
}

/**
 * The record with its text and extraction; for an exempt paper, neither: the public API serves
 * only that it exists and why it is withheld (fail closed: the flag is set when in doubt).
 */
export const withBody = async (
  archive: BlobStore,
  record: VersionRecord,
  options: { readonly audit?: boolean } = {},
): Promise<PaperView> => {
  // A withdrawal restates what it withdraws, not its text: earlier versions keep that.
  if (record.status === 'withdrawn')
    return { ...record, body: null, extraction: null, withheld: null, links: paperLinks(record) };
  // A version taken down keeps its metadata public; its text and extraction only auditors read.
  const takedown = options.audit
    ? undefined
    : await takedownOf(archive, 'paper', record.id, record.version);
  if (takedown)
    return {
      ...record,
      body: null,
      extraction: null,
      withheld: { reason: takedownNotice(takedown) },
      links: paperLinks(record),
    };
  if (record.exempt && !options.audit) {
    const reason = `Withheld from publication: ${record.exemptReason ?? 'marked exempt'}.`;
    return {
      ...record,
      body: null,
      extraction: null,
      withheld: { reason },
      links: paperLinks(record),
    };
  }
  const [text, stored] = await Promise.all([
    readArchived(archive, record, record.textKey),
    readArchived(archive, record, record.extractionKey),
  ]);
  const extraction = JSON.parse(stored) as PaperExtraction;
  if (hasWithheldParts(record) && !options.audit) {
    const shown = publicExtraction(extraction);
    const parts = shown.withheldParts;
    return {
      ...record,
      body: readableText(publicText(text, parts)),
      extraction: shown,
      withheld: {
        reason: `Parts withheld from publication: ${parts.map((part) => `lines ${part.startLine}-${part.endLine}, ${part.reason}`).join('; ')}.`,
      },
      links: paperLinks(record),
    };
  }
  // Auditors read the text as stored; everyone else, without form feeds and page furniture.
  const body = options.audit ? text : readableText(text);
  return { ...record, body, extraction, withheld: null, links: paperLinks(record) };
};

const notFound = (id: string, version?: number) =>
  new NotFoundError(
    version === undefined
      ? `No paper has the id "${id}".`
      : `Paper "${id}" has no version ${version}.`,
  );

export const listPapers = (
  deps: PaperQueryDeps,
  page: PageRequest,
  filter: RecordFilter = {},
): Promise<Page<VersionRecord>> =>
  deps.versions.listLatest('paper', page, isFiltered(filter) ? { filter } : {});

export const getPaper = async (deps: PaperQueryDeps, id: string): Promise<PaperView> => {
  const { current } = await readHistory(deps.versions, 'paper', id);
  if (!current) throw notFound(id);
  return withBody(deps.archive, current as VersionRecord);
};

export const listPaperVersions = async (
  deps: PaperQueryDeps,
  id: string,
  page: PageRequest,
): Promise<Page<VersionRecord>> => {
  const result = await deps.versions.listVersions('paper', id, page);
  if (result.items.length === 0 && page.cursor === undefined) throw notFound(id);
  return withTakedowns(deps.archive, 'paper', result);
};

export const getPaperVersion = async (
  deps: PaperQueryDeps,
  id: string,
  version: number,
): Promise<PaperView> => {
  const record = await deps.versions.get('paper', id, version);
  if (!record) throw notFound(id, version);
  return withBody(deps.archive, record);
};
