import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { listBodies } from '../../../functions/usecases/meetings/body-queries.ts';
import { listMeetings } from '../../../functions/usecases/meetings/meeting-queries.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const report = (council: string | null, title: string) =>
  [
    council ? `${council}\n` : '',
    'Report to Cabinet',
    '',
    'Date: Tuesday 9 May 2023',
    `Title: ${title}`,
    '',
    '1. Summary',
    '',
    'The council is asked to note the update.',
    '',
  ].join('\n');

const ingest = async (deps: ReturnType<typeof memoryDeps>, key: string, text: string) => {
  await deps.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });
  return ingestUpload(deps, uploadEvent(key));
};

describe("a paper's id when its file name says nothing", () => {
  it('is read from its body, meeting date and title', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await ingest(
      deps,
      'uploads/papers/0001_ab12cd34ef56.txt',
      report(null, 'Budget'),
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'accepted', id: 'cabinet-2023-05-09-budget' });
  });

  it('stays the same for a corrected upload to the same key whose title changed', async () => {
    // Prepare
    const deps = memoryDeps();
    const key = 'uploads/papers/0001_ab12cd34ef56.txt';
    await ingest(deps, key, report(null, 'Budget'));

    // Act
    const corrected = await ingest(deps, key, report(null, 'Budget 2023/24'));

    // Assess
    expect(corrected).toMatchObject({ id: 'cabinet-2023-05-09-budget', version: 2 });
  });

  it("does not take another upload's id: a second paper of the same facts gets its key after it", async () => {
    // Prepare
    const deps = memoryDeps();
    await ingest(deps, 'uploads/papers/0001_ab12cd34ef56.txt', report(null, 'Budget'));

    // Act
    const other = await ingest(
      deps,
      'uploads/papers/0002_ab12cd34ef57.txt',
      report(null, 'Budget'),
    );

    // Assess
    expect(other).toMatchObject({ id: 'cabinet-2023-05-09-budget-0002_ab12cd34ef57', version: 1 });
  });

  it('keeps an id the file name or the metadata gives', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const named = await ingest(deps, 'uploads/papers/Cabinet budget.txt', report(null, 'Budget'));

    // Assess
    expect(named).toMatchObject({ id: 'cabinet-budget' });
  });
});

describe("a paper's council", () => {
  it("is the deployment's when the paper names none, and the officer is told", async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await ingest(deps, 'uploads/papers/budget.txt', report(null, 'Budget'));

    // Assess
    expect(entry.read?.warnings).toContain(
      'The paper names no council: it is filed under this deployment\'s council, "Test Council" (CATALOG_PUBLISHER).',
    );
    expect((await listMeetings(deps, { limit: 10 })).items).toMatchObject([
      { meetingId: 'test-council--cabinet--2023-05-09', council: 'Test Council' },
    ]);
  });

  it("keeps two councils' cabinets of the same day apart, and a bare name that names both is refused", async () => {
    // Prepare
    const deps = memoryDeps();
    await ingest(deps, 'uploads/papers/west.txt', report('Westhaven District Council', 'Budget'));
    await ingest(deps, 'uploads/papers/east.txt', report('Eastmoor Borough Council', 'Budget'));

    // Act
    const bodies = await listBodies(deps, { limit: 10 });
    const meetings = await listMeetings(deps, { limit: 10 });
    const west = await listMeetings(deps, {
      limit: 10,
      body: 'westhaven-district-council--cabinet',
    });

    // Assess
    expect(bodies.items.map((body) => body.bodyId)).toEqual([
      'eastmoor-borough-council--cabinet',
      'westhaven-district-council--cabinet',
    ]);
    expect(meetings.items.map((meeting) => meeting.meetingId)).toEqual([
      'eastmoor-borough-council--cabinet--2023-05-09',
      'westhaven-district-council--cabinet--2023-05-09',
    ]);
    expect(west.items.map((meeting) => meeting.council)).toEqual(['Westhaven District Council']);
    await expect(listMeetings(deps, { limit: 10, body: 'Cabinet' })).rejects.toThrow(
      /more than one council/,
    );
  });
});
