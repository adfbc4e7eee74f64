import type { DatasetVersionRecord } from '../dataset-record.ts';
import { type DatasetOrigin, datasetOrigin } from '../datasets/origin.ts';
import type { VersionRecord } from '../paper-record.ts';

/**
 * A part of the archive whose newest change is kept as one value, so a page that states it (the
 * DCAT catalogue's `modified`) reads one item rather than every record: papers, or the datasets of
 * one origin.
 */
export type ChangeFacet = 'paper' | `dataset:${DatasetOrigin}`;

/** The facet a record's changes count in. */
export const changeFacet = (record: VersionRecord | DatasetVersionRecord): ChangeFacet =>
  record.kind === 'paper' ? 'paper' : `dataset:${datasetOrigin(record)}`;

/**
 * When a version a record shows last changed it: its publication, or its withdrawal when later.
 *
 * @example changedAt({ publishedAt: '2024-05-01T00:00:00.000Z', withdrawal: null }) // '2024-05-01T00:00:00.000Z'
 */
export const changedAt = (record: {
  readonly publishedAt: string;
  readonly withdrawal?: { readonly at: string } | null | undefined;
}): string =>
  record.withdrawal && record.withdrawal.at > record.publishedAt
    ? record.withdrawal.at
    : record.publishedAt;
