import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { maxDatasetBytes } from '../../functions/config/limits.ts';
import { checkPostPolicy, PostPolicyError } from './post-policy.ts';

const filenameVariable = ['$', '{filename}'].join('');

/** Room for the form's fields around the largest file a policy may allow. */
const maxBodyBytes = maxDatasetBytes + 1024 * 1024;

const xml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)}</Message></Error>`;

const statusOf: Record<PostPolicyError['code'], number> = {
  AccessDenied: 403,
  EntityTooLarge: 400,
  EntityTooSmall: 400,
  InvalidArgument: 400,
};

export interface UploadGatewayOptions {
  /** The S3 stand-in the checked upload is stored in (its events then reach ingest). */
  readonly s3: S3Client;
  readonly bucket: string;
  /** The secret the local credentials sign policies with. */
  readonly secret: string;
  readonly now?: () => Date;
}

const cors = (request: IncomingMessage): Record<string, string> => ({
  'access-control-allow-origin': request.headers.origin ?? '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'ETag, Location',
  'access-control-max-age': '600',
  vary: 'Origin',
});

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new PostPolicyError(
        'EntityTooLarge',
        'Your proposed upload exceeds the maximum allowed size',
      );
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

/** Stores one checked POST upload and answers as S3 does: 303 to the redirect, 201, or 204. */
const accept = async (
  options: UploadGatewayOptions,
  request: IncomingMessage,
  response: ServerResponse,
) => {
  const body = await readBody(request);
  const form = await new Response(body, {
    headers: { 'content-type': request.headers['content-type'] ?? '' },
  })
    .formData()
    .catch((error: unknown) => {
      throw new PostPolicyError('InvalidArgument', 'Bucket POST must be multipart/form-data.', {
        cause: error,
      });
    });
  const file = form.get('file');
  if (!(file instanceof Blob))
    throw new PostPolicyError(
      'InvalidArgument',
      'POST requires exactly one file upload per request.',
    );
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === 'string') fields[name] = value;
  checkPostPolicy(fields, file.size, options.secret, options.now?.() ?? new Date(), options.bucket);
  const name = 'name' in file && typeof file.name === 'string' ? file.name : 'file';
  // S3 puts the file's name where the key says `${filename}`.
  const key = (fields.key ?? '').replaceAll(filenameVariable, name);
  const metadata = Object.fromEntries(
    Object.entries(fields)
      .filter(([field, value]) => field.toLowerCase().startsWith('x-amz-meta-') && value !== '')
      .map(([field, value]) => [field.slice('x-amz-meta-'.length).toLowerCase(), value]),
  );
  const stored = await options.s3.send(
    new PutObjectCommand({
      Bucket: options.bucket,
      Key: key,
      Body: new Uint8Array(await file.arrayBuffer()),
      ContentType: file.type || 'application/octet-stream',
      Metadata: metadata,
    }),
  );
  const headers = { ...cors(request), etag: stored.ETag ?? '', location: key };
  const redirect = fields.success_action_redirect;
  if (redirect) {
    const to = new URL(redirect);
    to.searchParams.set('bucket', options.bucket);
    to.searchParams.set('key', key);
    to.searchParams.set('etag', stored.ETag ?? '');
    response.writeHead(303, { ...headers, location: to.href }).end();
  } else if (fields.success_action_status === '201') {
    response
      .writeHead(201, { ...headers, 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Bucket>${options.bucket}</Bucket><Key>${key}</Key><ETag>${stored.ETag ?? ''}</ETag></PostResponse>`,
      );
  } else response.writeHead(204, headers).end();
};

/**
 * The upload bucket's browser endpoint on the local stack. The S3 stand-in stores browser POST
 * uploads but ignores their policy (no signature, expiry, key, size or field check), so this
 * gateway checks each policy as S3 does, answers S3's errors when it fails, and only then stores
 * the file in the stand-in with the form's `x-amz-meta-*` fields as metadata. Nothing else is
 * served here: the CLI and the functions talk to the stand-in directly.
 */
export const startUploadGateway = async (
  options: UploadGatewayOptions,
): Promise<{ endpoint: string; server: Server }> => {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors(request)).end();
      return;
    }
    if (request.method !== 'POST' || path.replace(/\/$/, '') !== `/${options.bucket}`) {
      request.resume();
      response
        .writeHead(405, { ...cors(request), 'content-type': 'application/xml' })
        .end(
          xml(
            'MethodNotAllowed',
            'Only browser POST uploads to the upload bucket are served here.',
          ),
        );
      return;
    }
    accept(options, request, response).catch((error: unknown) => {
      request.resume();
      const known = error instanceof PostPolicyError;
      const status = known ? statusOf[error.code] : 500;
      response
        .writeHead(status, { ...cors(request), 'content-type': 'application/xml' })
        .end(xml(known ? error.code : 'InternalError', known ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};
