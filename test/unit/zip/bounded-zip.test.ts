import { beforeAll, describe, expect, it } from 'vitest';
import { paperZipLimits, workbookZipLimits } from '../../../functions/config/limits.ts';
import { bytesSource } from '../../../functions/domain/byte-source.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { readPaper } from '../../../functions/domain/papers/read-paper.ts';
import { checkZip, openZip } from '../../../functions/domain/zip/bounded-zip.ts';
import { noScans } from '../../support/page-ocr.ts';
import { deflatedZeros, zipOf } from '../../support/zip-files.ts';

const gib = 1024 * 1024 * 1024;

/** The parts a DOCX needs to be sniffed as one, with `document` as its main part. */
const docxParts = (document: Parameters<typeof zipOf>[0][number]) => [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  document,
];

describe('openZip', () => {
  let zeros: Uint8Array;
  beforeAll(async () => {
    // A gigabyte of zeros deflates to about a megabyte: the classic zip bomb.
    zeros = await deflatedZeros(gib);
  }, 60_000);

  it('refuses a part declaring 1 GiB before inflating any of it', async () => {
    // Prepare
    const bomb = zipOf(
      docxParts({ name: 'word/document.xml', deflated: { bytes: zeros, size: gib } }),
    );
    // Act
    const opening = openZip(bytesSource(bomb), 'DOCX', paperZipLimits);
    // Assess
    await expect(opening).rejects.toThrowError(
      /The DOCX expands beyond 128 MiB \(its part word\/document.xml\): a zip bomb or a damaged file/,
    );
  });

  it('stops inflating a part whose header understates its size, at the size declared', async () => {
    // Prepare: the headers say 1,000 bytes; the data inflates to a gigabyte.
    const bomb = zipOf([
      {
        name: 'xl/worksheets/sheet1.xml',
        deflated: { bytes: zeros, size: gib },
        declaredSize: 1000,
      },
    ]);
    const zip = await openZip(bytesSource(bomb), 'XLSX', workbookZipLimits);
    let inflated = 0;
    // Act
    const reading = (async () => {
      for await (const chunk of zip.chunks('xl/worksheets/sheet1.xml')) inflated += chunk.length;
    })();
    // Assess
    await expect(reading).rejects.toThrowError(
      /The XLSX part xl\/worksheets\/sheet1.xml .*a zip bomb or a damaged file/,
    );
    expect(inflated).toBeLessThanOrEqual(1000);
  });

  it('refuses a DOCX bomb as a paper, with the reason, before mammoth reads it', async () => {
    // Prepare
    const bomb = zipOf(
      docxParts({
        name: 'word/document.xml',
        deflated: { bytes: zeros, size: 300 * 1024 * 1024 },
        declaredSize: 2000,
      }),
    );
    // Act
    const reading = readPaper(bomb, { ocr: noScans });
    // Assess
    await expect(reading).rejects.toThrowError(UploadRejectedError);
    await expect(reading).rejects.toThrowError(/DOCX part word\/document.xml .*zip bomb/);
  });
});

describe('openZip limits', () => {
  it('refuses a zip with more parts than allowed', async () => {
    // Prepare
    const parts = Array.from({ length: 5 }, (_, index) => ({
      name: `part${index}.xml`,
      data: '<a/>',
    }));
    const limits = { maxEntries: 4, maxEntryBytes: 1024, maxTotalBytes: 4096 };
    // Act
    const opening = openZip(bytesSource(zipOf(parts)), 'ODS', limits);
    // Assess
    await expect(opening).rejects.toThrowError(/The ODS holds 5 files, more than the 4 allowed/);
  });

  it('refuses parts that together declare more than the total allowed', async () => {
    // Prepare
    const parts = ['a', 'b', 'c'].map((name) => ({ name, data: 'x'.repeat(600) }));
    const limits = { maxEntries: 10, maxEntryBytes: 1024, maxTotalBytes: 1500 };
    // Act
    const checking = checkZip(bytesSource(zipOf(parts)), 'ODT', limits);
    // Assess
    await expect(checking).rejects.toThrowError(/The ODT expands beyond/);
  });

  it('reads the parts of a zip within its limits', async () => {
    // Prepare
    const zip = zipOf([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: '<doc>hello</doc>' },
    ]);
    // Act
    const opened = await openZip(bytesSource(zip), 'ODT', paperZipLimits);
    const content = new TextDecoder().decode(await opened.read('content.xml', 1024));
    // Assess
    expect(opened.names).toEqual(['mimetype', 'content.xml']);
    expect(content).toBe('<doc>hello</doc>');
  });

  it('says a file that is not a zip is damaged', async () => {
    // Prepare
    const notZip = new TextEncoder().encode('PK\u0003\u0004 but nothing after');
    // Act
    const opening = openZip(bytesSource(notZip), 'XLSX', workbookZipLimits);
    // Assess
    await expect(opening).rejects.toThrowError(
      /The XLSX cannot be read: it is not a valid XLSX file/,
    );
  });
});
