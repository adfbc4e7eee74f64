import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { rtfText } from '../../../functions/domain/papers/readers/rtf-text.ts';

const rtf = (body: string) => new TextEncoder().encode(body);

describe('rtfText', () => {
  it('reads paragraphs as lines, leaving out the font, colour and style tables and the metadata', async () => {
    // Prepare
    const document = rtf(
      '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}' +
        '{\\stylesheet{\\s1 Heading 1;}}{\\info{\\author J Clerk}}\n' +
        '\\pard\\plain Minutes of the Parish Council\\par\n4 March 2025\\par}',
    );

    // Act
    const text = await rtfText(document);

    // Assess
    expect(text).toBe('Minutes of the Parish Council\n4 March 2025\n');
  });

  it("decodes \\uN characters, skipping their fallback, and \\'hh bytes in the code page", async () => {
    // Prepare: ŵ is U+0175; £ is 0xA3 in Windows-1252; а is 0xE0 in Windows-1251.
    const western = rtf("{\\rtf1\\ansi\\ansicpg1252 Cwm\\u373\\'77r: \\'a3120\\par}");
    const cyrillic = rtf("{\\rtf1\\ansi\\ansicpg1251 \\'e0\\par}");

    // Act
    const texts = await Promise.all([rtfText(western), rtfText(cyrillic)]);

    // Assess
    expect(texts).toEqual(['Cwmŵr: £120\n', 'а\n']);
  });

  it("keeps a table row on one line with tab-separated cells, joining a cell's paragraphs", async () => {
    // Prepare
    const document = rtf(
      '{\\rtf1 Votes\\par\\trowd\\cellx1000\\cellx2000\\pard\\intbl For\\cell Cllr A Smith\\par Cllr B Jones\\cell\\row\\pard After\\par}',
    );

    // Act
    const text = await rtfText(document);

    // Assess
    expect(text).toBe('Votes\nFor\tCllr A Smith Cllr B Jones\nAfter\n');
  });

  it("reads a field's result but not its instruction, and leaves out hidden text and unknown ignorable destinations", async () => {
    // Prepare
    const document = rtf(
      '{\\rtf1 See {\\field{\\*\\fldinst HYPERLINK "http://example.org"}{\\fldrslt the report}}' +
        '{\\v  (hidden note)}{\\*\\unknowndestination ignored} today.\\par}',
    );

    // Act
    const text = await rtfText(document);

    // Assess
    expect(text).toBe('See the report today.\n');
  });

  it('steps over \\bin data, whose bytes may look like braces', async () => {
    expect(await rtfText(rtf('{\\rtf1 Start {\\*\\blob\\bin4 {{{{}End\\par}'))).toBe('Start End\n');
  });

  it('rejects groups nested deeper than any word processor writes, without holding them', async () => {
    // Prepare
    const document = rtf(`{\\rtf1 ${'{'.repeat(100_000)}text`);

    // Act
    const act = () => rtfText(document);

    // Assess
    await expect(act()).rejects.toThrowError(UploadRejectedError);
    await expect(act()).rejects.toThrowError(/nest more than 1000 deep/);
  });

  it('rejects an RTF document with no text, saying how to fix it', async () => {
    await expect(rtfText(rtf('{\\rtf1{\\fonttbl{\\f0 Arial;}}}'))).rejects.toThrowError(
      /RTF document cannot be read: it holds no text\. Open it in a word processor and save it as DOCX or PDF/,
    );
  });
});
