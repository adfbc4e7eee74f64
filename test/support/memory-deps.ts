import { closedIdentity } from '../../functions/adapters/identity/local-token-identity.ts';
import { MemoryBlobStore } from '../../functions/adapters/memory/memory-blob-store.ts';
import { MemoryChangeFeed } from '../../functions/adapters/memory/memory-change-feed.ts';
import { MemoryDigestStore } from '../../functions/adapters/memory/memory-digest-store.ts';
import { MemoryIngestLog } from '../../functions/adapters/memory/memory-ingest-log.ts';
import { MeetingMemoryStore } from '../../functions/adapters/memory/memory-meeting-store.ts';
import { MemoryRowStore } from '../../functions/adapters/memory/memory-row-store.ts';
import { MemorySearchIndexStore } from '../../functions/adapters/memory/memory-search-index-store.ts';
import { MemoryUploadFormSigner } from '../../functions/adapters/memory/memory-upload-form-signer.ts';
import { MemoryVersionStore } from '../../functions/adapters/memory/memory-version-store.ts';
import { NoCdnPublicCache } from '../../functions/adapters/memory/no-cdn-public-cache.ts';
import { silentLogger } from '../../functions/adapters/observability/silent.ts';
import type { ApiDeps } from '../../functions/http/routes.ts';
import type { UploadEvent } from '../../functions/usecases/ingest/upload-event.ts';
import { SearchIndexCache } from '../../functions/usecases/search/search-index-cache.ts';
import { noScans } from './page-ocr.ts';

export const memoryDeps = () => ({
  uploadBucket: 'uploads',
  uploads: new MemoryBlobStore(),
  archive: new MemoryBlobStore(),
  versions: new MemoryVersionStore(),
  feed: new MemoryChangeFeed(),
  meetings: new MeetingMemoryStore(),
  rows: new MemoryRowStore(),
  log: new MemoryIngestLog(),
  searchIndex: new MemorySearchIndexStore(),
  searchShards: 4,
  logger: silentLogger,
  now: (): Date => new Date(),
  council: 'Test Council',
  ocr: noScans,
  // What takedowns ask the CDN to drop, recorded.
  cache: new NoCdnPublicCache(),
});

export type MemoryDeps = ReturnType<typeof memoryDeps>;

/** What the API handler reads, in memory; audit routes closed unless the test opens them. */
export const memoryApiDeps = (overrides: Partial<ApiDeps> = {}): ApiDeps => {
  const deps = memoryDeps();
  return {
    ...deps,
    audit: { mode: 'closed' },
    meetingSnapshot: () => new MeetingMemoryStore(),
    digests: new MemoryDigestStore(),
    // Refreshed on every search: tests see each ingest at once.
    search: new SearchIndexCache(deps.searchIndex, () => Date.now(), 0, silentLogger),
    officer: {
      officers: closedIdentity,
      hostedSignIn: null,
      uploadForms: new MemoryUploadFormSigner(),
      withdraw: deps,
    },
    ...overrides,
  };
};

let sequence = 0;

/** An upload event for a key, with an increasing sequencer and receive time. */
export const uploadEvent = (key: string, overrides: Partial<UploadEvent> = {}): UploadEvent => {
  sequence++;
  return {
    bucket: 'uploads',
    key,
    eventName: 'ObjectCreated:Put',
    eventTime: new Date(Date.UTC(2024, 4, 9, 10, 0, sequence)).toISOString(),
    sequencer: sequence.toString(16).toUpperCase().padStart(16, '0'),
    uploader: 'AWS:OFFICER',
    ...overrides,
  };
};
