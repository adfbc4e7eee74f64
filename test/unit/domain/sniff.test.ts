import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../functions/domain/sniff.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  readFile(new URL(`../../fixtures/formats/${name}`, import.meta.url));

describe('sniff', () => {
  it('finds a PDF by its bytes whatever it is called', async () => {
    const result = await sniff(bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
    expect(result).toMatchObject({ kind: 'binary', format: 'pdf', mediaType: 'application/pdf' });
  });

  it('reports other binaries by their detected media type', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(await sniff(png)).toMatchObject({
      kind: 'binary',
      format: undefined,
      mediaType: 'image/png',
    });
  });

  it('recognises an HTML document', async () => {
    expect(
      await sniff(bytes('<!DOCTYPE html>\n<html><body><h1>Minutes</h1></body></html>')),
    ).toMatchObject({ kind: 'text', format: 'html' });
  });

  it('does not mistake text with a stray <p> for HTML', async () => {
    expect(
      await sniff(bytes('Agenda\n\n4 PUBLIC QUESTIONS\n<p>One question has been received.</p>\n')),
    ).toMatchObject({ format: 'text' });
  });

  it('recognises Markdown by its headings', async () => {
    expect(
      await sniff(bytes('## Report to Cabinet\n\n---\n\n<b>Title:</b>\tUpdate\n')),
    ).toMatchObject({ format: 'markdown', mediaType: 'text/markdown' });
  });

  it('recognises JSON and CSV', async () => {
    expect(await sniff(bytes('[{"ward":"Aylesbury","count":3}]'))).toMatchObject({
      format: 'json',
    });
    expect(await sniff(bytes('ward,count\nAylesbury,3\nBuckingham,4\n'))).toMatchObject({
      format: 'csv',
    });
  });

  it('calls prose plain text', async () => {
    expect(
      await sniff(
        bytes(
          'Minutes of the meeting held on 3 March 2024.\nPresent: Cllr A Smith, Cllr B Jones.\nApologies were received.',
        ),
      ),
    ).toMatchObject({
      kind: 'text',
      format: 'text',
      mediaType: 'text/plain',
    });
  });

  it('names an OLE2 file with a WordDocument stream a Word 97–2003 document', async () => {
    expect(
      await sniff(await fixture('28_canada-winnipeg-council-disposition-2015-03-25.doc')),
    ).toMatchObject({
      kind: 'binary',
      format: 'doc',
      mediaType: 'application/msword',
    });
  });

  it('does not take an OLE2 file that is an Excel workbook for a Word document', async () => {
    expect(await sniff(await fixture('05_uk-stockport-spend-over-500-2014-09.xls'))).toMatchObject({
      kind: 'binary',
      format: 'xls',
      mediaType: 'application/vnd.ms-excel',
    });
  });

  it('recognises RTF by its bytes', async () => {
    expect(await sniff(bytes('{\\rtf1\\ansi Minutes\\par}'))).toMatchObject({
      kind: 'binary',
      format: 'rtf',
      mediaType: 'application/rtf',
    });
  });

  it('recognises an e-mail by its header block', async () => {
    expect(
      await sniff(
        bytes(
          'Received: from mail.example.org\r\n\tby mx.example.org\r\nFrom: clerk@example.org\r\nSubject: Minutes\r\n\r\nMinutes of the meeting',
        ),
      ),
    ).toMatchObject({ kind: 'text', format: 'eml', mediaType: 'message/rfc822' });
  });

  it('does not take minutes that open with Date and Subject lines for an e-mail', async () => {
    expect(
      await sniff(
        bytes('Date: 4 March 2025\nSubject: Parish Council minutes\n\nPresent: Cllr A Smith\n'),
      ),
    ).toMatchObject({ format: 'text' });
  });

  it('recognises YAML front matter with blank and indented lines, and a text opening with a rule and no block, both at once', async () => {
    // Prepare: blank lines the former test could split either way, which made it exponential.
    const withFrontMatter = `---\ntitle: Minutes\ncategories:\n  - village\n\n  - parish\n---\nMinutes of the meeting\n`;
    const ruleOnly = `---\n${'\n \n'.repeat(40)}The clerk read the minutes of the last meeting.\n`;

    // Act
    const [markdown, text] = await Promise.all([
      sniff(bytes(withFrontMatter)),
      sniff(bytes(ruleOnly)),
    ]);

    // Assess
    expect(markdown).toMatchObject({ format: 'markdown' });
    expect(text).toMatchObject({ format: 'text' });
  });

  it('reads a text of many HTML comments and no element as text, at once', async () => {
    // Prepare: a run of comments the former patterns could split in exponentially many ways.
    const comments = `<!---->${'\t<!----><!---->'.repeat(27)}>`;

    // Act
    const result = await sniff(bytes(comments));

    // Assess
    expect(result).toMatchObject({ kind: 'text' });
    expect(result.format).not.toBe('html');
  });
});
