import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { LambdaClientConfig } from '@aws-sdk/client-lambda';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoChangeFeed } from '../adapters/dynamo/change-feed.ts';
import { DynamoDigestStore } from '../adapters/dynamo/digest-store.ts';
import { DynamoIngestLog } from '../adapters/dynamo/ingest-log.ts';
import { DynamoMeetingStore } from '../adapters/dynamo/meeting-store.ts';
import { DynamoRowStore } from '../adapters/dynamo/row-store.ts';
import { DynamoVersionStore } from '../adapters/dynamo/version-store.ts';
import { CognitoIdentity } from '../adapters/identity/cognito-identity.ts';
import { CognitoTokenEndpoint } from '../adapters/identity/cognito-token-endpoint.ts';
import { closedIdentity, LocalTokenIdentity } from '../adapters/identity/local-token-identity.ts';
import { MeetingMemoryStore } from '../adapters/memory/memory-meeting-store.ts';
import { S3BlobStore } from '../adapters/s3/s3-blob-store.ts';
import { S3SearchIndexStore } from '../adapters/s3/s3-search-index-store.ts';
import { S3UploadFormSigner } from '../adapters/s3/s3-upload-form-signer.ts';
import { type AuditAccess, readAuditAccess } from '../config/audit-access.ts';
import { readCatalogConfig, warnOfPlaceholderCatalog } from '../config/catalog.ts';
import { type OfficerAccess, readOfficerAccess } from '../config/officer-access.ts';
import { type RuntimeConfig, readRuntimeConfig } from '../config/runtime-config.ts';
import { searchIndexPrefix, searchRefreshMs, searchShardCount } from '../config/search.ts';
import type { HostedSignIn } from '../http/hosted-sign-in.ts';
import type { ApiDeps } from '../http/routes.ts';
import type { OfficerIdentity } from '../ports/officer-identity.ts';
import type { PageOcr } from '../ports/page-ocr.ts';
import type { DigestDeps } from '../usecases/history/publish-digest.ts';
import type { IngestDeps } from '../usecases/ingest/outcome.ts';
import { SearchIndexCache } from '../usecases/search/search-index-cache.ts';
import { lambdaTelemetry, type Telemetry } from './telemetry.ts';

export interface Clients {
  readonly s3: S3Client;
  readonly dynamo: DynamoDBDocumentClient;
  /**
   * The S3 client upload forms are signed with, whose endpoint browsers post files to: `s3` in
   * AWS; the local stack's policy-checking gateway in front of the S3 stand-in.
   */
  readonly uploadS3?: S3Client;
  /** Reads scanned pages: the OCR function in AWS; in-process locally (infra/local, the CLI). */
  readonly ocr: PageOcr;
}

export interface Root extends Telemetry {
  readonly config: RuntimeConfig;
  readonly ingest: IngestDeps;
  readonly api: ApiDeps;
  readonly digest: DigestDeps;
}

/**
 * The OCR function, reached through a Lambda client loaded with the first scanned page: most
 * uploads have none and the API and digest functions read none, so no cold start loads it.
 */
const lambdaPageOcr = (config: LambdaClientConfig, functionName: string): PageOcr => {
  let ocr: Promise<PageOcr> | undefined;
  const load = async (): Promise<PageOcr> => {
    const [{ LambdaClient }, { LambdaPageOcr }] = await Promise.all([
      import('@aws-sdk/client-lambda'),
      import('../adapters/lambda/lambda-page-ocr.ts'),
    ]);
    return new LambdaPageOcr(new LambdaClient(config), functionName);
  };
  return {
    recognise: async (pages, signal) => {
      ocr ??= load();
      return (await ocr).recognise(pages, signal);
    },
  };
};

/**
 * Region and endpoints come from the SDK's own environment variables (`AWS_REGION`,
 * `AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_DYNAMODB`), so the same code talks to AWS or the local
 * stand-ins without a branch. Scanned pages go to the OCR function named by `OCR_FUNCTION_NAME`
 * unless another OCR is given.
 */
export const createClients = (
  options: {
    s3?: S3ClientConfig;
    dynamo?: DynamoDBClientConfig;
    lambda?: LambdaClientConfig;
    ocr?: PageOcr;
  } = {},
): Clients => ({
  s3: new S3Client(options.s3 ?? {}),
  dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(options.dynamo ?? {}), {
    marshallOptions: { removeUndefinedValues: true },
  }),
  ocr: options.ocr ?? lambdaPageOcr(options.lambda ?? {}, process.env.OCR_FUNCTION_NAME ?? ''),
});

/** The officers' identity provider for how they sign in. */
const officerIdentity = (access: OfficerAccess): OfficerIdentity =>
  access.mode === 'cognito'
    ? new CognitoIdentity(access.userPoolId, access.clientId)
    : access.mode === 'token'
      ? new LocalTokenIdentity(access.token)
      : closedIdentity;

/** The council's hosted sign-in, where the user pool has a domain (in AWS); else none. */
const hostedSignIn = (access: OfficerAccess): HostedSignIn | null =>
  access.mode === 'cognito' && access.signInDomain
    ? {
        domain: access.signInDomain,
        clientId: access.clientId,
        tokens: new CognitoTokenEndpoint(access.signInDomain, access.clientId),
      }
    : null;

/** Wires adapters to ports. Tests call this with clients for the local engines. */
export const buildRoot = (
  config: RuntimeConfig,
  clients: Clients,
  telemetry: Telemetry,
  audit: AuditAccess = readAuditAccess(),
  officers: OfficerAccess = readOfficerAccess(),
): Root => {
  const { logger } = telemetry;
  const now = (): Date => new Date();
  const archive = new S3BlobStore(clients.s3, config.archiveBucket, { writeOnce: true });
  const versions = new DynamoVersionStore(clients.dynamo, config.recordsTable);
  const meetings = new DynamoMeetingStore(clients.dynamo, config.meetingsTable);
  const rows = new DynamoRowStore(clients.dynamo, config.rowsTable);
  const log = new DynamoIngestLog(clients.dynamo, config.ingestsTable);
  const digests = new DynamoDigestStore(clients.dynamo, config.recordsTable);
  const feed = new DynamoChangeFeed(clients.dynamo, config.recordsTable);
  // The index is derived data: kept beside the uploads, under a prefix no notification watches.
  const searchIndex = new S3SearchIndexStore(clients.s3, config.uploadBucket, searchIndexPrefix);
  const search = new SearchIndexCache(searchIndex, () => Date.now(), searchRefreshMs, logger);
  const ingest = {
    uploadBucket: config.uploadBucket,
    uploads: new S3BlobStore(clients.s3, config.uploadBucket),
    archive,
    versions,
    feed,
    meetings,
    rows,
    log,
    searchIndex,
    searchShards: searchShardCount,
    logger,
    now,
    council: readCatalogConfig().publisherName,
    ocr: clients.ocr,
  };
  const officer = {
    officers: officerIdentity(officers),
    hostedSignIn: hostedSignIn(officers),
    uploadForms: new S3UploadFormSigner(clients.uploadS3 ?? clients.s3, config.uploadBucket),
    withdraw: ingest,
    publicBaseUrl: process.env.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
  };
  return {
    ...telemetry,
    config,
    ingest,
    api: {
      versions,
      archive,
      meetings,
      // One instant's meetings (`asOf`), rebuilt from paper versions for one request.
      meetingSnapshot: () => new MeetingMemoryStore(),
      rows,
      log,
      audit,
      digests,
      feed,
      search,
      officer,
      now,
      council: ingest.council,
    },
    digest: { versions, archive, digests, now },
  };
};

let root: Root | undefined;

/** The composition root of a Lambda: built on first use, once per cold start, then reused. */
export const productionRoot = (): Root => {
  if (!root) {
    root = buildRoot(
      readRuntimeConfig(),
      createClients(),
      // STAGE: the metrics' Stage dimension, set by the stack.
      lambdaTelemetry(process.env.STAGE ?? 'unknown', Date.now),
    );
    warnOfPlaceholderCatalog(root.logger);
  }
  return root;
};
