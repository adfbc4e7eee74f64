import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { maxPaperBytes } from '../../../functions/config/limits.ts';
import {
  acceptedExtensions,
  acceptedFormatNames,
  acceptedFormats,
} from '../../../functions/domain/accepted-formats.ts';
import { headBytes } from '../../../functions/domain/byte-source.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { sniff } from '../../../functions/domain/sniff.ts';
import { acceptedFormat, checkSize } from '../../../functions/domain/upload-policy.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sniffText = (text: string) => sniff(bytesOf(text));
const fixture = (name: string) =>
  readFile(new URL(`../../fixtures/formats/${name}`, import.meta.url));

describe('checkSize', () => {
  it('rejects empty files and files over the limit, saying the limit', () => {
    expect(() => checkSize('paper', 0)).toThrowError(/empty/);
    expect(() => checkSize('paper', maxPaperBytes + 1)).toThrowError(/limited to 50\.0 MiB/);
    expect(() => checkSize('paper', maxPaperBytes)).not.toThrow();
  });
});

describe('acceptedFormat', () => {
  it('accepts text, Markdown and HTML papers', async () => {
    expect(
      acceptedFormat('paper', await sniffText('Minutes of the meeting held on 1 May 2024.')),
    ).toBe('text');
    expect(acceptedFormat('paper', await sniffText('# Cabinet\n\nAgenda'))).toBe('markdown');
    expect(acceptedFormat('paper', await sniffText('<html><body>Agenda</body></html>'))).toBe(
      'html',
    );
  });

  it('reads tab-laid text in the papers area as a paper, not a dataset', async () => {
    expect(
      acceptedFormat(
        'paper',
        await sniffText('Date:\t9 May 2023\nTitle:\tUpdate\nAuthor:\tJ Smith\n'),
      ),
    ).toBe('text');
  });

  it('sends JSON in the papers area to the datasets area', async () => {
    const json = await sniffText('{"rows": []}');
    expect(() => acceptedFormat('paper', json)).toThrowError(
      /datasets belong under uploads\/datasets\//,
    );
  });

  it('rejects binaries it cannot read, naming the type found', async () => {
    const png = await sniff(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(() => acceptedFormat('paper', png)).toThrowError(UploadRejectedError);
    expect(() => acceptedFormat('paper', png)).toThrowError(/image\/png/);
  });

  it('rejects a PDF as a dataset, naming every format the datasets area accepts', async () => {
    // Prepare
    const pdf = await sniff(bytesOf('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));

    // Act
    const act = () => acceptedFormat('dataset', pdf);

    // Assess
    expect(act).toThrowError(UploadRejectedError);
    for (const { name } of acceptedFormats.dataset) expect(act).toThrowError(name);
    expect(act).toThrowError(/this file is a PDF \(application\/pdf\)/);
  });

  it('reads CSV text as a dataset', async () => {
    expect(acceptedFormat('dataset', await sniffText('a,b\n1,2\n3,4\n'))).toBe('csv');
  });

  it('rejects a real .xls workbook as a dataset, as ingest sniffs it, saying to save it as XLSX or CSV', async () => {
    // Prepare: ingest sniffs a dataset's first 64 KiB only.
    const head = (await fixture('05_uk-stockport-spend-over-500-2014-09.xls')).subarray(
      0,
      headBytes,
    );

    // Act
    const act = async () => acceptedFormat('dataset', await sniff(head));

    // Assess
    await expect(act()).rejects.toThrowError(/save it as XLSX or CSV/i);
    await expect(act()).rejects.toMatchObject({ code: 'unsupported-type' });
  });

  it('reads a CSV named .xls as CSV: the bytes decide, not the name', async () => {
    // Prepare
    const bytes = await fixture('04_uk-manchester-spend-over-500-2014-09.head.xls');

    // Act
    const format = acceptedFormat('dataset', await sniff(bytes));

    // Assess
    expect(format).toBe('csv');
  });

  it('sends an e-mail in the datasets area to the papers area', async () => {
    // Prepare
    const mail = await sniffText(
      'From: clerk@example.org\r\nSubject: Minutes\r\nDate: Thu, 20 Feb 2020 09:14:05 +0000\r\n\r\nMinutes\r\n',
    );

    // Act
    const act = () => acceptedFormat('dataset', mail);

    // Assess
    expect(act).toThrowError(/papers belong under uploads\/papers\//);
  });
});

describe('acceptedFormats, the one list', () => {
  it('names each format of an area once, in a sentence ending with "or"', () => {
    // Prepare
    const names = acceptedFormats.paper.map(({ name }) => name);

    // Act
    const sentence = acceptedFormatNames('paper');

    // Assess
    expect(new Set(names).size).toBe(names.length);
    expect(sentence).toBe(`${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);
  });

  it('names the legacy and OpenDocument formats among papers, and workbooks among datasets', () => {
    expect(acceptedFormats.paper.map(({ format }) => format)).toEqual(
      expect.arrayContaining(['doc', 'odt', 'rtf', 'eml']),
    );
    expect(acceptedFormats.dataset.map(({ format }) => format)).toEqual(
      expect.arrayContaining(['xlsx', 'ods']),
    );
    expect(acceptedFormats.dataset.map(({ format }) => format)).not.toContain('xls');
  });

  it("offers the picker each format's file name endings", () => {
    expect(acceptedExtensions('paper')).toEqual(
      expect.arrayContaining(['.pdf', '.docx', '.doc', '.odt', '.rtf', '.eml']),
    );
  });
});

describe('acceptedFormat, workbooks and OpenDocument', () => {
  it('accepts XLSX and ODS workbooks as datasets and ODT as papers', () => {
    // Prepare
    const binary = (format: 'xlsx' | 'ods' | 'odt') => ({
      kind: 'binary' as const,
      format,
      mediaType: 'x',
    });

    // Act
    const formats = [
      acceptedFormat('dataset', binary('xlsx')),
      acceptedFormat('dataset', binary('ods')),
      acceptedFormat('paper', binary('odt')),
    ];

    // Assess
    expect(formats).toEqual(['xlsx', 'ods', 'odt']);
    expect(() => acceptedFormat('paper', binary('xlsx'))).toThrowError(/Papers must be/);
  });
});
