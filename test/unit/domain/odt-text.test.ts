import { describe, expect, it } from 'vitest';
import { readPaper } from '../../../functions/domain/papers/read-paper.ts';
import { sniff } from '../../../functions/domain/sniff.ts';
import { noScans } from '../../support/page-ocr.ts';
import { zipOf } from '../../support/zip-files.ts';

const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

/** An ODT as LibreOffice lays one out: `mimetype` first and stored, then content.xml. */
const odtOf = (body: string) =>
  zipOf([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    {
      name: 'META-INF/manifest.xml',
      data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    },
    {
      name: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${namespaces}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    },
  ]);

const minutes = odtOf(
  [
    '<text:h text:outline-level="1">Souldern Parish Council</text:h>',
    '<text:p>Minutes of the meeting held on 30 October 2025</text:p>',
    '<text:h text:outline-level="2">1. Apologies</text:h>',
    '<text:list><text:list-item><text:p>Cllr Smith</text:p></text:list-item><text:list-item><text:p>Cllr Jones</text:p></text:list-item></text:list>',
    '<text:p>Resolved:<text:s text:c="2"/>to approve<text:tab/>the minutes.<office:annotation><text:p>check this</text:p></office:annotation></text:p>',
    '<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>',
    '<table:table><table:table-row><table:table-cell><text:p>Payee</text:p></table:table-cell><table:table-cell><text:p>Amount</text:p></table:table-cell></table:table-row>',
    '<table:table-row><table:table-cell><text:p>CDC</text:p></table:table-cell><table:table-cell><text:p>£334.62</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>',
  ].join(''),
);

describe('ODT papers', () => {
  it('are known by their bytes (the mimetype part), whatever their name', async () => {
    // Act
    const sniffed = await sniff(minutes);
    // Assess
    expect(sniffed).toMatchObject({
      kind: 'binary',
      format: 'odt',
      mediaType: 'application/vnd.oasis.opendocument.text',
    });
  });

  it('read headings, paragraphs and list items as lines, and table rows as tab-separated cells', async () => {
    // Act
    const source = await readPaper(minutes, { ocr: noScans });
    const lines = source.text.split('\n').filter((line) => line.trim() !== '');
    // Assess
    expect(source.format).toBe('odt');
    expect(lines).toEqual([
      'Souldern Parish Council',
      'Minutes of the meeting held on 30 October 2025',
      '1. Apologies',
      ' * Cllr Smith',
      ' * Cllr Jones',
      // Spaces and tabs inside a paragraph collapse, as in the DOCX reader's HTML.
      'Resolved: to approve the minutes.',
      'Payee\tAmount',
      'CDC\t£334.62',
    ]);
  });

  it('leave out comments and tracked deletions, which are not the paper', async () => {
    // Act
    const { text } = await readPaper(minutes, { ocr: noScans });
    // Assess
    expect(text).not.toContain('check this');
    expect(text).not.toContain('deleted words');
  });

  it('whose content is not XML are rejected with the reason', async () => {
    // Prepare
    const broken = zipOf([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: '<office:document-content><unclosed>' },
    ]);
    // Act
    const reading = readPaper(broken, { ocr: noScans });
    // Assess
    await expect(reading).rejects.toThrowError(
      /The OpenDocument text cannot be read: its content.xml is not well-formed XML/,
    );
  });
});
