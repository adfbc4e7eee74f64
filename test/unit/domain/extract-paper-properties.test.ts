import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { extractPaper } from '../../../functions/domain/papers/extract-paper.ts';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { validatorFor } from '../../../functions/domain/validators.ts';
import { noScans } from '../../support/page-ocr.ts';

const validate = validatorFor('paper');

// Lines built from the pieces papers are made of, so the extractors' patterns actually fire.
const paperish = fc.array(
  fc.oneof(
    fc.constantFrom(
      'RESOLVED – That',
      'Present:',
      'Apologies:',
      'ACTION: J Smith',
      'Agenda Item 3',
      'Minutes',
      'Report to Cabinet',
      'Date: 9 May 2023',
      '(a)',
      'Ayes: A, B',
      'Page 2',
      '\f',
      'Recommendations:',
      'Exempt information:',
    ),
    fc.string({ maxLength: 40 }),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
      .map(([a, b]) => `${a}\t${b}`),
  ),
  { maxLength: 40 },
);

describe('extraction properties', () => {
  it('never throws on any text and always gives schema-valid output', () => {
    fc.assert(
      fc.property(paperish, (lines) => {
        const extraction = extractPaper(lines.join('\n'));
        expect(validate(extraction), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any bytes into an extraction or a clear rejection, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        try {
          const { extraction } = await analysePaper(bytes, { ocr: noScans });
          expect(validate(extraction)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(UploadRejectedError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
