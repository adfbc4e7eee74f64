import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { getMeeting } from '../../../functions/usecases/meetings/meeting-queries.ts';
import { takeDown } from '../../../functions/usecases/withdrawal/takedown.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const key = 'uploads/papers/licensing-minutes.txt';
const minutes =
  'Minutes of the meeting of the Licensing Committee held on 9 May 2024\n\nPresent: Councillor Jane Patel\n\n1. Fees\n\nRESOLVED that the fees be held.\n';

describe('a takedown and the meetings a paper fed', () => {
  it('takes the version’s attendance and decisions out of its meeting', async () => {
    // Prepare
    const deps = memoryDeps();
    await deps.uploads.put(key, new TextEncoder().encode(minutes), { contentType: 'text/plain' });
    const entry = await ingestUpload(deps, uploadEvent(key));
    const [meetingId] = (await deps.versions.get('paper', entry.id ?? '', 1))?.meetingIds ?? [];
    const before = await getMeeting(deps, meetingId ?? '');

    // Act
    await takeDown(deps, 'paper', entry.id ?? '', 1, { reason: 'Published in error', by: 'dpo' });
    const after = getMeeting(deps, meetingId ?? '');

    // Assess
    expect(before.attendance.present).toEqual(['Jane Patel']);
    expect(before.decisions.map((decision) => decision.text)).toEqual(['the fees be held.']);
    await expect(after).rejects.toThrow('No meeting has the id');
  });
});
