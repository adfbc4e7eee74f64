import { describe, expect, it } from 'vitest';
import {
  type PlannedOn,
  planUpload,
  planWithdrawal,
} from '../../../functions/domain/history/plan.ts';

const at = '2024-06-01T12:00:00.000Z';
const key = 'uploads/papers/cabinet.pdf';

const stored = (overrides: Partial<PlannedOn> = {}): PlannedOn => ({
  version: 1,
  sha256: 'a'.repeat(64),
  sourceKey: key,
  status: 'published',
  current: 1,
  applied: { [key]: '0A20' },
  publishedAt: '2024-06-01T11:00:00.000Z',
  ...overrides,
});

describe('planUpload', () => {
  it('makes version 1 of a new record, current, with its event applied', () => {
    const plan = planUpload(
      undefined,
      undefined,
      { sourceKey: key, sequencer: '0A', sha256: 'b' },
      at,
    );
    expect(plan).toEqual({
      action: 'write',
      version: 1,
      late: false,
      facts: {
        reason: 'new',
        status: 'published',
        withdrawal: null,
        publishedAt: at,
        current: 1,
        applied: { [key]: '0A' },
      },
    });
  });

  it('adds nothing for the same event again, whatever its bytes read as now', () => {
    const latest = stored();
    const plan = planUpload(latest, latest, { sourceKey: key, sequencer: '0A20', sha256: 'z' }, at);
    expect(plan).toEqual({ action: 'duplicate', version: 1, why: 'same-event', note: false });
  });

  it('treats a sequencer padded with zeros as the same event', () => {
    const latest = stored();
    expect(
      planUpload(latest, latest, { sourceKey: key, sequencer: '0A2000', sha256: 'z' }, at),
    ).toMatchObject({
      action: 'duplicate',
      why: 'same-event',
    });
  });

  it('adds nothing for a new event carrying the bytes already current', () => {
    const latest = stored();
    const plan = planUpload(
      latest,
      latest,
      { sourceKey: 'uploads/papers/copy.pdf', sequencer: '01', sha256: 'a'.repeat(64) },
      at,
    );
    expect(plan).toEqual({ action: 'duplicate', version: 1, why: 'same-bytes', note: true });
  });

  it('makes a correction current for newer bytes on the same key', () => {
    const latest = stored();
    const plan = planUpload(latest, latest, { sourceKey: key, sequencer: '0A21', sha256: 'c' }, at);
    expect(plan).toMatchObject({
      action: 'write',
      version: 2,
      late: false,
      facts: { reason: 'correction', current: 2, applied: { [key]: '0A21' } },
    });
  });

  it('keeps an older sequencer as history without moving current back, comparing padded values', () => {
    // '0A1' pads to '0A10', older than '0A20', although longer strings often sort later.
    const latest = stored({ applied: { [key]: '0A2' } });
    const plan = planUpload(
      latest,
      latest,
      { sourceKey: key, sequencer: '0A1FFFFF', sha256: 'c' },
      at,
    );
    expect(plan).toMatchObject({
      action: 'write',
      version: 2,
      late: true,
      facts: { current: 1, applied: { [key]: '0A2' } },
    });
  });

  it('never dates a commit before the previous one, even when the clock runs behind', () => {
    const latest = stored({ publishedAt: '2030-01-01T00:00:00.000Z' });
    const plan = planUpload(latest, latest, { sourceKey: key, sequencer: '0B', sha256: 'c' }, at);
    expect(plan).toMatchObject({ facts: { publishedAt: '2030-01-01T00:00:00.000Z' } });
  });

  it('republishes the same bytes after a withdrawal, as new', () => {
    const latest = stored({ version: 2, current: 2, status: 'withdrawn' });
    const plan = planUpload(
      latest,
      latest,
      { sourceKey: key, sequencer: '0B', sha256: 'a'.repeat(64) },
      at,
    );
    expect(plan).toMatchObject({
      action: 'write',
      version: 3,
      facts: { reason: 'new', current: 3 },
    });
  });
});

describe('planWithdrawal', () => {
  const withdrawal = { reason: 'Published in error', by: 'AWS:OFFICER', at };

  it('writes a tombstone that becomes current', () => {
    const latest = stored();
    expect(
      planWithdrawal(latest, latest, { sourceKey: key, sequencer: '0A30' }, withdrawal),
    ).toMatchObject({
      action: 'write',
      version: 2,
      facts: {
        reason: 'withdrawal',
        status: 'withdrawn',
        withdrawal,
        current: 2,
        applied: { [key]: '0A30' },
      },
    });
  });

  it('does nothing for a record that does not exist or is already withdrawn', () => {
    expect(planWithdrawal(undefined, undefined, null, withdrawal)).toEqual({ action: 'absent' });
    const gone = stored({ status: 'withdrawn' });
    expect(planWithdrawal(gone, gone, null, withdrawal)).toEqual({
      action: 'already-withdrawn',
      version: 1,
    });
  });

  it('ignores a removal older than an upload already applied for the key', () => {
    const latest = stored({ applied: { [key]: '0B' } });
    expect(planWithdrawal(latest, latest, { sourceKey: key, sequencer: '0A' }, withdrawal)).toEqual(
      {
        action: 'stale',
        version: 1,
      },
    );
  });

  it('withdraws nothing when the current version came from another key', () => {
    const latest = stored();
    expect(
      planWithdrawal(
        latest,
        latest,
        { sourceKey: 'uploads/papers/old-name.pdf', sequencer: '0F' },
        withdrawal,
      ),
    ).toEqual({ action: 'elsewhere', version: 1, currentKey: key });
  });
});
