import { readdir, readFile } from 'node:fs/promises';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { closedIdentity } from '../../functions/adapters/identity/local-token-identity.ts';
import { MemoryDigestStore } from '../../functions/adapters/memory/memory-digest-store.ts';
import { MeetingMemoryStore } from '../../functions/adapters/memory/memory-meeting-store.ts';
import { MemoryUploadFormSigner } from '../../functions/adapters/memory/memory-upload-form-signer.ts';
import { silentLogger } from '../../functions/adapters/observability/silent.ts';
import { silentTelemetry } from '../../functions/composition/telemetry.ts';
import type { RecordKind } from '../../functions/config/areas.ts';
import { createApiHandler } from '../../functions/handlers/api.ts';
import type { HttpResult } from '../../functions/http/responses.ts';
import { ingestUpload } from '../../functions/usecases/ingest/ingest-upload.ts';
import { SearchIndexCache } from '../../functions/usecases/search/search-index-cache.ts';
import { withdrawRecord } from '../../functions/usecases/withdrawal/withdraw.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { httpGet } from './events.ts';
import { memoryDeps, uploadEvent } from './memory-deps.ts';

/** What a browser sends when it follows a link. */
export const browserAccept =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

const seedsDir = new URL('../../seeds/', import.meta.url);

export interface SeededApi {
  /** A GET (or HEAD) through the whole API handler, with the given headers. */
  get(
    path: string,
    options?: {
      readonly accept?: string;
      readonly query?: Record<string, string>;
      readonly headers?: Record<string, string>;
      readonly method?: string;
    },
  ): Promise<HttpResult>;
  /** Ingests one more upload, as an S3 notification would. */
  upload(key: string, body: string | Uint8Array, metadata?: Record<string, string>): Promise<void>;
  /** Withdraws a record, as `npx council-papers withdraw` does. */
  withdraw(kind: RecordKind, id: string, reason: string, by: string): Promise<void>;
}

/**
 * The API handler on memory stores holding every seed paper, ingested as uploads are, on a
 * fixed clock (1 June 2024) so that "recent" and "upcoming" are the same on every run.
 */
export const seededApi = async (now = new Date('2024-06-01T09:00:00.000Z')): Promise<SeededApi> => {
  const stores = memoryDeps();
  const deps = {
    ...stores,
    search: new SearchIndexCache(stores.searchIndex, () => Date.now(), 0, silentLogger),
    audit: { mode: 'closed' } as const,
    digests: new MemoryDigestStore(),
    meetingSnapshot: () => new MeetingMemoryStore(),
    now: () => now,
    officer: {
      officers: closedIdentity,
      uploadForms: new MemoryUploadFormSigner(),
      hostedSignIn: null,
      withdraw: stores,
    },
  };
  const upload: SeededApi['upload'] = async (key, body, metadata) => {
    await deps.uploads.put(key, typeof body === 'string' ? new TextEncoder().encode(body) : body, {
      contentType: 'application/octet-stream',
      ...(metadata && { metadata }),
    });
    await ingestUpload(deps, uploadEvent(key));
  };
  for (const name of (await readdir(seedsDir)).sort())
    await upload(`uploads/papers/${name}`, await readFile(new URL(name, seedsDir)));
  const handler = createApiHandler(() => ({ ...silentTelemetry, api: deps }));
  return {
    upload,
    withdraw: async (kind, id, reason, by) => {
      await withdrawRecord(deps, kind, id, null, { reason, by, at: now.toISOString() });
    },
    get: (path, options = {}) => {
      const base = httpGet(path, options.query, options.method);
      const event: APIGatewayProxyEventV2 = {
        ...base,
        headers: {
          ...(options.accept === undefined ? {} : { accept: options.accept }),
          ...options.headers,
        },
      };
      return handler(event, lambdaContext('api'));
    },
  };
};
