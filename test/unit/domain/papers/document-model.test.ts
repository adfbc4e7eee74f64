import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { readLines } from '../../../../functions/domain/papers/furniture.ts';
import { findMeetingDate } from '../../../../functions/domain/papers/meeting-date.ts';
import { publicExtraction, publicText } from '../../../../functions/domain/papers/public-view.ts';
import { markdownText } from '../../../../functions/domain/papers/readers/markdown-text.ts';
import { readingOf } from '../../../../functions/domain/papers/reading.ts';
import { compareNumbers } from '../../../../functions/domain/papers/sections.ts';

const lines = (text: string) => readLines(text);

describe('page furniture', () => {
  it('drops a page number at a page break and joins the paragraph it cut', () => {
    // Prepare
    const text =
      'Clerk to ask Steve\n\n                 1\n\fBaldwin if the report may go online.\nNext point.';

    // Act
    const read = lines(text).map((line) => line.text);

    // Assess
    expect(read).toEqual([
      'Clerk to ask Steve',
      'Baldwin if the report may go online.',
      'Next point.',
    ]);
  });

  it('drops a running footer repeated on every page but keeps the first page heading', () => {
    // Prepare
    const page = (n: number, body: string) =>
      `TINTERN COMMUNITY COUNCIL\n${body}\n${body} again.\n${body} once more.\n${body} last.\nMinutes 29 July 2019 Page ${n} of 3`;
    const text = [page(1, 'First'), page(2, 'Second'), page(3, 'Third')].join('\n\f');

    // Act
    const read = lines(text).map((line) => line.text);

    // Assess
    expect(read.filter((line) => /TINTERN|Page/.test(line))).toEqual(['TINTERN COMMUNITY COUNCIL']);
    expect(read).toHaveLength(1 + 3 * 4);
  });
});

describe('Markdown as text', () => {
  it('blanks the front matter and undoes escapes and block quotes, line for line', () => {
    // Act
    const text = markdownText(
      '---\ndate: 2025-06-02\n---\n1\\. MINUTES\n> a\\) **Trolleys** noted',
      decodeHTML,
    );

    // Assess
    expect(text.split('\n')).toEqual(['', '', '', '1. MINUTES', 'a) **Trolleys** noted']);
  });
});

describe('meeting date', () => {
  const front = (text: string) => readLines(text);

  it('takes a heading line that is one date, not the earlier meeting an item names', () => {
    // Prepare
    const text =
      'MINUTES OF THE MEETING OF SOULDERN PARISH COUNCIL\n\nON 30th October 2025\n\n10.25.03 To receive the minutes\nThe minutes of the meeting held on 25th September 2025 were agreed.';

    // Act
    const { found } = findMeetingDate(front(text), text.split('\n'));

    // Assess
    expect(found).toMatchObject({ value: '2025-10-30', line: 3, evidence: 'heading' });
  });

  it('gives no date, and says why, when the front states two', () => {
    // Prepare
    const text =
      'Planning Committee\nTuesday 4 March 2025\nAGENDA\nThursday 6 March 2025\n\n1. Apologies';

    // Act
    const extraction = extractPaper(text);

    // Assess
    expect(extraction.meetingDate).toBeNull();
    expect(extraction.warnings.join(' ')).toMatch(/2025-03-04, 2025-03-06/);
  });

  it('never reads a revision or publication date as the meeting', () => {
    // Prepare
    const text =
      'REVISED 23 April 2019\nBOARD OF HEALTH\nPublished: 20 April 2019\n\n1. Call to Order.';

    // Act
    const { found } = findMeetingDate(front(text), text.split('\n'));

    // Assess
    expect(found).toBeUndefined();
  });
});

describe('item numbers', () => {
  it('orders minute numbers, levels, letters and suffixes as a reader does', () => {
    // Assess
    expect(compareNumbers('10.25.01', '10.25.02')).toBeLessThan(0);
    expect(compareNumbers('19/05/01', '19/05/02')).toBeLessThan(0);
    expect(compareNumbers('4', '4A')).toBeLessThan(0);
    expect(compareNumbers('A', 'B')).toBeLessThan(0);
    expect(compareNumbers('8', 'I')).toBe(0);
  });

  it('keeps the longest run of items that follow one another, not a street number above them', () => {
    // Prepare
    const text =
      '4045 PALOS VERDES DRIVE NORTH\nRegular Meeting Agenda\n\n1. CALL MEETING TO ORDER\n2. SALUTE TO THE FLAG\n3. ROLL CALL';

    // Act
    const items = extractPaper(text).agendaItems;

    // Assess
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'CALL MEETING TO ORDER'],
      ['2', 'SALUTE TO THE FLAG'],
      ['3', 'ROLL CALL'],
    ]);
  });
});

describe('decisions in minutes without RESOLVED blocks', () => {
  it('reads the minutes approved, a carried motion and "it was agreed that", not a failed motion', () => {
    // Prepare
    const text = [
      'Minutes of a meeting of the Parish Council held on Monday 29th July 2019 at 7.00pm.',
      '',
      '1. Minutes: The minutes of the meeting held on 24 June 2019 were approved as a correct record.',
      '',
      '2. Speed limit: It was agreed that the Clerk write to the Highways team.',
      '',
      '3. Bench: Cllr Adams made a motion, seconded by Cllr Brown, to buy a bench. Motion carried.',
      '',
      '4. Car park: Cllr Cole made a motion, seconded by Cllr Dee, to close the car park. The motion failed.',
    ].join('\n');

    // Act
    const resolutions = extractPaper(text).resolutions;

    // Assess
    expect(resolutions.map((resolution) => [resolution.item, resolution.text])).toEqual([
      ['1', 'The minutes of the meeting held on 24 June 2019 were approved as a correct record.'],
      ['2', 'the Clerk write to the Highways team.'],
      ['3', 'to buy a bench'],
    ]);
  });
});

describe('what an officer is shown', () => {
  it('summarises kind, body, date and counts with the warnings', () => {
    // Prepare
    const extraction = extractPaper(
      'Planning Committee\nMINUTES\nDate: 9 May 2023\n\nPresent: Cllr A Jones, Cllr B Patel\n\n1. Apologies\n2. Minutes\n\nRESOLVED that the plan be approved.',
    );

    // Act
    const reading = readingOf(extraction);

    // Assess
    expect(reading).toMatchObject({
      documentType: 'minutes',
      meetingDate: '2023-05-09',
      items: 2,
      attendees: 2,
      decisions: 1,
    });
  });
});

describe('where the meeting is held', () => {
  it('reads the place after the date and time of a heading line', () => {
    // Act
    const extraction = extractPaper(
      'Souldern Parish Council - Meeting of the Parish Council\n30th October 2025 at 7.30pm in the Village Hall\n\n1 Apologies',
    );

    // Assess
    expect(extraction).toMatchObject({
      meetingDate: '2025-10-30',
      meetingTime: '19:30',
      venue: 'Village Hall',
    });
  });

  it('joins an address printed under the date, but takes no street named in a report title', () => {
    // Prepare
    const agenda =
      'PLANNING COMMISSION AGENDA\nSeptember 29, 2022 at 9:00 A.M.\nCouncil Chamber, 12th Floor,\nCity Administration Building,\n202 C Street, San Diego, California 92101\n\n1. Roll Call';
    const report =
      'Neighbourhood Committee\n15 January 2026\nCoombe Lane West Zebra Crossing - Local Consultation Results\nReport by A Officer';

    // Act
    const venues = [extractPaper(agenda).venue, extractPaper(report).venue];

    // Assess
    expect(venues).toEqual([
      'Council Chamber, 12th Floor, City Administration Building, 202 C Street, San Diego, California 92101',
      null,
    ]);
  });
});

describe('the council', () => {
  it('reads a municipality printed over two heading lines', () => {
    // Act
    const extraction = extractPaper(
      'CITY OF\nROLLING HILLS ESTATES\nRegular Meeting Agenda\n\n1. CALL MEETING TO ORDER',
    );

    // Assess
    expect(extraction.council).toBe('City of Rolling Hills Estates');
  });
});

describe('exempt parts of a public paper', () => {
  const minutes = readFileSync(
    new URL('../../../fixtures/patterns/exempt-part-minutes.txt', import.meta.url),
    'utf8',
  );

  it('withholds only the item that carries the marking, not the paper', () => {
    // Act
    const extraction = extractPaper(minutes);

    // Assess
    expect(extraction.exempt.exempt).toBe(false);
    expect(extraction.withheldParts).toEqual([
      expect.objectContaining({ startLine: 6, endLine: 10, paragraphs: ['3'], toEnd: false }),
    ]);
  });

  it('shows the public its text and decisions without the exempt item', () => {
    // Prepare
    const extraction = extractPaper(minutes);

    // Act
    const text = publicText(minutes, extraction.withheldParts);
    const shown = publicExtraction(extraction);

    // Assess
    expect(text).not.toContain('Acme');
    expect(text).toContain('[Withheld from publication (lines 6-10): item 67/23 is marked exempt');
    expect(text).toContain('the next meeting be held in January');
    expect(shown.resolutions.map((resolution) => resolution.text)).toEqual([
      'the forecast be noted.',
      'the next meeting be held in January.',
    ]);
    expect(shown.agendaItems.map((item) => item.number)).toEqual(['66/23', '67/23', '68/23']);
  });

  it('withholds to the end of the document, and says so, when no item holds the marking', () => {
    // Act
    const prose = Array.from({ length: 30 }, (_, n) => `Paragraph ${n + 1} of the public report.`);
    const extraction = extractPaper(
      [
        'Report to Cabinet',
        'Date: 9 May 2023',
        ...prose,
        'Not for publication by virtue of paragraph 3 of Schedule 12A.',
        'The price is £2m.',
      ].join('\n'),
    );

    // Assess
    expect(extraction.exempt.exempt).toBe(false);
    expect(extraction.withheldParts).toEqual([
      expect.objectContaining({ startLine: 33, endLine: 34, toEnd: true }),
    ]);
    expect(extraction.withheldParts[0]?.reason).toMatch(/rest of the document is withheld/);
  });
});

describe('sub-items', () => {
  it('numbers a run printed under an item beneath it, as "4.1" and "4.2"', () => {
    // Prepare
    const text = [
      'PLANNING COMMISSION',
      'REGULAR MEETING MINUTES',
      '',
      '3.    PUBLIC COMMENT',
      '',
      '4.    APPROVAL OF CONSENT CALENDAR',
      '      1.     Planning Commission Minutes',
      '      2.     Planning Commission Meeting Calendar 2020',
      '',
      '5.    SPECIAL PRESENTATIONS',
    ].join('\n');

    // Act
    const items = extractPaper(text).agendaItems;

    // Assess
    expect(items.map((item) => item.number)).toEqual(['3', '4', '4.1', '4.2', '5']);
  });

  it('numbers lettered lists under sub-headings of an item as the item\'s, restarting at "A."', () => {
    // Prepare
    const text = [
      'AGENDA – April 24, 2019',
      '',
      '10. Approval of Resolutions/Motions:',
      '',
      'REGULAR ACTIONS OF THE BOARD:',
      '',
      'A. RESOLUTION (2019-37) Accept the grant.',
      '',
      'B. RESOLUTION (2019-38) Authorize the Health Commissioner to enter into a contract.',
      '',
      'FIRST READING:',
      '',
      'A. RESOLUTION (2019-46) Approval to amend the Clinic Fee Schedule.',
      '',
      '11. Miscellaneous Business.',
    ].join('\n');

    // Act
    const items = extractPaper(text).agendaItems;

    // Assess
    expect(items.map((item) => item.number)).toEqual(['10', '10.A', '10.B', '10.A', '11']);
    expect(items[2]?.title).toBe(
      'RESOLUTION (2019-38) Authorize the Health Commissioner to enter into a contract',
    );
  });
});

describe('item titles', () => {
  it('joins a title in capitals that the typesetter wrapped, up to the line in another style', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '4. CONSENT CALENDAR',
      '',
      'I. PALOS VERDES PENINSULA PUBLIC SAFETY COMMITTEE AND',
      'REGIONAL CONTRACT LAW COMMITTEE MINUTES OF SEPTEMBER',
      '2022',
      'Recommendation: Receive and file.',
      '',
      'J. TENNIS TOURNAMENT DEBRIEF',
      'Memorandum from the Director of Recreation',
      '',
      '5. CEREMONIAL ITEMS',
    ].join('\n');

    // Act
    const titles = extractPaper(text).agendaItems.map((item) => item.title);

    // Assess
    expect(titles).toEqual([
      'CONSENT CALENDAR',
      'PALOS VERDES PENINSULA PUBLIC SAFETY COMMITTEE AND REGIONAL CONTRACT LAW COMMITTEE MINUTES OF SEPTEMBER 2022',
      'TENNIS TOURNAMENT DEBRIEF',
      'CEREMONIAL ITEMS',
    ]);
  });

  it('reads a short sentence standing as its own paragraph as an item, without its stop', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '1. Call to Order.',
      '',
      '2. Motion to amend agenda items as highlighted on revised agenda.',
      '',
      '3. Motion to adjourn the meeting.',
    ].join('\n');

    // Act
    const titles = extractPaper(text).agendaItems.map((item) => item.title);

    // Assess
    expect(titles).toEqual([
      'Call to Order',
      'Motion to amend agenda items as highlighted on revised agenda',
      'Motion to adjourn the meeting',
    ]);
  });
});

describe('attendance', () => {
  it('reads names laid out in columns under their heads, one person a cell', () => {
    // Prepare
    const text = [
      'MINUTES OF THE PARISH COUNCIL MEETING',
      '',
      'Present:\tMembers of the Public:',
      '',
      'Nick Oakhill (NO) CHAIR',
      'Kate Green (KG)\tCllr Gareth Epps',
      'Rob Large (RL)',
      '',
      '10.25.01\tApologies for absence',
    ].join('\n');

    // Act
    const attendance = extractPaper(text).attendance;

    // Assess
    expect(attendance.present).toEqual(['Nick Oakhill', 'Kate Green', 'Rob Large']);
    expect(attendance.inAttendance).toEqual(['Gareth Epps']);
  });

  it("reads the roll-call table of Legistar minutes by each member's status", () => {
    // Prepare
    const text = [
      'REGULAR MEETING MINUTES',
      '',
      '1. CALL TO ORDER AND ROLL CALL',
      'Attendee Name Title Status Arrived',
      'Andrei Garcia Commissioner Late 7:08 p.m.',
      'Robert Allen Fisk Commissioner Present',
      'Uriel Hernandez Commissioner Absent',
      'Juan Mendez Alternate Present',
      '',
      '2. APPROVAL OF THE AGENDA',
    ].join('\n');

    // Act
    const attendance = extractPaper(text).attendance;

    // Assess
    expect(attendance.present).toEqual(['Andrei Garcia', 'Robert Allen Fisk', 'Juan Mendez']);
    expect(attendance.apologies).toEqual(['Uriel Hernandez']);
  });

  it('reads a numbered item that is a label with its names', () => {
    // Prepare
    const text = [
      'Minutes of the meeting of the Community Council',
      '',
      'Present: Cllrs Hayward, Hillard and Richards.',
      '',
      '2725. Public Forum: No one present.',
      '',
      '2726. Apologies for absence: Cllr Hoskins.',
    ].join('\n');

    // Act
    const attendance = extractPaper(text).attendance;

    // Assess
    expect(attendance.present).toEqual(['Hayward', 'Hillard', 'Richards']);
    expect(attendance.apologies).toEqual(['Hoskins']);
  });
});

describe('decisions recorded as votes and resolutions', () => {
  it('reads the actions asked for above a Legistar RESULT block, and no failed vote', () => {
    // Prepare
    const text = [
      'REGULAR MEETING MINUTES',
      '',
      '2. APPROVAL OF THE AGENDA',
      'RESULT: APPROVED [UNANIMOUS]',
      'MOTION BY: Mashack',
      '',
      '4. APPROVAL OF CONSENT CALENDAR',
      '1. Planning Commission Meeting Calendar 2020',
      'Approve the proposed Planning Commission Meeting Schedule for',
      'Calendar Year 2020.',
      'RESULT: ADOPTED [UNANIMOUS]',
      '',
      '5. ELECTION OF CHAIR',
      'Appoint a new Chair.',
      'RESULT: FAILED [3-4]',
    ].join('\n');

    // Act
    const decisions = extractPaper(text).resolutions.map((decision) => decision.text);

    // Assess
    expect(decisions).toEqual([
      'APPROVED [UNANIMOUS]',
      'Approve the proposed Planning Commission Meeting Schedule for Calendar Year 2020',
    ]);
  });

  it('reads "BE IT RESOLVED" in minutes with its further resolutions as one decision', () => {
    // Prepare
    const text = [
      'MINUTES OF THE COUNCIL MEETING',
      '',
      'WHEREAS Council must elect the members of its committees;',
      '',
      'THEREFORE BE IT RESOLVED that the by-law be amended;',
      '',
      'AND BE IT FURTHER RESOLVED that Council make the following appointments:',
    ].join('\n');

    // Act
    const decisions = extractPaper(text).resolutions.map((decision) => decision.text);

    // Assess
    expect(decisions).toEqual([
      'the by-law be amended; AND BE IT FURTHER RESOLVED that Council make the following appointments:',
    ]);
  });

  it('reads an item whose record opens with its outcome, and "it was agreed to"', () => {
    // Prepare
    const text = [
      'Minutes of the meeting of the Community Council',
      '',
      '2728. Approval of minutes of previous meeting: Approved and signed as correct.',
      '',
      '2729. Website: Members discussed the website. It was agreed to investigate hosting.',
    ].join('\n');

    // Act
    const decisions = extractPaper(text).resolutions.map((decision) => decision.text);

    // Assess
    expect(decisions).toEqual([
      'Approved and signed as correct.',
      'It was agreed to investigate hosting.',
    ]);
  });
});

describe('what an agenda recommends', () => {
  it('reads labelled recommendations, one alone above its text, and "Staff recommends" sentences', () => {
    // Prepare
    const text = [
      'CITY COUNCIL AGENDA',
      '',
      '4. CONSENT CALENDAR',
      'A. DEMANDS AND WARRANTS',
      'Recommendation: That the City Council approve the warrants in the amount of',
      '$812,506.67.',
      'Attachments: Warrants',
      '',
      '5. MEETING MINUTES – Staff recommends the Council approve the minutes of',
      'October 18, 2022, as submitted. 315-05-03',
      '',
      'DEPARTMENT RECOMMENDATION',
      'Recommend that the City Council Approve the Project',
      '',
      'Members of the public may speak on any item.',
    ].join('\n');

    // Act
    const recommendations = extractPaper(text).recommendations.map((item) => item.text);

    // Assess
    expect(recommendations).toEqual([
      'That the City Council approve the warrants in the amount of $812,506.67.',
      'Staff recommends the Council approve the minutes of October 18, 2022, as submitted.',
      'Recommend that the City Council Approve the Project',
    ]);
  });
});

describe('Roman numerals', () => {
  it('reads an agenda numbered I., II., … with lettered items under a numeral, as an agenda', () => {
    // Prepare
    const text = [
      'BOARD OF TRUSTEES',
      'REGULAR MEETING AGENDA',
      '',
      'I. CALL TO ORDER',
      '',
      'II. APPROVAL OF MINUTES',
      '',
      'III. CONSENT AGENDA',
      'A. Personnel Actions',
      'B. Contracts',
      '',
      'IV. ADJOURNMENT',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('agenda');
    expect(paper.agendaItems.map((item) => item.number)).toEqual([
      'I',
      'II',
      'III',
      'III.A',
      'III.B',
      'IV',
    ]);
  });
});

describe('actions in minutes', () => {
  it('reads sentences that give the clerk, a councillor or members by initials a task', () => {
    // Prepare
    const text = [
      'Minutes of the meeting of the Parish Council',
      '',
      '2731. Footpaths: The stile is broken. Clerk to contact the county council for a repair.',
      '',
      '2732. Bench: Action - NO/HD to prepare a plan for the village. The Clerk reported on costs.',
      '',
      '2733. Website: Cllr Richards will update the page.',
    ].join('\n');

    // Act
    const actions = extractPaper(text).actions.map((action) => [action.owner, action.text]);

    // Assess
    expect(actions).toEqual([
      ['Clerk', 'Clerk to contact the county council for a repair'],
      ['NO/HD', 'NO/HD to prepare a plan for the village'],
      ['Cllr Richards', 'Cllr Richards will update the page'],
    ]);
  });
});

describe('a French procès-verbal', () => {
  it('reads its date, time, place and who was present or excused', () => {
    // Prepare
    const text = [
      'Réunion du Conseil Municipal',
      'du 12 juillet 2023',
      '',
      'Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont',
      'réunis à la mairie de la commune de Coulon sous la présidence de Madame Anne GUICHET, Maire.',
      '',
      'Étaient présents : Mmes et Mrs Fabrice BERJONNEAU, Juliette DELAVALLE.',
      'Étaient absents et excusés Patrick CARTIER (pouvoir à Juliette DELAVALLE), Pascal MORIN.',
      '',
      'Date de convocation : 06 juillet 2023',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper).toMatchObject({
      documentType: 'minutes',
      meetingDate: '2023-07-12',
      meetingTime: '20:00',
      venue: 'la mairie de la commune de Coulon',
    });
    expect(paper.attendance.present).toEqual(['Fabrice BERJONNEAU', 'Juliette DELAVALLE']);
    expect(paper.attendance.apologies).toEqual(['Patrick CARTIER', 'Pascal MORIN']);
  });
});
