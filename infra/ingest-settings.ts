import { Duration } from 'aws-cdk-lib';

/**
 * The ingest function's limits, shared by both stacks. Lambda's maximum timeout: a gigabyte of CSV
 * is about ten million rows, and writing them takes most of it (docs/datasets.md).
 */
export const ingestTimeout = Duration.minutes(15);

/** Messages per invocation; they are processed concurrently, each succeeding or failing alone. */
export const ingestBatchSize = 5;

/** At most this many ingest functions run at once, so a bulk upload cannot exhaust DynamoDB or the account. */
export const ingestMaxConcurrency = 5;

/** Deliveries of one message before it is dead-lettered. */
export const ingestMaxReceiveCount = 5;
