import { describe, expect, it } from 'vitest';
import type { IngestEntry } from '../../../functions/ports/ingest-log.ts';
import { changeEntry } from '../../../functions/usecases/withdrawal/change-entry.ts';
import { ingestLogPage } from '../../../functions/web/pages/ingest-log.ts';

const context = { path: '/v1/audit/ingests', query: {} };

const accepted: IngestEntry = {
  at: '2024-05-09T10:00:00.000Z',
  bucket: 'uploads',
  key: 'uploads/papers/cabinet.md',
  eventName: 'ObjectCreated:Post',
  sequencer: '0A',
  outcome: 'accepted',
  kind: 'paper',
  id: 'cabinet',
  version: 1,
  sha256: 'a'.repeat(64),
  size: 120,
  mediaType: 'text/markdown',
  reportKey: null,
  reason: null,
  uploadedBy: 'j.smith@example.gov.uk',
};

/** The text of each row of the log's table, cell by cell. */
const rowsOf = (page: string) =>
  [...page.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    ),
  );

describe('the auditors’ ingest log page', () => {
  it('says who made each change: the uploader, the withdrawer, the takedown’s requester', () => {
    // Prepare
    const version = {
      version: 1,
      sourceKey: accepted.key,
      sha256: 'a'.repeat(64),
      size: 120,
      mediaType: 'text/markdown',
    };
    const takedown = changeEntry('uploads', {
      kind: 'paper',
      id: 'cabinet',
      version,
      action: 'takedown',
      reason: 'Home address published in error',
      by: 'dpo',
      at: '2024-05-10T10:00:00.000Z',
    });

    // Act
    const page = String(ingestLogPage({ items: [takedown, accepted], next: null }, context));

    // Assess
    const [head, first, second] = rowsOf(page);
    expect(head).toEqual(['When', 'Upload', 'Outcome', 'Record', 'Who', 'Reason']);
    expect(first?.slice(2)).toEqual([
      'Taken down',
      'paper cabinet v1',
      'dpo',
      'Home address published in error',
    ]);
    expect(second?.[4]).toBe('j.smith@example.gov.uk');
  });

  it('says so when an entry predates recording who', () => {
    // Prepare
    const { uploadedBy: _absent, ...older } = accepted;

    // Act
    const page = String(ingestLogPage({ items: [older], next: null }, context));

    // Assess
    expect(rowsOf(page)[1]?.[4]).toBe('Not recorded');
  });
});
