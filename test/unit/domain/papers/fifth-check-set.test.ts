import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { cleanLine } from '../../../../functions/domain/papers/lines.ts';
import { readPaper } from '../../../../functions/domain/papers/read-paper.ts';
import { noScans } from '../../../support/page-ocr.ts';

// Layouts met on the fifth check set (real papers from councils the extractor had not seen), each
// reduced to the few lines that carry the pattern.

describe('who attended, listed one to a numbered line', () => {
  it('reads a numbered list of people under PRESENT as attendance, not as agenda items', () => {
    // Prepare
    const text = [
      'KALOMO TOWN COUNCIL',
      'TITLE : COMMUNITY ENGAGEMENT MEETING MINUTES',
      'PRESENT',
      '1. Trophius Kufanga - Council Secretary (Chairperson- Kalomo Town',
      'i. Council)',
      '2. Jimmy Mubanga - Director Finance',
      '3. Joel Mwempe - Ass. Director of Engineering Services',
      '1 | Page',
      '4. Terry C. Chizyuka - Community Member',
      'CES/01/11/24 OPENING PRAYER',
      'The meeting started with a word of prayer.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual([
      'Trophius Kufanga',
      'Jimmy Mubanga',
      'Joel Mwempe',
      'Terry C. Chizyuka',
    ]);
    expect(
      paper.agendaItems.filter((item) => /Kufanga|Mubanga|Mwempe|Chizyuka/.test(item.title)),
    ).toEqual([]);
  });
});

describe('bodies named in capitals', () => {
  it('reads "BOARD OF COMMISSIONERS" and a committee on a subject whole', () => {
    // Prepare
    const board = [
      'LANCASTER COUNTY BOARD OF COMMISSIONERS',
      'TUESDAY, SEPTEMBER 8, 2026, AT 9:00 AM',
      'COUNTY-CITY BUILDING, ROOM 112',
      'AGENDA',
    ].join('\n');
    const committee = [
      'SACRAMENTO COUNTY COMMITTEE ON SCHOOL DISTRICT ORGANIZATION',
      '',
      'Tuesday, December 14, 2021',
      '',
      'MINUTES – Unapproved',
      '1. CALL TO ORDER AND ROLL CALL',
    ].join('\n');

    // Act
    const fromBoard = extractPaper(board);
    const fromCommittee = extractPaper(committee);

    // Assess
    expect(fromBoard.body).toBe('BOARD OF COMMISSIONERS');
    expect(fromBoard.venue).toBe('COUNTY-CITY BUILDING, ROOM 112');
    expect(fromCommittee.body).toBe('SACRAMENTO COUNTY COMMITTEE ON SCHOOL DISTRICT ORGANIZATION');
    expect(fromCommittee.venue).toBeNull();
  });

  it('joins a name in capitals wrapped after a word, before reading its first line alone', () => {
    // Prepare
    const text = [
      'BOARD OF WATER AND POWER',
      'COMMISSIONERS',
      'DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES',
      '',
      'REGULAR MEETING AGENDA',
      'Tuesday, January 11, 2022, at 10:00 AM',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.body).toBe('BOARD OF WATER AND POWER COMMISSIONERS');
  });
});

describe('where the meeting was held', () => {
  it('takes the place a meeting was held in, not where another discussion was', () => {
    // Prepare
    const held = [
      'Minutes',
      '',
      '_Held in Ayton Community Hall at 7:00pm._',
      '',
      'Present: A Smith',
    ];
    const discussion = [
      'Parent Council Minutes',
      '',
      '- Then summarised the discussion held at the pub last month (fundraising and school ideas)',
    ];

    // Act
    const inHall = extractPaper(held.join('\n'));
    const atPub = extractPaper(discussion.join('\n'));

    // Assess
    expect(inHall).toMatchObject({ venue: 'Ayton Community Hall', meetingTime: '19:00' });
    expect(atPub.venue).toBeNull();
  });

  it('drops single emphasis marks, but not marks inside words or alone', () => {
    // Act
    const cleaned = [
      '_Held in the Hall._',
      'Trevor Smith — *Secretary*',
      'snake_case_name',
      'press *9.',
    ].map(cleanLine);

    // Assess
    expect(cleaned).toEqual([
      'Held in the Hall.',
      'Trevor Smith — Secretary',
      'snake_case_name',
      'press *9.',
    ]);
  });
});

describe('decisions recorded around motions', () => {
  it('reads a motion seconded and carried by a recorded tally, its words carried onto the next line', () => {
    // Prepare
    const text = [
      'Town of Amherst',
      'Minutes',
      '1. Proclamations',
      'MOTION: Councilor Hanneke moved, second by Councilor De Angelis, to adopt the Resolution in',
      'Support of the Temporary Shelter, as amended.',
      'VOTED 9-0-0 (Councilors Pam and Schoen were absent) to adopt the Resolution.',
      '2. Adjournment',
    ].join('\n');

    // Act
    const { resolutions } = extractPaper(text);

    // Assess
    expect(resolutions.map((resolution) => resolution.text)).toEqual([
      'to adopt the Resolution in Support of the Temporary Shelter, as amended',
    ]);
  });

  it('reads a motion said alone under its recorded result, and no decision from the result word alone', () => {
    // Prepare
    const text = [
      'MINUTES',
      'MEMBERS PRESENT: Mr. James Haden',
      'MOTION : APPROVED 1 st : Ms. Titus 2 nd : Ms. Parati',
      'Ms. Titus, I make a motion to approve this application as submitted.',
      'VOTE : 7/0 AYES : HADEN, TITUS',
      'Ms. Marshall made a motion to approve the minutes for April.',
      'VOTE: 11/0 AYES: HADEN, MARSHALL',
      'DECISION: APPROVED.',
      'Mr. Jordan made a motion to defer the application.',
      'VOTE: 2/7',
    ].join('\n\n');

    // Act
    const { resolutions } = extractPaper(text);

    // Assess
    expect(resolutions.map((resolution) => resolution.text)).toEqual([
      'Ms. Titus, I make a motion to approve this application as submitted.',
      'Ms. Marshall made a motion to approve the minutes for April.',
    ]);
  });

  it('reads what a community council agreed, by its initials or as "we"', () => {
    // Prepare
    const text = [
      'Minutes of the Community Council meeting',
      '',
      'Present: Alan McFadzean, Trevor Smith',
      '',
      'The CC agreed to support this campaign and TS would contact JA.',
      '',
      'It was agreed we would raise this issue with our elected members.',
      '',
      'We discussed whether the hall could be painted.',
    ].join('\n');

    // Act
    const { resolutions } = extractPaper(text);

    // Assess
    expect(resolutions.map((resolution) => resolution.text)).toEqual([
      'The CC agreed to support this campaign and TS would contact JA.',
      'It was agreed we would raise this issue with our elected members.',
    ]);
  });
});

describe('what the samples set on the line below', () => {
  it('reads an item’s time and pages from the line under its title', () => {
    // Prepare
    const text = [
      'Agenda',
      '',
      '5 CHAIRMAN’S REPORT',
      '',
      '10:40',
      '',
      'For the chairman to provide an update.',
      '',
      '6 HOME TO SCHOOL TRANSPORT CONSULTATION',
      '',
      '10:50 11 - 12',
      '',
      'To seek Members’ views.',
    ].join('\n');

    // Act
    const { agendaItems } = extractPaper(text);

    // Assess
    expect(agendaItems.map((item) => [item.number, item.time, item.pages])).toEqual([
      ['5', '10:40', null],
      ['6', '10:50', '11 - 12'],
    ]);
  });

  it('takes a report’s body from whom it asks to decide, with a warning, only when it asks one', () => {
    // Prepare
    const report = (asks: string[]) =>
      [
        'Report of the Director of Children’s Services',
        'Summary',
        'The purpose of this report is to provide Cabinet with a summary of the service.',
        'Recommendation',
        ...asks,
        '1. The following section gives an overview of this report.',
      ].join('\n');

    // Act
    const one = extractPaper(report(['Cabinet is asked to note the developments.']));
    const two = extractPaper(
      report([
        'Cabinet is asked to note the developments.',
        'The Audit Committee is asked to review it.',
      ]),
    );

    // Assess
    expect(one).toMatchObject({ documentType: 'report', body: 'Cabinet' });
    expect(one.warnings.join(' ')).toContain('Body read from the report');
    expect(two.body).toBeNull();
  });
});

describe('a numbered list of attendees whose roles run on after the names', () => {
  it('reads the names before the roles the list repeats, across a page footer, and types the paper as minutes', () => {
    // Prepare
    const text = [
      'KALOMO TOWN COUCIL',
      'TITLE COMMUNITY ENGAGEMENT STAKEHOLDER',
      'ATTENDEES',
      '1. Sayford Muleya Community Member',
      '2. Simbeleko Florence Community Member',
      '3. Jimmy Simubali Village Headman',
      '1 | Page',
      '4. Fegson Mweemba Village Headman',
      '5. Choolwe Hachija Chief Accountant',
      'AGENDA: To enable capture the relevant contents',
      'OPENING REMARKS',
      'The meeting was called to order at 14:20 hours.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('minutes');
    expect(paper.attendance.present).toEqual([
      'Sayford Muleya',
      'Simbeleko Florence',
      'Jimmy Simubali',
      'Fegson Mweemba',
    ]);
    expect(paper.agendaItems).toEqual([]);
  });
});

describe('staff and agendas whose items end with a stop', () => {
  it('reads staff an organisation names as its own as in attendance, one to a paragraph', () => {
    // Prepare
    const text = [
      'Minutes',
      'Chair Kemp called the meeting to order at 5:35 p.m.',
      'RTD STAFF PRESENT',
      'Bruce Abel',
      'David Genova',
      'OTHERS PRESENT',
      'Ferd Belz, Michelle Brier',
    ].join('\n\n');

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.inAttendance).toEqual([
      'Bruce Abel',
      'David Genova',
      'Ferd Belz',
      'Michelle Brier',
    ]);
    expect(attendance.present).toEqual([]);
  });

  it('keeps an agenda’s items that end with a stop beside other lists numbered from 1', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '1. Call to Order.',
      '   a. Roll Call.',
      '2. Approval of the Agenda.',
      '3. Committee Chair Reports.',
      '   a. Committee Chair report of January 16, 2024, Finance and Audit Committee',
      '',
      'ANNOUNCEMENT OF CLOSED SESSION AGENDA:',
      '1. Conference with Legal Counsel – Anticipated Litigation.',
      '',
      'The following reports are attached for information:',
      '1. Quarterly Report.',
      '2. Annual Report.',
    ].join('\n');

    // Act
    const { agendaItems } = extractPaper(text);

    // Assess
    expect(agendaItems.map((item) => item.title).slice(0, 3)).toEqual([
      'Call to Order',
      'Approval of the Agenda',
      'Committee Chair Reports',
    ]);
  });
});

describe('the opening of minutes, as a PDF sets it', () => {
  it('passes over a superscript ordinal on its own line and takes the title the opening states', () => {
    // Prepare
    const text = [
      'TINTERN COMMUNITY COUNCIL',
      '',
      'th',
      'Minutes of a meeting of the above Council held on Monday 29 July 2019 at 7.00pm in',
      'Tintern Village Hall.',
      '',
      'Present: Chairman Cllr Mrs Shewell, Cllrs Hayward and Hillard.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper).toMatchObject({
      title: 'Minutes of a meeting of the above Council',
      meetingDate: '2019-07-29',
      meetingTime: '19:00',
      venue: 'Tintern Village Hall',
    });
  });
});

describe('what a PDF sets apart from its line', () => {
  it('puts a superscript ordinal back after its number in the line below it', async () => {
    // Prepare
    const pdf = readFileSync(
      new URL(
        '../../../fixtures/corpus/papers/11_wales-tintern-cc-minutes-2019-07-29.pdf',
        import.meta.url,
      ),
    );

    // Act
    const source = await readPaper(pdf, { ocr: noScans });

    // Assess
    expect(source.text).toContain('held on Monday 29th July 2019 at 7.00pm');
    expect(source.text.split('\n')).not.toContain('th');
  });

  it('reads no item from a running head numbered with its page', () => {
    // Prepare
    const text = [
      'Minutes',
      '1. Call to order',
      'The Speaker took the chair.',
      '2 COUNCIL OF THE CITY OF WINNIPEG',
      '2. Appointments',
      '3 COUNCIL OF THE CITY OF WINNIPEG',
      '3. Reports',
      '4 COUNCIL OF THE CITY OF WINNIPEG',
    ].join('\n\n');

    // Act
    const { agendaItems } = extractPaper(text);

    // Assess
    expect(agendaItems.map((item) => item.title)).toEqual([
      'Call to order',
      'Appointments',
      'Reports',
    ]);
  });
});

describe('US agendas’ lettered items in capitals', () => {
  it('reads one lettered item under a numbered one, and titles in capitals wrapped over lines', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '5. CEREMONIAL ITEMS',
      '',
      'A. PRESENTATION TO RETIRING COUNCIL MEMBER STEVE ZUCKERMAN',
      '',
      '6. NEW BUSINESS',
      '',
      'A. PLANNING APPLICATION NO. 220504',
      'DETERMINATION THAT UNLISTED USE IS SIMILAR',
      'LOCATION: 712 DEEP VALLEY DRIVE',
      'Memorandum from Jeannie Naughton, Community Development Director',
      '',
      'B. EQUINE EMERGENCY SHELTERING AGREEMENT',
      '',
      '7. ADJOURNMENT',
    ].join('\n');

    // Act
    const { agendaItems } = extractPaper(text);

    // Assess
    expect(agendaItems.map((item) => [item.number, item.title])).toEqual([
      ['5', 'CEREMONIAL ITEMS'],
      ['5.A', 'PRESENTATION TO RETIRING COUNCIL MEMBER STEVE ZUCKERMAN'],
      ['6', 'NEW BUSINESS'],
      ['6.A', 'PLANNING APPLICATION NO. 220504 DETERMINATION THAT UNLISTED USE IS SIMILAR'],
      ['6.B', 'EQUINE EMERGENCY SHELTERING AGREEMENT'],
      ['7', 'ADJOURNMENT'],
    ]);
  });
});

describe('a label a space away from its value', () => {
  it('takes the place without the "Place" label a PDF set beside it', () => {
    // Prepare
    const text = [
      'Suffolk Libraries Board',
      'Minutes',
      'Date 28 July 2016',
      'Place Council Chamber, Eye Town Hall',
      'Present: Tony Brown, Sylvia Knights',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.venue).toBe('Council Chamber, Eye Town Hall');
  });
});
