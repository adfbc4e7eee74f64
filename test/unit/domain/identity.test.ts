import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import {
  isOpaqueName,
  readablePaperId,
  recordIdFromKey,
} from '../../../functions/domain/identity.ts';

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

describe('isOpaqueName', () => {
  it('finds names of numbers and hashes opaque, and names with words not', () => {
    // Act
    const verdicts = [
      'uploads/papers/000_9edff7cd89e1ecb6.txt',
      'uploads/papers/20240509-0001.pdf',
      'uploads/papers/Cabinet 9 May.pdf',
      'uploads/papers/scan0001.pdf',
    ].map(isOpaqueName);

    // Assess
    expect(verdicts).toEqual([true, true, false, false]);
  });
});

describe('readablePaperId', () => {
  const key = 'uploads/papers/002_d1557ae21bff9908.txt';

  it('names a paper by its body, meeting date and title', () => {
    // Act
    const id = readablePaperId(
      {
        documentType: 'report',
        body: 'Cabinet',
        meetingDate: '2023-05-09',
        title: "Children's Services Update",
      },
      key,
    );

    // Assess
    expect(id).toBe('cabinet-2023-05-09-childrens-services-update');
  });

  it('drops the words of a title that repeat the body', () => {
    // Act
    const id = readablePaperId(
      {
        documentType: 'agenda-pack',
        body: "Children's & Education Select Committee",
        meetingDate: '2022-01-20',
        title: "Children's & Education Select Committee Agenda",
      },
      key,
    );

    // Assess
    expect(id).toBe('childrens-and-education-select-committee-2022-01-20-agenda');
  });

  it('uses the document type when the paper has no title', () => {
    // Act
    const id = readablePaperId(
      { documentType: 'minutes', body: 'Planning', meetingDate: '2024-03-03', title: null },
      key,
    );

    // Assess
    expect(id).toBe('planning-2024-03-03-minutes');
  });

  it("says a paper that names nothing is untitled, keeping the name's numbers", () => {
    // Act
    const id = readablePaperId(
      { documentType: 'report', body: null, meetingDate: null, title: null },
      'uploads/papers/003_3ac2e36a6a994582.txt',
    );

    // Assess
    expect(id).toBe('untitled-report-003');
  });

  it('cuts a long title at a word', () => {
    // Act
    const id = readablePaperId(
      {
        documentType: 'report',
        body: 'Cabinet',
        meetingDate: '2023-05-09',
        title: 'Budget '.repeat(30),
      },
      key,
    );

    // Assess
    expect(id.length).toBeLessThanOrEqual('cabinet-2023-05-09-'.length + 80);
    expect(id).toMatch(/^cabinet-2023-05-09-budget(-budget)+$/);
  });
});
