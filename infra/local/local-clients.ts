import { inProcessOcr } from '../../functions/adapters/ocr/in-process-page-ocr.ts';
import { type Clients, createClients } from '../../functions/composition/root.ts';

export interface Endpoints {
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
}

export const localRegion = 'eu-west-2';

/** The S3 stand-in's credentials: its secret also signs (and checks) upload form policies. */
export const localAccessKey = 'S3RVER';
export const localSecret = 'S3RVER';

/**
 * SDK clients for the stand-ins. Checksums only when required: the SDK's default CRC checksums
 * make streamed uploads aws-chunked, which the S3 stand-in rejects. Scans are read in-process by
 * the OCR function's handler: no Lambda here.
 */
export const localClients = (endpoints: Endpoints): Clients =>
  createClients({
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
    ocr: inProcessOcr(),
  });
