import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OleStructureError, readOleDirectory } from '../../../functions/domain/ole2.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

/** The byte offset of a sector's entry in the allocation table (512-byte sectors, no DIFAT chain). */
const fatEntry = (view: DataView, sector: number) =>
  (view.getUint32(76 + Math.floor(sector / 128) * 4, true) + 1) * 512 + (sector % 128) * 4;

describe('readOleDirectory', () => {
  it('lists the root streams of a Word 97–2003 document', async () => {
    // Prepare
    const bytes = await fixture('28_canada-winnipeg-council-disposition-2015-03-25.doc');

    // Act
    const { rootStreams } = readOleDirectory(bytes);

    // Assess
    expect([...rootStreams]).toEqual(expect.arrayContaining(['WordDocument', '1Table']));
  });

  it('lists the Workbook stream of a BIFF8 Excel file, and no WordDocument', async () => {
    const { rootStreams } = readOleDirectory(
      await fixture('05_uk-stockport-spend-over-500-2014-09.xls'),
    );

    expect(rootStreams.has('Workbook')).toBe(true);
    expect(rootStreams.has('WordDocument')).toBe(false);
  });

  it('rejects a sector chain that comes back on itself', async () => {
    // Prepare: the directory's second sector points back to its first.
    const bytes = await fixture('28_canada-winnipeg-council-disposition-2015-03-25.doc');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const first = view.getUint32(48, true);
    view.setUint32(fatEntry(view, view.getUint32(fatEntry(view, first), true)), first, true);

    // Act
    const act = () => readOleDirectory(bytes);

    // Assess
    expect(act).toThrowError(OleStructureError);
    expect(act).toThrowError('the directory comes back on itself');
  });

  it('rejects a file cut short, whose tables lie past its end', async () => {
    // Prepare: ingest sniffs a dataset's first 64 KiB; this directory is near the end.
    const bytes = (await fixture('05_uk-stockport-spend-over-500-2014-09.xls')).subarray(
      0,
      1 << 16,
    );

    // Act
    const act = () => readOleDirectory(bytes);

    // Assess
    expect(act).toThrowError(/past the end of the file/);
  });

  it('rejects bytes without the OLE2 signature', () => {
    expect(() => readOleDirectory(new Uint8Array(1024))).toThrowError(/OLE2 signature/);
  });
});
