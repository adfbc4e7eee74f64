import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { recordIdFromKey } from '../../../functions/domain/identity.ts';

const prefix = 'uploads/papers/';

describe('recordIdFromKey', () => {
  it('drops the prefix and extension and keeps underscores', () => {
    expect(recordIdFromKey('uploads/papers/000_9edff7cd89e1ecb6.txt', prefix)).toBe(
      '000_9edff7cd89e1ecb6',
    );
  });

  it('slugifies spaces, plus signs, capitals and accents', () => {
    expect(recordIdFromKey('uploads/papers/Cabinet Report+Appendix É.pdf', prefix)).toBe(
      'cabinet-report-appendix-e',
    );
  });

  it('joins folders below the prefix and drops only the last extension', () => {
    expect(recordIdFromKey('uploads/papers/cabinet/2023/report.v2.pdf', prefix)).toBe(
      'cabinet-2023-report-v2',
    );
  });

  it('keeps a dot-file name whole rather than treating it as an extension', () => {
    expect(recordIdFromKey('uploads/papers/.minutes', prefix)).toBe('minutes');
  });

  it('prefers the uploader-given metadata id, slugified', () => {
    expect(recordIdFromKey('uploads/papers/x.txt', prefix, 'Cabinet 2023-05-09')).toBe(
      'cabinet-2023-05-09',
    );
  });

  it('ignores a blank metadata id', () => {
    expect(recordIdFromKey('uploads/papers/x.txt', prefix, '  ')).toBe('x');
  });

  it('rejects a key with no letters or digits, naming the key', () => {
    expect(() => recordIdFromKey('uploads/papers/---.txt', prefix)).toThrowError(
      UploadRejectedError,
    );
    expect(() => recordIdFromKey('uploads/papers/---.txt', prefix)).toThrowError(
      /key "uploads\/papers\/---.txt"/,
    );
  });

  it('caps ids at 200 characters', () => {
    const id = recordIdFromKey(`uploads/papers/${'a'.repeat(300)}.txt`, prefix);
    expect(id).toHaveLength(200);
  });
});
