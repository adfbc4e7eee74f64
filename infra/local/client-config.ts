import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { S3ClientConfig } from '@aws-sdk/client-s3';

export interface Endpoints {
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
}

export const localRegion = 'eu-west-2';

/** The S3 stand-in's credentials: its secret also signs (and checks) upload form policies. */
export const localAccessKey = 'S3RVER';
export const localSecret = 'S3RVER';

/**
 * How an SDK client reaches each stand-in, apart from the clients themselves (so the CLI builds
 * the two it needs without the composition root). Checksums only when required: the SDK's default
 * CRC checksums make streamed uploads aws-chunked, which the S3 stand-in rejects.
 */
export const localClientConfig = (
  endpoints: Endpoints,
): { readonly s3: S3ClientConfig; readonly dynamo: DynamoDBClientConfig } => ({
  s3: {
    endpoint: endpoints.s3Endpoint,
    forcePathStyle: true,
    region: localRegion,
    credentials: { accessKeyId: localAccessKey, secretAccessKey: localSecret },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  },
  dynamo: {
    endpoint: endpoints.dynamoEndpoint,
    region: localRegion,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  },
});
