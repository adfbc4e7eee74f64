import { describe, expect, it } from 'vitest';
import { maxPaperBytes } from '../../../functions/config/limits.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { sniff } from '../../../functions/domain/sniff.ts';
import { acceptedFormat, checkSize } from '../../../functions/domain/upload-policy.ts';

const sniffText = (text: string) => sniff(new TextEncoder().encode(text));

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

  it('accepts only CSV, JSON and workbooks as datasets', async () => {
    expect(acceptedFormat('dataset', await sniffText('a,b\n1,2\n3,4\n'))).toBe('csv');
    expect(() =>
      acceptedFormat('dataset', { kind: 'binary', format: 'pdf', mediaType: 'application/pdf' }),
    ).toThrowError(/must be CSV, JSON, XLSX or ODS/);
  });

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
