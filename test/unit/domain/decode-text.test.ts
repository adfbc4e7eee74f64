import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../functions/domain/decode-text.ts';

const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = bigEndian ? Buffer.from(le).swap16() : le;
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes);
};

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', async () => {
    expect(await decodeText(Buffer.from('Children’s Services £5'))).toEqual({
      text: 'Children’s Services £5',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const decoded = await decodeText(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Agenda')]),
    );
    expect(decoded).toEqual({ text: 'Agenda', encoding: 'utf-8', bom: true });
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('reads %s with a BOM', async (encoding, bigEndian) => {
    expect(await decodeText(utf16('Minutes £', bigEndian, true))).toEqual({
      text: 'Minutes £',
      encoding,
      bom: true,
    });
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('recognises %s without a BOM', async (encoding, bigEndian) => {
    expect((await decodeText(utf16('Minutes of the meeting', bigEndian, false)))?.encoding).toBe(
      encoding,
    );
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', async () => {
    // 0xA3 is £ and 0x92 a curly apostrophe in Windows-1252; neither is valid UTF-8 alone.
    const decoded = await decodeText(
      Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x20, 0x92]),
    );
    expect(decoded).toEqual({ text: 'Cost £5 ’', encoding: 'windows-1252', bom: false });
  });

  it('keeps form feeds, which separate pages in text extracted from PDFs', async () => {
    expect((await decodeText(Buffer.from('Page 1\fPage 2')))?.text).toBe('Page 1\fPage 2');
  });

  it('refuses bytes with NULs or many control characters', async () => {
    expect(await decodeText(Buffer.from([0x25, 0x00, 0x01, 0x02, 0x03, 0x41]))).toBeUndefined();
    expect(await decodeText(Buffer.from('abc\u0001\u0002def'))).toBeUndefined();
  });
});
