import { describe, expect, it } from 'vitest';
import { planVersion } from '../../../functions/domain/versioning.ts';
import { paperVersion } from '../../support/records.ts';

describe('planVersion', () => {
  it('starts a new record at version 1', () => {
    expect(planVersion(undefined, 'f'.repeat(64))).toEqual({ action: 'write', version: 1 });
  });

  it('adds nothing for bytes identical to the latest version', () => {
    const latest = paperVersion({ version: 4 });
    expect(planVersion(latest, latest.sha256)).toEqual({ action: 'duplicate', existing: latest });
  });

  it('makes the next version for different bytes', () => {
    expect(planVersion(paperVersion({ version: 4 }), 'f'.repeat(64))).toEqual({
      action: 'write',
      version: 5,
    });
  });
});
