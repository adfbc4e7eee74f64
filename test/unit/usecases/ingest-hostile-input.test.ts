import { describe, expect, it } from 'vitest';
import { maxTableColumns } from '../../../functions/config/limits.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const put = (
  deps: ReturnType<typeof memoryDeps>,
  key: string,
  text: string,
  metadata: Record<string, string> = {},
) => deps.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain', metadata });

const ingest = async (key: string, text: string, metadata: Record<string, string> = {}) => {
  const deps = memoryDeps();
  await put(deps, key, text, metadata);
  const entry = await ingestUpload(deps, uploadEvent(key));
  return { deps, entry };
};

describe('ingest of hostile input: every upload ends with a logged outcome', () => {
  it('rejects JSON nested 10,000 deep with the depth and line, instead of overflowing the stack', async () => {
    // Act
    const { deps, entry } = await ingest(
      'uploads/datasets/deep.json',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected', kind: 'dataset' });
    expect(entry.reason?.message).toMatch(/more than 64 levels deep \(level 65 opens on line 1\)/);
    expect(deps.log.entries).toEqual([entry]);
  });

  it('rejects a deep value inside an otherwise flat JSON table', async () => {
    // Act
    const { entry } = await ingest(
      'uploads/datasets/deep-cell.json',
      `[{"id":1,"note":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}]`,
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected' });
    expect(entry.reason?.message).toContain('levels deep');
  });

  it('rejects a Table Schema sidecar nested 10,000 deep, naming the sidecar', async () => {
    // Prepare
    const deps = memoryDeps();
    await put(deps, 'uploads/datasets/spend.schema.json', `{"fields":${'['.repeat(10_000)}`);
    await put(deps, 'uploads/datasets/spend.csv', 'id\n1\n');

    // Act
    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/spend.csv'));

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected' });
    expect(entry.reason?.message).toContain('uploads/datasets/spend.schema.json nests');
  });

  it('reads CSV columns named __proto__, constructor and prototype as ordinary fields', async () => {
    // Act
    const { deps, entry } = await ingest(
      'uploads/datasets/proto.csv',
      'id,__proto__,constructor,prototype,toString\n1,a,b,c,d\n',
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'accepted', version: 1 });
    const record = await deps.versions.latest('dataset', 'proto');
    expect(record && 'fields' in record ? record.fields : []).toEqual([
      'id',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
    ]);
    const [row] = [...deps.rows.rowsets.values()][0] ?? [];
    expect(Object.entries(row?.values ?? {})).toEqual([
      ['id', 1],
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['prototype', 'c'],
      ['toString', 'd'],
    ]);
  });

  it('reads a JSON key that only later rows have, such as constructor, as empty where absent', async () => {
    // Act
    const { deps, entry } = await ingest(
      'uploads/datasets/later-key.json',
      '[{"id":1},{"id":2,"constructor":"Acme","__proto__":"Bravo"}]',
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'accepted' });
    const rows = [...deps.rows.rowsets.values()][0] ?? [];
    expect(rows.map((row) => Object.entries(row.values))).toEqual([
      [
        ['id', 1],
        ['constructor', null],
        ['__proto__', null],
      ],
      [
        ['id', 2],
        ['constructor', 'Acme'],
        ['__proto__', 'Bravo'],
      ],
    ]);
  });

  it('rejects HTML nested past what the reader can follow with a reason, not a dead letter', async () => {
    // Act
    const { deps, entry } = await ingest(
      'uploads/papers/nested.html',
      `<html><body>${'<div>'.repeat(10_000)}Minutes${'</div>'.repeat(10_000)}</body></html>`,
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected', kind: 'paper' });
    expect(entry.reason).toEqual({
      code: 'reader-failed',
      message: expect.stringContaining('nests elements deeper than the reader can follow'),
    });
    expect(deps.log.entries).toEqual([entry]);
    expect(deps.versions.versions.size).toBe(0);
  });

  it('rejects a metadata id longer than an id may be, rather than cutting it short', async () => {
    // Act
    const { entry } = await ingest('uploads/papers/long-id.txt', 'Minutes of the Cabinet', {
      id: 'a'.repeat(1_000),
    });

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected' });
    expect(entry.reason).toEqual({
      code: 'invalid-id',
      message: expect.stringContaining('1000 characters long as an id; ids are at most 200'),
    });
  });

  it('rejects a table with more columns than allowed on its header', async () => {
    // Prepare
    const columns = maxTableColumns + 1;
    const header = Array.from({ length: columns }, (_, index) => `c${index}`).join(',');

    // Act
    const { deps, entry } = await ingest('uploads/datasets/wide.csv', `${header}\n${header}\n`);

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected' });
    expect(entry.reason?.message).toContain(
      `The header has ${columns} columns; tables may have at most ${maxTableColumns}`,
    );
    expect(deps.rows.rowsets.size).toBe(0);
  });

  it('rejects a 5 MB cell as it streams in, naming its line', async () => {
    // Act
    const { entry } = await ingest(
      'uploads/datasets/huge-cell.csv',
      `id,note\n1,short\n2,"${'x'.repeat(5 * 1024 * 1024)}"\n`,
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected' });
    expect(entry.reason?.message).toContain(
      'The record starting on line 3 is over 4194304 characters',
    );
  });
});
