import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../functions/adapters/memory/memory-blob-store.ts';
import { MemoryDigestStore } from '../../../functions/adapters/memory/memory-digest-store.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { silentTelemetry } from '../../../functions/composition/telemetry.ts';
import {
  type DigestedHead,
  digestSha256,
  findDigestBreak,
  nextDigest,
} from '../../../functions/domain/history/digest.ts';
import { createDigestHandler } from '../../../functions/handlers/digest.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { paperVersion } from '../../support/records.ts';

const head = (id: string, version: number, seed = 'a'): DigestedHead => ({
  kind: 'paper',
  id,
  version,
  chainHash: seed.repeat(64),
});

describe('digests', () => {
  it('states every head in kind and id order, chained to the previous digest', () => {
    const first = nextDigest(
      undefined,
      [head('b', 1), { ...head('a', 2), kind: 'dataset' }, head('a', 1)],
      '2024-06-01T10:00:00.000Z',
    );
    expect(first).toMatchObject({
      number: 1,
      startTime: null,
      previousDigestSha256: null,
      records: [
        { kind: 'dataset', id: 'a' },
        { kind: 'paper', id: 'a' },
        { kind: 'paper', id: 'b' },
      ],
    });
    const second = nextDigest(first ?? undefined, [head('a', 2, 'b')], '2024-06-01T11:00:00.000Z');
    expect(second).toMatchObject({
      number: 2,
      startTime: '2024-06-01T10:00:00.000Z',
      previousDigestSha256: digestSha256(first as never),
    });
    expect(findDigestBreak([first, second] as never)).toBeNull();
  });

  it('publishes nothing when no head moved', () => {
    const first = nextDigest(undefined, [head('a', 1)], '2024-06-01T10:00:00.000Z');
    expect(nextDigest(first ?? undefined, [head('a', 1)], '2024-06-01T11:00:00.000Z')).toBeNull();
  });

  it('names a digest altered after the next one chained to it', () => {
    const first = nextDigest(undefined, [head('a', 1)], '2024-06-01T10:00:00.000Z');
    const second = nextDigest(first ?? undefined, [head('a', 2)], '2024-06-01T11:00:00.000Z');
    const altered = { ...first, records: [head('a', 1, 'f')] };
    expect(findDigestBreak([altered, second] as never)).toMatchObject({ number: 2 });
    expect(findDigestBreak([second] as never)).toMatchObject({
      number: 1,
      problem: 'digest 1 is missing',
    });
  });

  it('runs from the scheduled handler: archived once, numbered, skipped when nothing moved', async () => {
    const versions = new MemoryVersionStore();
    const record = paperVersion();
    await versions.putIfAbsent(record);
    await versions.advanceHead(record, record);
    const digest = {
      versions,
      archive: new MemoryBlobStore(),
      digests: new MemoryDigestStore(),
      now: () => new Date('2024-05-09T10:00:00Z'),
    };
    const handler = createDigestHandler(() => ({ ...silentTelemetry, digest }));
    expect(await handler({} as never, lambdaContext('digest'))).toEqual({
      published: true,
      number: 1,
    });
    expect(await handler({} as never, lambdaContext('digest'))).toEqual({
      published: false,
      number: 1,
    });
    const entry = digest.digests.entries[0];
    expect(digest.archive.objects.has(entry?.key ?? '')).toBe(true);
    expect(entry).toMatchObject({
      records: 1,
      key: `digests/sha256/${entry?.sha256}`,
      endTime: '2024-05-09T10:00:00.000Z',
    });
  });
});
