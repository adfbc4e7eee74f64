import type { S3Client } from '@aws-sdk/client-s3';
import type { PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { uploadAreas } from '../../config/areas.ts';
import {
  type UploadForm,
  type UploadFormRequest,
  type UploadFormSigner,
  uploadMetadataFields,
} from '../../ports/upload-form-signer.ts';

type Condition = NonNullable<PresignedPostOptions['Conditions']>[number];

/**
 * Presigned POST forms for the upload bucket (`@aws-sdk/s3-presigned-post`). The policy holds:
 * the key under the kind's area (S3 puts the file's name where the key says `${filename}`), a
 * content-length range from 1 byte to the cap, the uploader and the redirect or status exactly as
 * given, the optional metadata fields (any value), and an expiry a few minutes away. The signer's
 * library is loaded with the first form: only officers ask for one.
 */
export class S3UploadFormSigner implements UploadFormSigner {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sign(request: UploadFormRequest): Promise<UploadForm> {
    const keyPrefix = uploadAreas[request.kind];
    const fields: Record<string, string> = {
      'x-amz-meta-uploaded-by': request.uploader,
      ...(request.redirect
        ? { success_action_redirect: request.redirect }
        : { success_action_status: '201' }),
    };
    const conditions: Condition[] = [
      ['starts-with', '$key', keyPrefix],
      ['content-length-range', 1, request.maxBytes],
      ...Object.entries(fields).map(([name, value]): Condition => ['eq', `$${name}`, value]),
      ...uploadMetadataFields.map((name): Condition => ['starts-with', `$x-amz-meta-${name}`, '']),
    ];
    const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
    const signedAt = this.now();
    const { url, fields: signed } = await createPresignedPost(this.s3, {
      Bucket: this.bucket,
      Key: `${keyPrefix}\${filename}`,
      Conditions: conditions,
      Fields: fields,
      Expires: request.expiresInSeconds,
    });
    return {
      kind: request.kind,
      url,
      fields: signed,
      keyPrefix,
      maxBytes: request.maxBytes,
      expiresAt: new Date(signedAt.getTime() + request.expiresInSeconds * 1000).toISOString(),
    };
  }
}
