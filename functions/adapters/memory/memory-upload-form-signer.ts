import { uploadAreas } from '../../config/areas.ts';
import type {
  UploadForm,
  UploadFormRequest,
  UploadFormSigner,
} from '../../ports/upload-form-signer.ts';

/** Upload forms for tests: the fields a presigned POST would carry, with no signature. */
export class MemoryUploadFormSigner implements UploadFormSigner {
  readonly signed: UploadFormRequest[] = [];

  constructor(
    private readonly url = 'http://uploads.invalid/uploads',
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sign(request: UploadFormRequest): Promise<UploadForm> {
    this.signed.push(request);
    const keyPrefix = uploadAreas[request.kind];
    return {
      kind: request.kind,
      url: this.url,
      fields: {
        key: `${keyPrefix}\${filename}`,
        'x-amz-meta-uploaded-by': request.uploader,
        ...(request.redirect
          ? { success_action_redirect: request.redirect }
          : { success_action_status: '201' }),
      },
      keyPrefix,
      maxBytes: request.maxBytes,
      expiresAt: new Date(this.now().getTime() + request.expiresInSeconds * 1000).toISOString(),
    };
  }
}
