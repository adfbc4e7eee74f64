import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { readPaper } from '../../../../functions/domain/papers/read-paper.ts';
import { noScans } from '../../../support/page-ocr.ts';

// Layouts met on the second and third check sets (real papers from councils the extractor had not
// seen), each reduced to the few lines that carry the pattern.

const bytes = (text: string) => new TextEncoder().encode(text);

describe('papers saved by websites', () => {
  it('reads an HTML fragment with no <html> or <body> as HTML, not as text with tags', async () => {
    // Prepare
    const page =
      '<div class="minutes">\n<p>Salem Community Council held their meeting at 7.30pm on the 12th February 2020 at the Reading Room, Cwmifor.</p>\n<h4>PRESENT</h4>\n<p>Councillors Alun Davies and Owen Williams.</p>\n<ol><li><h4>WELCOME</h4><p>Cllr. O. Williams took the Chair.</p></li></ol>\n</div>';

    // Act
    const source = await readPaper(bytes(page), { ocr: noScans });
    const paper = extractPaper(source.text);

    // Assess
    expect(source.format).toBe('html');
    expect(source.text).not.toContain('<p>');
    expect(paper).toMatchObject({
      council: 'Salem Community Council',
      meetingDate: '2020-02-12',
      meetingTime: '19:30',
      venue: 'Reading Room, Cwmifor',
    });
  });

  it('reads a WordPress export as Markdown: front matter blanked, escapes and hidden spans gone', async () => {
    // Prepare
    const post = [
      '---',
      'title: "Minutes"',
      'date: "2009-09-01"',
      '---',
      '',
      '<span style="display:none;">Parish Councils</span>',
      '',
      'DRAFT MINUTES OF WRETTON PARISH COUNCIL MEETING',
      '',
      'HELD AT THE CHURCH TUESDAY 14th JULY 2009',
      '',
      '1\\. Apologies for Absence accepted from:',
      '',
      'Cllr L Peake',
      '',
      '2\\. Declarations of Interest made:',
    ].join('\n');

    // Act
    const source = await readPaper(bytes(post), { ocr: noScans });
    const paper = extractPaper(source.text);

    // Assess
    expect(source.format).toBe('markdown');
    expect(source.text).not.toMatch(/Parish Councils|1\\\./);
    expect(paper.meetingDate).toBe('2009-07-14');
    expect(paper.attendance.apologies).toEqual(['L Peake']);
  });
});

describe('dates and numbers', () => {
  it('takes the meeting a summons calls, not the date the letter was sent', () => {
    // Prepare
    const text = [
      '10th September, 2014',
      '',
      'To The Mayor & each Member of Metropolitan District of Limerick',
      '',
      'You are requested to attend a Meeting of the Metropolitan District of Limerick to be',
      '',
      'held in the Council Chamber, City Hall, Limerick, on Monday, 15th',
      '',
      'September, 2014 at 9.30 a.m.',
      '',
      'AGENDA',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.meetingDate).toBe('2014-09-15');
  });

  it('reads item numbers printed after their titles and numbers set alone above their titles', () => {
    // Prepare
    const after =
      'Minutes Approved (D)\nText.\n\nRecognition: Awareness Week (E-1a)\nText.\n\nHigh School Reports (E-2)\nText.\n\nVisitor Comments (F)\nText.';
    const alone = 'AGENDA\n\n1.\n\nMinutes\n\n2.\n\nStanding Orders\n\n3.\n\nRight of Way';

    // Act
    const lettered = extractPaper(after).agendaItems.map((item) => [item.number, item.title]);
    const numbered = extractPaper(alone).agendaItems.map((item) => [item.number, item.title]);

    // Assess
    expect(lettered).toEqual([
      ['D', 'Minutes Approved'],
      ['E-1a', 'Recognition: Awareness Week'],
      ['E-2', 'High School Reports'],
      ['F', 'Visitor Comments'],
    ]);
    expect(numbered).toEqual([
      ['1', 'Minutes'],
      ['2', 'Standing Orders'],
      ['3', 'Right of Way'],
    ]);
  });
});

describe('decisions recorded as motions', () => {
  it('reads several "Motion by …, second by …" in one paragraph, each with its outcome', () => {
    // Prepare
    const text =
      'MINUTES OF THE TOWN BOARD\n\n1. Minutes\n\nMotion by Gary Mantay, second by Janet Keough to approve the minutes.  Motion carried.  Motion by Janet Keough, second by Gary Mantay to approve the transfer of $4,480.42 to the checking account.  Motion carried.  Motion by Dick Dillon, second by Gary Mantay to buy a boat.  Motion failed.';

    // Act
    const decisions = extractPaper(text).resolutions.map((resolution) => resolution.text);

    // Assess
    expect(decisions).toEqual([
      'to approve the minutes',
      'to approve the transfer of $4,480.42 to the checking account',
    ]);
  });

  it('reads "made the motion … seconded" and "UPON MOTION duly made and seconded", not adjourning', () => {
    // Prepare
    const text =
      'MINUTES OF THE BOARD OF SELECTMEN\n\n1. Grants\n\nStearns made the motion to authorize the Town Manager to accept the grant. Emerson seconded the motion. Motion passed 3-0.\n\n2. Leases\n\nUPON MOTION duly made and seconded, the Board approved the lease agreement with Colin Campbell.\n\n3. Close\n\nStearns made the motion to adjourn. Emerson seconded the motion. Motion passed 3-0.';

    // Act
    const decisions = extractPaper(text).resolutions.map((resolution) => resolution.text);

    // Assess
    expect(decisions).toEqual([
      'to authorize the Town Manager to accept the grant',
      'the Board approved the lease agreement with Colin Campbell',
    ]);
  });

  it('reads a decision that lists what it approved, to the end of its item', () => {
    // Prepare
    const text =
      'MINUTES OF THE COMMUNITY COUNCIL\n\nPresent: Cllr A Jones\n\n12. ACCOUNTS FOR PAYMENT\n\nThe following payments were approved:\n\ni) One Voice Wales, £248.00\n\nii) Audit fee, £183.75\n\n13. ANY OTHER BUSINESS\n\nNone.';

    // Act
    const decisions = extractPaper(text).resolutions.map((resolution) => resolution.text);

    // Assess
    expect(decisions).toEqual([
      'The following payments were approved: i) One Voice Wales, £248.00 ii) Audit fee, £183.75',
    ]);
  });
});

describe('who attended', () => {
  it('puts officers and guests of a roll call, and officers named by their post, in attendance', () => {
    // Prepare
    const text =
      'MINUTES OF THE TOWN BOARD\n\nChair Dick Dillon called the meeting to order. Board members present were supervisors Dick Dillon and Gary Mantay, treasurer Ray Barnes, clerk Linda Britton and guests Bill Taft.\n\nPresent: Chairman Carrie Gendreau, Selectman Roger Emerson, Town Manager Andrew Dorsett\n\nOthers Present: Skip Sansousy';

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual([
      'Dick Dillon',
      'Gary Mantay',
      'Carrie Gendreau',
      'Roger Emerson',
    ]);
    expect(attendance.inAttendance).toEqual([
      'Ray Barnes',
      'Linda Britton',
      'Bill Taft',
      'Skip Sansousy',
      'Town Manager Andrew Dorsett',
    ]);
  });
});
