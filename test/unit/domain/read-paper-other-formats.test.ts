import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { noScans } from '../../support/page-ocr.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** The byte offset of a sector's entry in the allocation table (512-byte sectors, no DIFAT chain). */
const fatEntry = (view: DataView, sector: number) =>
  (view.getUint32(76 + Math.floor(sector / 128) * 4, true) + 1) * 512 + (sector % 128) * 4;

const winnipegDoc = '28_canada-winnipeg-council-disposition-2015-03-25.doc';
const winnipegRtf = '28_canada-winnipeg-council-disposition-2015-03-25.rtf';
const manordeiloEml = '14_wales-manordeilo-salem-cc-minutes-2020-02-12-en.eml';

describe('reading a Word 97–2003 (.doc) paper', () => {
  it('reads the Winnipeg disposition of items with its heading and date lines, and finds the meeting date', async () => {
    // Prepare
    const bytes = await fixture(winnipegDoc);

    // Act
    const { source, extraction } = await analysePaper(bytes, { ocr: noScans });

    // Assess
    expect(source).toMatchObject({ format: 'doc', mediaType: 'application/msword', pages: null });
    expect(source.text).toMatch(/^DISPOSITION OF ITEMS$/m);
    expect(source.text).toMatch(/^WEDNESDAY, MARCH 25, 2015$/m);
    expect(extraction.meetingDate).toBe('2015-03-25');
  });

  it('keeps a table row on one line, its cells separated by tabs', async () => {
    const { source } = await analysePaper(await fixture(winnipegDoc), { ocr: noScans });

    expect(source.text).toMatch(
      /^1\tRezoning - 260 Wellington Crescent - DAZ 235\/2014\tADOPTED$/m,
    );
  });

  it('rejects a .doc whose directory chain loops, instead of hanging or exhausting memory', async () => {
    // Prepare: the directory's second sector points back to its first.
    const bytes = await fixture(winnipegDoc);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const first = view.getUint32(48, true);
    const second = view.getUint32(fatEntry(view, first), true);
    view.setUint32(fatEntry(view, second), first, true);

    // Act
    const error = await rejection(analysePaper(bytes, { ocr: noScans }));

    // Assess: an OLE2 file whose directory cannot be read is named no further than OLE2.
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({
      code: 'unsupported-type',
      message: expect.stringContaining('damaged'),
    });
  });
});

describe('reading an RTF paper', () => {
  it('reads the Winnipeg disposition of items with its heading and date, and finds the meeting date', async () => {
    // Prepare
    const bytes = await fixture(winnipegRtf);

    // Act
    const { source, extraction } = await analysePaper(bytes, { ocr: noScans });

    // Assess
    expect(source).toMatchObject({ format: 'rtf', mediaType: 'application/rtf', pages: null });
    expect(source.text).toContain('DISPOSITION OF ITEMS');
    expect(source.text).toContain('WEDNESDAY, MARCH 25, 2015');
    expect(extraction.meetingDate).toBe('2015-03-25');
  });

  it('decodes its en dashes and keeps each table row a line of tab-separated cells', async () => {
    const { source } = await analysePaper(await fixture(winnipegRtf), { ocr: noScans });

    expect(source.text).toMatch(
      /^1\tRezoning – 260 Wellington Crescent – DAZ 235\/2014\tADOPTED$/m,
    );
    // Font names, colours and styles are not text.
    expect(source.text).not.toMatch(/Times New Roman|Heading 1/);
  });
});

describe('reading an e-mail (.eml) paper', () => {
  it('reads the minutes in the body, under the subject without "Fwd:", and finds the meeting date', async () => {
    // Prepare
    const bytes = await fixture(manordeiloEml);

    // Act
    const { source, extraction } = await analysePaper(bytes, { ocr: noScans });

    // Assess
    expect(source).toMatchObject({ format: 'eml', mediaType: 'message/rfc822', pages: null });
    expect(source.text.split('\n')[0]).toBe('Minutes of the meeting held on 12 February 2020');
    expect(source.text).toMatch(/^12 February 2020$/m);
    expect(extraction.meetingDate).toBe('2020-02-12');
    expect(extraction.council).toBe('Manordeilo and Salem Community Council');
  });

  it('names its attachment at the end, unread, as a paper to upload on its own', async () => {
    const { source } = await analysePaper(await fixture(manordeiloEml), { ocr: noScans });

    expect(source.text.trimEnd().split('\n').at(-1)).toBe(
      'Attachment not read: minutes-2020-02-12-signed.pdf (application/pdf, 1 KB); upload it as a paper of its own.',
    );
    expect(source.text).not.toContain('signed copy');
  });

  it('reads a plain-text e-mail, decoding its quoted-printable body', async () => {
    // Prepare
    const mail = [
      'From: Clerk <clerk@example.org>',
      'To: Councillors <all@example.org>',
      'Subject: Re: Draft minutes, Parish Council 4 March 2025',
      'Date: Mon, 10 Mar 2025 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Minutes of the Parish Council meeting held on Tuesday 4 March 2025 at 7.30 pm=',
      ' in the Village Hall.',
      'Present: Cllrs A Smith (Chair) and B Jones =E2=80=93 and the Clerk.',
      '',
    ].join('\r\n');

    // Act
    const { source, extraction } = await analysePaper(new TextEncoder().encode(mail), {
      ocr: noScans,
    });

    // Assess
    expect(source.text).toBe(
      'Draft minutes, Parish Council 4 March 2025\n\nMinutes of the Parish Council meeting held on Tuesday 4 March 2025 at 7.30 pm in the Village Hall.\nPresent: Cllrs A Smith (Chair) and B Jones – and the Clerk.',
    );
    expect(extraction.meetingDate).toBe('2025-03-04');
  });

  it('rejects an e-mail whose body is empty, naming the attachment to upload instead', async () => {
    // Prepare
    const mail = [
      'From: clerk@example.org',
      'Subject: Minutes',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      '',
      '--b',
      'Content-Type: application/pdf',
      'Content-Disposition: attachment; filename="minutes.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.7 not really').toString('base64'),
      '--b--',
      '',
    ].join('\r\n');

    // Act
    const error = await rejection(analysePaper(new TextEncoder().encode(mail), { ocr: noScans }));

    // Assess
    expect(error).toMatchObject({
      code: 'unreadable-document',
      message: expect.stringMatching(
        /body has no text.*minutes\.pdf \(application\/pdf.*upload each as a paper/,
      ),
    });
  });
});
