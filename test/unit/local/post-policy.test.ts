import { S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { S3UploadFormSigner } from '../../../functions/adapters/s3/s3-upload-form-signer.ts';
import type { UploadForm } from '../../../functions/ports/upload-form-signer.ts';
import { checkPostPolicy } from '../../../infra/local/post-policy.ts';

const secret = 'local-secret';
const s3 = new S3Client({
  region: 'eu-west-2',
  endpoint: 'http://127.0.0.1:9',
  forcePathStyle: true,
  credentials: { accessKeyId: 'local', secretAccessKey: secret },
});

let form: UploadForm;

beforeAll(async () => {
  form = await new S3UploadFormSigner(s3, 'uploads').sign({
    kind: 'dataset',
    uploader: 'officer@example.gov.uk',
    maxBytes: 1000,
    expiresInSeconds: 600,
  });
});

const soon = () => new Date(Date.now() + 60_000);
const check =
  (fields: Record<string, string>, size = 10, now = soon()) =>
  () =>
    checkPostPolicy({ ...form.fields, ...fields }, size, secret, now, 'uploads');

describe('checking a presigned POST as S3 does (the local stand-in does not)', () => {
  it('accepts the form as signed, with optional metadata and the file named in the key', () => {
    expect(check({ 'x-amz-meta-title': 'Ward spend' })).not.toThrow();
  });

  it('refuses a key outside the form’s upload area', () => {
    expect(check({ key: 'search/v1/shard-000.json.gz' })).toThrow(
      'Policy Condition failed: ["starts-with", "$key", "uploads/datasets/"]',
    );
  });

  it('refuses a file larger than the cap', () => {
    expect(check({}, 1001)).toThrow('exceeds the maximum allowed size');
  });

  it('refuses an empty file', () => {
    expect(check({}, 0)).toThrow('smaller than the minimum allowed size');
  });

  it('refuses an expired form', () => {
    expect(check({}, 10, new Date(Date.now() + 11 * 60_000))).toThrow('Policy expired');
  });

  it('refuses another uploader than the one signed for', () => {
    expect(check({ 'x-amz-meta-uploaded-by': 'someone-else' })).toThrow('Policy Condition failed');
  });

  it('refuses a field no condition covers', () => {
    expect(check({ 'x-amz-meta-strict': 'true' })).toThrow('Extra input fields: x-amz-meta-strict');
  });

  it('refuses a policy signed with another secret', () => {
    expect(() => checkPostPolicy(form.fields, 10, 'another-secret', soon(), 'uploads')).toThrow(
      'signature',
    );
  });
});
