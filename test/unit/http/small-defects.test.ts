import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../functions/adapters/memory/memory-blob-store.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { attachment } from '../../../functions/domain/content-disposition.ts';
import { sha256Hex } from '../../../functions/domain/hashing.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { httpGet } from '../../support/events.ts';
import { memoryApiDeps } from '../../support/memory-deps.ts';
import { paperVersion } from '../../support/records.ts';

const headerSafe = /^[\t\x20-\x7e]*$/;

describe('Content-Disposition of an original', () => {
  it('gives a non-ASCII name as filename* beside an ASCII fallback', () => {
    // Act
    const value = attachment('Ünïcödé 会议.md');

    // Assess
    expect(value).toMatch(headerSafe);
    expect(value).toContain("filename*=UTF-8''%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20%E4%BC%9A%E8%AE%AE.md");
    expect(value).toContain('filename="Unicode __.md"');
  });

  it('keeps quotes, backslashes and line breaks out of the header', () => {
    // Act
    const value = attachment('bad"name\r\nSet-Cookie: x.txt');

    // Assess
    expect(value).toMatch(headerSafe);
    expect(value).not.toMatch(/[\r\n]/);
  });

  it('is served for a key with non-ASCII characters, where it was a 500', async () => {
    // Prepare
    const versions = new MemoryVersionStore();
    const archive = new MemoryBlobStore();
    const bytes = new TextEncoder().encode('Minutes');
    const record = paperVersion({
      sourceKey: 'uploads/papers/Ünïcödé 会议.md',
      sha256: sha256Hex(bytes),
      originalKey: `originals/sha256/${sha256Hex(bytes)}`,
    });
    await versions.putIfAbsent(record);
    await versions.advanceHead(record, record);
    await archive.put(record.originalKey, bytes, { contentType: 'text/markdown' });
    const handler = createApiHandler(() => ({
      api: memoryApiDeps({ versions, archive }),
      logger: silentLogger,
      invocation: {},
    }));

    // Act
    const result = await handler(
      httpGet(`/v1/papers/${record.id}/versions/1/original`),
      lambdaContext('api'),
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-disposition']).toMatch(headerSafe);
    expect(result.headers['content-disposition']).toContain("filename*=UTF-8''");
  });
});

describe('API response headers', () => {
  it('send no empty Reporting-Endpoints and no Server header', async () => {
    // Prepare
    const handler = createApiHandler(() => ({
      api: memoryApiDeps(),
      logger: silentLogger,
      invocation: {},
    }));

    // Act
    const result = await handler(httpGet('/health'), lambdaContext('api'));

    // Assess
    const names = Object.keys(result.headers).map((name) => name.toLowerCase());
    expect(names).not.toContain('reporting-endpoints');
    expect(names).not.toContain('server');
    expect(Object.values(result.headers)).not.toContain('');
  });
});
