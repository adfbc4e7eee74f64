import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import {
  getDecision,
  listDecisions,
} from '../../../functions/usecases/meetings/decision-queries.ts';
import { getDocument, listDocuments } from '../../../functions/usecases/papers/document-queries.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const minutes = (date: string, decisions: string[]) =>
  [
    'Minutes of the Planning Committee',
    '',
    `Meeting held on ${date}`,
    '',
    'Present: Cllr A Smith',
    '',
    ...decisions.flatMap((text, index) => [
      `${index + 1}. Item ${index + 1}`,
      '',
      `RESOLVED: That ${text}.`,
      '',
    ]),
  ].join('\n');

const put = async (deps: ReturnType<typeof memoryDeps>, key: string, text: string | Uint8Array) => {
  await deps.uploads.put(key, typeof text === 'string' ? new TextEncoder().encode(text) : text, {
    contentType: 'text/plain',
  });
  await ingestUpload(deps, uploadEvent(key));
};

describe('decisions', () => {
  it('page across meetings in date order, resuming in the middle of one', async () => {
    const deps = memoryDeps();
    await put(
      deps,
      'uploads/papers/march.txt',
      minutes('3 March 2024', ['the plan be approved', 'the fee rise']),
    );
    await put(deps, 'uploads/papers/april.txt', minutes('7 April 2024', ['the report be noted']));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDecisions(deps, { limit: 1, cursor });
      seen.push(...page.items.map((decision) => `${decision.meetingDate} ${decision.text}`));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toMatch(/^2024-03-03 .*plan be approved/);
    expect(seen[2]).toMatch(/^2024-04-07 .*report be noted/);
    const [first] = (await listDecisions(deps, { limit: 1 })).items;
    expect(await getDecision(deps, first?.id ?? '')).toEqual(first);
    expect(first?.links).toMatchObject({
      meeting: `/v1/meetings/${first?.meetingId}`,
      paper: '/v1/papers/march',
    });
    await expect(getDecision(deps, `${first?.meetingId}.item-9-00000000`)).rejects.toThrow(
      /has no decision "test-council--planning-committee--2024-03-03.item-9-00000000"/,
    );
    await expect(listDecisions(deps, { limit: 1, cursor: 'garbage' })).rejects.toThrow(/cursor/);
    const matched = await listDecisions(deps, { limit: 10, q: 'FEE' });
    expect(matched.items.map((decision) => decision.text)).toEqual([
      expect.stringMatching(/fee rise/),
    ]);
  });
});

describe('pack documents', () => {
  it('list an agenda pack’s documents and serve each with its own lines of the text', async () => {
    const deps = memoryDeps();
    const seed = await readFile(
      new URL('../../../seeds/000_9edff7cd89e1ecb6.txt', import.meta.url),
    );
    await put(deps, 'uploads/papers/pack.txt', seed);
    const list = await listDocuments(deps, 'pack');
    expect(list.items.length).toBeGreaterThan(1);
    const minutesEntry = list.items.find((document) => document.documentType === 'minutes');
    expect(minutesEntry?.links.self).toBe(`/v1/papers/pack/documents/${minutesEntry?.number}`);
    const document = await getDocument(deps, 'pack', minutesEntry?.number ?? 0);
    const lines = new TextDecoder().decode(seed).replace(/\r\n/g, '\n').split('\n');
    expect(document.text?.split('\n')[0]).toBe(lines[(minutesEntry?.startLine ?? 1) - 1]);
    expect(document).toMatchObject({ paper: { id: 'pack', version: 1 }, withheld: null });
    await expect(getDocument(deps, 'pack', 99)).rejects.toThrow(/no document 99/);
  });
});
