import { describe, expect, it } from 'vitest';
import { MemoryChangeFeed } from '../../../functions/adapters/memory/memory-change-feed.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { commitVersion } from '../../../functions/usecases/ingest/commit-version.ts';
import { paperVersion } from '../../support/records.ts';

describe('commitVersion', () => {
  it('takes no change-feed place for a version that fails validation as it is built', async () => {
    const stores = {
      versions: new MemoryVersionStore(),
      feed: new MemoryChangeFeed(),
      now: () => new Date(),
    };
    const rejected = commitVersion(stores, 'paper', 'p', async () => ({
      version: 1,
      build: () => {
        throw new UploadRejectedError('invalid-record', 'does not match the schema');
      },
      becomesCurrent: true,
      result: () => 'written',
    }));
    await expect(rejected).rejects.toThrow('does not match the schema');
    expect(stores.feed.entries).toEqual([]);
    const written = await commitVersion(stores, 'paper', 'p', async () => ({
      version: 1,
      build: (feedSeq) => paperVersion({ id: 'p', feedSeq }),
      becomesCurrent: true,
      result: (record) => record.feedSeq,
    }));
    expect(written).toBe(1);
  });
});

describe('memory stores', () => {
  it('page ids in code-unit order, as DynamoDB does, losing none', async () => {
    const versions = new MemoryVersionStore();
    for (const id of ['a1', 'a-b', 'a_b']) {
      const record = paperVersion({ id });
      await versions.advanceHead(record, record);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await versions.listLatest('paper', { limit: 1, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['a-b', 'a1', 'a_b']);
  });
});
