import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { archivePrefixes, digestPrefix, uploadAreas } from '../functions/config/areas.ts';
import { searchIndexPrefix } from '../functions/config/search.ts';
import {
  byKindIndex,
  meetingsByBodyIndex,
  meetingsByDateIndex,
} from '../functions/config/tables.ts';
import { bucketArn, objectsArn } from './names.ts';

/**
 * Least privilege, derived from what functions/adapters/ calls:
 * - s3-blob-store: GetObject and HeadObject (both authorised by s3:GetObject) and PutObject;
 * - version-store: Query, GetItem, PutItem (conditional; the head item is a conditional put too);
 * - meeting-store: PutItem, Query (on the table and its byBody/byDate indexes);
 * - row-store: BatchWriteItem (put requests only), Query;
 * - ingest-log: PutItem, Query.
 * No function holds a delete: not s3:DeleteObject, not dynamodb:DeleteItem, not UpdateItem.
 */
export interface DataResources {
  readonly stage: string;
  readonly records: Table;
  readonly meetings: Table;
  readonly rows: Table;
  readonly ingests: Table;
}

/** The archive prefixes the API and audit functions serve: originals, derived documents, digests. */
export const servedArchivePrefixes = [
  digestPrefix,
  archivePrefixes.originals,
  archivePrefixes.texts,
  archivePrefixes.extractions,
  archivePrefixes.schemas,
  archivePrefixes.datasetReports,
  archivePrefixes.distributions,
] as const;

const indexArn = (table: Table, indexName: string) => `${table.tableArn}/index/${indexName}`;

const add = (grantee: IGrantable, statements: PolicyStatement[]) => {
  for (const statement of statements) grantee.grantPrincipal.addToPrincipalPolicy(statement);
};

/**
 * Without s3:ListBucket, S3 answers a missing key with 403 instead of 404, and the blob store
 * could not tell "not archived yet" from "forbidden". It lists keys; it reads none.
 */
const listBuckets = (arns: string[]) =>
  new PolicyStatement({ sid: 'MissingKeysAnswer404', actions: ['s3:ListBucket'], resources: arns });

/**
 * Ingest may invoke the OCR function, by its unqualified ARN only (grantInvoke would add every
 * version and alias, `ARN:*`, which nothing here publishes).
 */
export const grantOcrInvoke = (ingest: IGrantable, ocr: IFunction): void =>
  add(ingest, [
    new PolicyStatement({
      sid: 'InvokeOcr',
      actions: ['lambda:InvokeFunction'],
      resources: [ocr.functionArn],
    }),
  ]);

/** Ingest: reads uploads, adds to the archive and the tables, never deletes or updates in place. */
export const grantIngest = (fn: IGrantable, data: DataResources): void =>
  add(fn, [
    new PolicyStatement({
      sid: 'ReadUploads',
      // GetObjectVersion: each upload is read at the version its event names (the bucket is versioned).
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      // Wildcard forced: officers choose upload keys, so only the two upload prefixes can be named.
      resources: Object.values(uploadAreas).map((prefix) =>
        objectsArn(data.stage, 'uploads', prefix),
      ),
    }),
    new PolicyStatement({
      sid: 'ArchiveOnce',
      // GetObject also authorises HeadObject (the "already archived?" check before a put);
      // PutObject covers a multipart upload's parts, AbortMultipartUpload clears a failed one.
      actions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
      // Wildcard forced: keys are SHA-256 digests of content not yet seen. One wildcard per fixed
      // prefix; Object Lock and the bucket policy make a put onto an existing key a new locked
      // version, never a replacement of the old one.
      resources: Object.values(archivePrefixes).map((prefix) =>
        objectsArn(data.stage, 'archive', prefix),
      ),
    }),
    listBuckets([bucketArn(data.stage, 'archive'), bucketArn(data.stage, 'uploads')]),
    new PolicyStatement({
      sid: 'UpdateSearchIndex',
      // Write a shard's next segment (conditionally), read and fold its parts into a new base,
      // delete what that base supersedes; the shards' parts are the only keys under the prefix.
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [objectsArn(data.stage, 'uploads', searchIndexPrefix)],
    }),
    new PolicyStatement({
      sid: 'AppendVersionsAndMeetings',
      actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
      resources: [data.records.tableArn, data.meetings.tableArn],
    }),
    new PolicyStatement({
      sid: 'AppendRows',
      // 25 put requests at a time; the row store sends no delete requests.
      actions: ['dynamodb:BatchWriteItem'],
      resources: [data.rows.tableArn],
    }),
    new PolicyStatement({
      sid: 'RecordIngestAttempts',
      // Write-only: ingest never reads the audit log.
      actions: ['dynamodb:PutItem'],
      resources: [data.ingests.tableArn],
    }),
  ]);

const publicReads = (data: DataResources): PolicyStatement[] => [
  new PolicyStatement({
    sid: 'ReadVersions',
    actions: ['dynamodb:GetItem', 'dynamodb:Query'],
    resources: [data.records.tableArn],
  }),
  new PolicyStatement({
    sid: 'ReadBodies',
    actions: ['dynamodb:GetItem'],
    resources: [data.meetings.tableArn],
  }),
  new PolicyStatement({
    sid: 'QueryLists',
    actions: ['dynamodb:Query'],
    resources: [
      indexArn(data.records, byKindIndex.indexName),
      data.meetings.tableArn,
      indexArn(data.meetings, meetingsByBodyIndex.indexName),
      indexArn(data.meetings, meetingsByDateIndex.indexName),
      data.rows.tableArn,
    ],
  }),
  new PolicyStatement({
    sid: 'ReadArchived',
    actions: ['s3:GetObject'],
    // Wildcard forced: content-addressed keys, one fixed prefix each.
    resources: servedArchivePrefixes.map((prefix) => objectsArn(data.stage, 'archive', prefix)),
  }),
  listBuckets([bucketArn(data.stage, 'archive')]),
  new PolicyStatement({
    sid: 'ReadSearchIndex',
    actions: ['s3:GetObject'],
    resources: [objectsArn(data.stage, 'uploads', searchIndexPrefix)],
  }),
  new PolicyStatement({
    sid: 'ListSearchShards',
    // The shards' ETags, in one listing; only that prefix of the uploads bucket may be listed.
    actions: ['s3:ListBucket'],
    resources: [bucketArn(data.stage, 'uploads')],
    conditions: { StringLike: { 's3:prefix': [`${searchIndexPrefix}*`] } },
  }),
];

/**
 * The public API: read-only on published records, no access to the ingest log; it may add one
 * thing to the archive: the downloads of a dataset version archived before ingest wrote them,
 * made on first request (written once: the bucket policy demands If-None-Match).
 */
export const grantPublicApi = (fn: IGrantable, data: DataResources): void =>
  add(fn, [
    ...publicReads(data),
    new PolicyStatement({
      sid: 'WriteOlderDownloads',
      actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
      resources: [objectsArn(data.stage, 'archive', archivePrefixes.distributions)],
    }),
  ]);

/** The audit function: what the API reads, plus the ingest log, which only it may read. */
export const grantAudit = (fn: IGrantable, data: DataResources): void =>
  add(fn, [
    ...publicReads(data),
    new PolicyStatement({
      sid: 'ReadIngestLog',
      // The log is read by month partition (Query); nothing scans it.
      actions: ['dynamodb:Query'],
      resources: [data.ingests.tableArn],
    }),
  ]);

/**
 * The digest function: reads every record's chain head (the records table's byKind index) and
 * the digest index (its own partition of the records table), and adds digests under one prefix.
 */
export const grantDigest = (fn: IGrantable, data: DataResources): void =>
  add(fn, [
    new PolicyStatement({
      sid: 'AppendToDigestIndex',
      // The digest partition: read the latest entry, add the next with a conditional put.
      actions: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem'],
      resources: [data.records.tableArn],
    }),
    new PolicyStatement({
      sid: 'ReadChainHeads',
      actions: ['dynamodb:Query'],
      resources: [indexArn(data.records, byKindIndex.indexName)],
    }),
    new PolicyStatement({
      sid: 'ArchiveDigestsOnce',
      actions: ['s3:GetObject', 's3:PutObject'],
      // Wildcard forced: a digest's key is its own SHA-256; one fixed prefix, written once.
      resources: [objectsArn(data.stage, 'archive', digestPrefix)],
    }),
    listBuckets([bucketArn(data.stage, 'archive')]),
  ]);

/**
 * The officer function (the upload page): signs presigned POST forms, which upload with its own
 * role, so it may put objects under the two upload prefixes only; reads the ingest log for each
 * upload's outcome; and withdraws records as ingest does (tombstone versions, meetings, index).
 */
export const grantOfficer = (fn: IGrantable, data: DataResources): void => {
  grantIngest(fn, data);
  add(fn, [
    new PolicyStatement({
      sid: 'SignUploadForms',
      actions: ['s3:PutObject'],
      // Wildcard forced: officers name their files; each form's policy narrows it to one area.
      resources: Object.values(uploadAreas).map((prefix) =>
        objectsArn(data.stage, 'uploads', prefix),
      ),
    }),
  ]);
};
