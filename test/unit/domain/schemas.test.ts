import { describe, expect, it } from 'vitest';
import { describeSchemaErrors } from '../../../functions/domain/schemas.ts';
import { validatorFor } from '../../../functions/domain/validators.ts';
import { paperVersion } from '../../support/records.ts';

const entry = {
  at: '2024-05-09T10:15:30.123Z',
  bucket: 'uploads',
  key: 'uploads/papers/x.bin',
  eventName: 'ObjectCreated:Put',
  sequencer: '0055AED6DCD90281E5',
  outcome: 'rejected',
  kind: 'paper',
  id: null,
  version: null,
  sha256: null,
  size: 12,
  mediaType: null,
  reportKey: null,
  reason: { code: 'unsupported-type', message: 'binary' },
};

describe('paper-record schema', () => {
  const validate = validatorFor('paper-record');

  it('accepts a complete record, with or without its body', () => {
    expect(validate(paperVersion())).toBe(true);
    expect(validate({ ...paperVersion(), body: 'text' })).toBe(true);
  });

  it.each([
    ['a malformed date', { meetingDate: '9 May 2023' }, '/meetingDate'],
    ['an unknown document type', { documentType: 'memo' }, '/documentType'],
    ['an upper-case id', { id: 'Cabinet' }, '/id'],
    ['version 0', { version: 0 }, '/version'],
    ['an extra field', { secret: true }, '/'],
  ])('rejects %s', (_name, change, path) => {
    expect(validate({ ...paperVersion(), ...change })).toBe(false);
    expect(describeSchemaErrors(validate.errors).join('\n')).toContain(path);
  });
});

describe('ingest-entry schema', () => {
  const validate = validatorFor('ingest-entry');

  it('accepts a rejection report', () => {
    expect(validate(entry)).toBe(true);
  });

  it('requires a reason for a rejection and none for an acceptance', () => {
    expect(validate({ ...entry, reason: null })).toBe(false);
    expect(validate({ ...entry, outcome: 'accepted', id: 'x', version: 1 })).toBe(false);
    expect(validate({ ...entry, outcome: 'accepted', id: 'x', version: 1, reason: null })).toBe(
      true,
    );
  });
});

describe('list-query schema', () => {
  const validate = validatorFor('list-query');

  it('accepts limits 1 to 100 and a cursor', () => {
    expect(validate({ limit: '1' })).toBe(true);
    expect(validate({ limit: '100', cursor: 'eyJwayI6InAifQ' })).toBe(true);
  });

  it.each([['0'], ['101'], ['ten'], ['1.5'], ['-1']])('rejects limit %s', (limit) => {
    expect(validate({ limit })).toBe(false);
  });

  it('rejects unknown parameters', () => {
    expect(validate({ page: '2' })).toBe(false);
  });
});

describe('search-query schema', () => {
  const validate = validatorFor('search-query');

  it('accepts words, every filter, and paging', () => {
    expect(validate({})).toBe(true);
    expect(
      validate({
        q: 'library closure*',
        type: 'decision',
        body: 'Cabinet',
        from: '2024-01-01',
        to: '2024-12-31',
        documentType: 'minutes',
        limit: '100',
        cursor: 'eyJzIjoxLCJrIjoicCJ9',
      }),
    ).toBe(true);
  });

  it.each([
    [{ type: 'meeting' }],
    [{ documentType: 'memo' }],
    [{ from: '9 May 2024' }],
    [{ limit: '101' }],
    [{ q: 'x'.repeat(201) }],
    [{ page: '2' }],
  ])('rejects %o', (query) => {
    expect(validate(query)).toBe(false);
  });
});
