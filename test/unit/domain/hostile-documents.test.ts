import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { readPaper } from '../../../functions/domain/papers/read-paper.ts';
import { rtfText } from '../../../functions/domain/papers/readers/rtf-text.ts';
import { noScans } from '../../support/page-ocr.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

/** Read, or refused with a reason: never another error, a hang or a crash. */
const readOrRefused = (bytes: Uint8Array) =>
  readPaper(bytes, { ocr: noScans }).then(
    () => 'read',
    (error: unknown) => {
      if (error instanceof UploadRejectedError) return 'refused';
      throw error;
    },
  );

describe('damaged and hostile documents', () => {
  it('reads or refuses a .doc whose header, allocation table or directory bytes are overwritten', async () => {
    // Prepare: the header, the allocation table's sector and the directory's, where a reader trusts
    // the numbers it finds.
    const doc = await fixture('28_canada-winnipeg-council-disposition-2015-03-25.doc');
    const view = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
    const fatStart = (view.getUint32(76, true) + 1) * 512;
    const directoryStart = (view.getUint32(48, true) + 1) * 512;
    const regions = [
      [44, 512],
      [fatStart, fatStart + 512],
      [directoryStart, directoryStart + 1024],
    ] as const;
    const damage = fc.array(
      fc.tuple(fc.constantFrom(...regions), fc.nat(), fc.integer({ min: 0, max: 255 })),
      { minLength: 1, maxLength: 8 },
    );

    // Act and Assess
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        const bytes = new Uint8Array(doc);
        for (const [[from, to], offset, value] of changes)
          bytes[from + (offset % (to - from))] = value;
        expect(['read', 'refused']).toContain(await readOrRefused(bytes));
      }),
      { numRuns: 80 },
    );
  });

  it('reads or refuses any RTF, however its control words and groups are arranged', async () => {
    // Prepare
    const piece = fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '\\par ',
        '\\cell ',
        '\\row ',
        '\\*',
        '\\u-3913 ',
        "\\'e9",
        '\\bin3 ',
        '\\uc0 ',
        '\\v ',
      ),
      fc.constantFrom('{\\fonttbl ', '{\\pict ', '\\intbl ', '\\pard ', '\\ansicpg1251 ', '\\\\'),
      fc.string({ maxLength: 12 }),
    );
    const documents = fc
      .array(piece, { maxLength: 200 })
      .map((pieces) => `{\\rtf1 ${pieces.join('')}`);

    // Act and Assess
    await fc.assert(
      fc.asyncProperty(documents, async (document) => {
        try {
          expect(typeof (await rtfText(new TextEncoder().encode(document)))).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(UploadRejectedError);
        }
      }),
      { numRuns: 80 },
    );
  });
});
