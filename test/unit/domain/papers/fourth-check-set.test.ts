import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { readPaper } from '../../../../functions/domain/papers/read-paper.ts';
import { findTime } from '../../../../functions/domain/papers/times.ts';
import { noScans } from '../../../support/page-ocr.ts';

// Layouts met on the fourth check set (real papers from councils the extractor had not seen), each
// reduced to the few lines that carry the pattern.

const bytes = (text: string) => new TextEncoder().encode(text);
const fromMarkdown = async (text: string) =>
  extractPaper((await readPaper(bytes(text), { ocr: noScans })).text);

describe('dates and times a paper states', () => {
  it('takes the meeting date from the paper, not from a static site’s metadata lines', async () => {
    // Prepare
    const post = [
      'Title: Council Meeting Minutes March 2021',
      'Date: 2021-03-17 18:30',
      'Category: Minutes',
      '',
      '## LICTON SPRINGS COMMUNITY COUNCIL',
      '',
      'Approved Minutes April 21 2021 6:30-8:30 P.M.',
      '',
      '- Directors present: Janice Lichtenwaldt, Ellen Beck and Kathleen Braden',
      '- Attendees: Dianne Trani, Matt Gautrowski',
    ].join('\n');

    // Act
    const paper = await fromMarkdown(post);

    // Assess
    expect(paper).toMatchObject({ meetingDate: '2021-04-21', meetingTime: '18:30' });
    expect(paper.attendance.present).toEqual([
      'Janice Lichtenwaldt',
      'Ellen Beck',
      'Kathleen Braden',
    ]);
    expect(paper.attendance.inAttendance).toEqual(['Dianne Trani', 'Matt Gautrowski']);
  });

  it('reads a range’s start in the range’s half of the day, and no hour that could be either', () => {
    // Act
    const times = ['6:30-8:30 P.M.', '11:30-1:00 pm', 'started at 6:35', '09:30', '19.00 hrs'].map(
      (text) => findTime(text) ?? null,
    );

    // Assess
    expect(times).toEqual(['18:30', '11:30', null, '09:30', '19:00']);
  });

  it('reads a date run into its weekday and cuts it from the place the meeting was held', () => {
    // Prepare
    const text = [
      'Stoke Ferry Village Hall (Registered Charity No, 274033) Minutes of the Annual General Meeting held at the Village Hall on Wednesday14th November 2018 at 7.00pm',
      '',
      'Present: M Reeve (Chair), G Phillips (Treasurer), P Sewell.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper).toMatchObject({
      meetingDate: '2018-11-14',
      meetingTime: '19:00',
      venue: 'Village Hall',
    });
  });

  it('takes no other label’s value, nor a heading below the first sentence, as the venue', async () => {
    // Prepare
    const text = [
      '# Interpretation of the Planning Commission',
      '',
      '**Date:** October 11, 2004',
      '**Subject:** RLDO Section 5.080 - Building Setbacks',
      '',
      'Section 5.080 of the Rivergrove Land Development Ordinance establishes setbacks. They read as follows:',
      '',
      '## Section 5.080 General Building Setbacks in All Zones and Districts',
    ].join('\n');

    // Act
    const paper = await fromMarkdown(text);

    // Assess
    expect(paper.meetingDate).toBe('2004-10-11');
    expect(paper.venue).toBeNull();
  });
});

describe('councils and bodies', () => {
  it('names a US town as its council and its Town Council as the body, not the kind of meeting', () => {
    // Prepare
    const text = [
      'Town of Amherst',
      'Special Town Council Meeting',
      'Thursday, December 4, 2019 12:30 p.m.',
      'Minutes',
      '1. Call to order and declaration of a quorum',
      'Councilors present: Councilors Bahl-Milne, Brewer, De Angelis,',
      'Ryan, and Swartz',
      'Councilors absent: Councilors Pam and Schoen',
      '2. Announcements',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper).toMatchObject({ council: 'Town of Amherst', body: 'Town Council' });
    expect(paper.attendance.present).toEqual([
      'Bahl-Milne',
      'Brewer',
      'De Angelis',
      'Ryan',
      'Swartz',
    ]);
    expect(paper.attendance.apologies).toEqual(['Pam', 'Schoen']);
  });

  it('reads the council a notice names after "That", and a city’s commission apart from its name', () => {
    // Prepare
    const notice =
      'Text: Part II – Particulars of Decision That Trafford Council hereby gives notice in pursuance of the provisions of the Town and Country Planning Act that permission has been granted';
    const agenda = [
      '## City of Coral Gables',
      '',
      '## Agenda - Final',
      '',
      'Tuesday, January 9, 2024',
      '',
      'City Hall, Commission Chambers',
      '',
      '## City Commission',
    ].join('\n');

    // Act
    const fromNotice = extractPaper(notice);
    const fromAgenda = extractPaper(agenda);

    // Assess
    expect(fromNotice.council).toBe('Trafford Council');
    expect(fromAgenda).toMatchObject({ council: 'City of Coral Gables', body: 'City Commission' });
  });
});

describe('kinds of paper and their items', () => {
  it('types a verbatim transcript as the record of its meeting, whatever item its heading names', () => {
    // Prepare
    const turns = [
      'Mayor Lago: Moving onto item F-5 and the decorations this year.',
      'Commissioner Fernandez: I was not exactly thrilled by our decorations on Miracle Mile.',
      'Mayor Lago: Mr. Manager, if I may, we received kudos from business owners.',
      'Economic Development Director Perez: We had two weeks to put it together.',
      'Mayor Lago: Two weeks. Your team did a wonderful job along with the Manager.',
      'Commissioner Castro: I agree that the lights on the avenue looked better.',
    ];
    const text = [
      '## City of Coral Gables City Commission Meeting',
      '## Agenda Item F-5',
      'January 9, 2024',
      '',
      ...turns,
    ].join('\n\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('minutes');
    expect(paper.council).toBe('City of Coral Gables');
  });

  it('reads a Legistar agenda’s items numbered within their sections, in table rows or above their text', async () => {
    // Prepare
    const text = [
      '## A. PRESENTATIONS AND PROTOCOL DOCUMENTS',
      '',
      '| A.-1.   | 23-6764   | Presentation of a Proclamation declaring December 16, 2023 as a day. |',
      '|---------|-----------|-----------------------------------------------------------------------|',
      '| A.-2.   | 23-6792   | Recognition of the Rescue 4 Crew.                                     |',
      '',
      '## B. APPROVAL OF MINUTES',
      '',
      '- B.-1. 23-6735 Regular City Commission Meeting of November 14, 2023.',
      '',
      '## D.-1. 23-6830',
      '',
      'A Resolution of the City Commission appointing Judith Alexander to the Senior Citizens Advisory Board.',
    ].join('\n');

    // Act
    const items = (await fromMarkdown(text)).agendaItems.map((item) => [item.number, item.title]);

    // Assess
    expect(items).toEqual([
      ['A.-1', 'Presentation of a Proclamation declaring December 16, 2023 as a day.'],
      ['A.-2', 'Recognition of the Rescue 4 Crew.'],
      ['B.-1', 'Regular City Commission Meeting of November 14, 2023.'],
      [
        'D.-1',
        'A Resolution of the City Commission appointing Judith Alexander to the Senior Citizens Advisory Board.',
      ],
    ]);
  });
});

describe('attendance set out one person to a paragraph', () => {
  it('reads every member and officer of lists a PDF conversion left one name to a paragraph', () => {
    // Prepare
    const text = [
      'HISTORIC DISTRICT COMMISSION',
      'June 12, 2019',
      'MINUTES',
      'MEMBERS PRESENT: Mr. James Haden (Chairperson)',
      'Ms. Jana Hartenstine',
      'Ms. Tamara Titus (2 nd Vice Chairperson)',
      'MEMBERS ABSENT: NONE',
      'OTHERS PRESENT: Ms. Kristi Harpst, Administrator of the Historic District Commission',
      'Ms. Linda Keich, Clerk to Historic District Commission',
      'Minutes',
      'With a quorum present, Chairman Haden called the meeting to order at 1:18 pm.',
    ].join('\n\n');

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual([
      'Mr. James Haden',
      'Ms. Jana Hartenstine',
      'Ms. Tamara Titus',
    ]);
    expect(attendance.inAttendance).toEqual(['Ms. Kristi Harpst', 'Ms. Linda Keich']);
    expect(attendance.apologies).toEqual([]);
  });

  it('reads a bulleted list whose roles follow a dash, and the public present as attending', async () => {
    // Prepare
    const text = [
      '# Minutes for meeting held Tuesday 6 May 2025',
      '',
      '## Present',
      '',
      '- Alan McFadzean — _Chair_',
      '- Trevor Smith — *Secretary*',
      '- Alison Currie',
      '',
      '## Members of the public present',
      '',
      '- Paul Cliffe',
    ].join('\n');

    // Act
    const { attendance } = await fromMarkdown(text);

    // Assess
    expect(attendance.present).toEqual(['Alan McFadzean', 'Trevor Smith', 'Alison Currie']);
    expect(attendance.inAttendance).toEqual(['Paul Cliffe']);
  });
});

describe('lists in the text of minutes', () => {
  it('reads no items from points that restart at 1 under sentences, and no document from a letterhead', async () => {
    // Prepare
    const text = [
      'Title: ',
      '',
      'URL Source: https://example.org/minutes/2019/hdc_2019_06_jun_minutes.pdf',
      '',
      'Markdown Content:',
      '1',
      '',
      'HISTORIC DISTRICT COMMISSION',
      '',
      'June 12, 2019',
      '',
      'Room 267',
      '',
      'MINUTES',
      '',
      'MEMBERS PRESENT: Mr. James Haden (Chairperson)',
      '',
      'APPLICATION: HDC 2018-436, 1827 WILMORE DRIVE – FRONT PORCH COLUMNS',
      '',
      'The application was continued from March for the following items:',
      '',
      '1. Rear porch, continued for complete drawings.',
      '',
      '2. Trees, more information needed.',
      '',
      'REVISED PROPOSAL – JUNE 12',
      '',
      '1. Rear porch and parking area re-designed.',
      '',
      '2. Photos of rear yard included to show tree coverage.',
      '',
      'STAFF RECOMMENDATION:',
      '',
      '1. Provide detail on the brick mold, trim, soffits, material etc.',
      '',
      '2. Show historic precedence for recessed openings for the front entryway.',
    ].join('\n');

    // Act
    const source = await readPaper(bytes(text), { ocr: noScans });
    const paper = extractPaper(source.text);

    // Assess
    expect(source.text).not.toContain('URL Source');
    expect(paper.documents).toEqual([]);
    expect(paper).toMatchObject({ documentType: 'minutes', meetingDate: '2019-06-12' });
    expect(paper.agendaItems).toEqual([]);
  });
});
