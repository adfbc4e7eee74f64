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

describe('agendas and their indexes', () => {
  it('reads an index whose items are numbered afresh under each committee report, as one agenda', () => {
    // Prepare
    const index = [
      'INTRODUCTION',
      '',
      'COMMUNICATIONS',
      '',
      'DELEGATIONS',
      '',
      'REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED MARCH 4, 2015',
      '',
      '1. Rezoning – 260 Wellington Crescent – DAZ 235/2014',
      '',
      '2. Vacant Buildings, Taking Title to Vacant and Derelict Buildings, Neighbourhood Liveability, and Zoning By-laws – 2014 Performance Measurement Report',
      '',
      'Appendix A – Community By-law Enforcement Services Online Performance Reports',
      '',
      'Appendix B – Taking Title Without Compensation Process',
      '',
      'REPORT OF THE STANDING POLICY COMMITTEE ON FINANCE DATED MARCH 16, 2015',
      '',
      '1. Costs of Implementing a Universal Transit Pass (UPass) for Post-Secondary Students at the University of Manitoba',
      '',
      '2. Building Canada Fund Applications',
      '',
    ].join('\n');

    // Act
    const paper = extractPaper(index);

    // Assess
    expect(paper.documentType).toBe('agenda');
    expect(paper.documents).toEqual([]);
    expect(paper.title).toBeNull();
    expect(paper.agendaItems.map((item) => item.number)).toEqual(['1', '2', '1', '2']);
    expect(paper.agendaItems[1]?.title).toMatch(
      /^Vacant Buildings.*Performance Measurement Report$/,
    );
  });

  it('titles items set as a number alone, then a sentence wrapped over lines set apart', () => {
    // Prepare
    const agenda = [
      'AGENDA',
      '',
      'You are requested to attend a Meeting of the Municipal District of Cappamore-Kilmallock to be',
      '',
      'held at Áras Mainchín Seoige, Millmount, Kilmallock, Co. Limerick on Thursday 17th July, 2014',
      '',
      'at 3.30pm.The business to be transacted is set out on the appended Agenda.',
      '',
      '1.',
      '',
      'To elect a Leas-Chathaoirleach of the Municipal District of Cappamore-Kilmallock to hold',
      '',
      'office until the next Annual Meeting.',
      '',
      '2.',
      '',
      'To receive Deputation from Ballylanders Group.',
      '',
      '3.',
      '',
      'I will ask at the next meeting for Plastic Recycling bins in Galbally.',
    ].join('\n');

    // Act
    const paper = extractPaper(agenda);

    // Assess
    expect(paper.meetingDate).toBe('2014-07-17');
    expect(paper.meetingTime).toBe('15:30');
    expect(paper.venue).toBe('Áras Mainchín Seoige, Millmount, Kilmallock, Co. Limerick');
    expect(paper.agendaItems.map((item) => [item.number, item.title])).toEqual([
      [
        '1',
        'To elect a Leas-Chathaoirleach of the Municipal District of Cappamore-Kilmallock to hold office until the next Annual Meeting',
      ],
      ['2', 'To receive Deputation from Ballylanders Group'],
      ['3', 'I will ask at the next meeting for Plastic Recycling bins in Galbally'],
    ]);
  });

  it('titles motions by the heading each has above its number', () => {
    // Prepare
    const agenda = [
      'AGENDA',
      '',
      'Meeting of the Metropolitan District of Limerick on Monday 15th September, 2014',
      '',
      'Notice of Motion submitted by Councillor E. Secas',
      '',
      '1.',
      '',
      'I will move at the next meeting that the Council start the process of taking in charge estates.',
      '',
      'Notice of Motion submitted by Councillor C. Prendiville',
      '',
      '2.',
      '',
      'I will move at the next meeting that the District call on Irish Water to fix leaks.',
    ].join('\n');

    // Act
    const paper = extractPaper(agenda);

    // Assess
    expect(paper.agendaItems.map((item) => item.title)).toEqual([
      'Notice of Motion submitted by Councillor E. Secas',
      'Notice of Motion submitted by Councillor C. Prendiville',
    ]);
  });
});

describe('minutes headed by one sentence in capitals', () => {
  it('takes the title up to where the heading says where the meeting was, and the venue from there', () => {
    // Prepare
    const minutes = [
      'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL',
      '',
      'DISTRICT OF ADARE-RATHKEALE IN DUNRAVEN ARMS HOTEL,',
      '',
      'ADARE ON TUESDAY 8TH JULY, 2014, AT 9.00 A.M.',
      '',
      'PRESENT IN THE CHAIR:',
      '',
      'Councillor Tom Neville',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.title).toBe(
      'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF ADARE-RATHKEALE',
    );
    expect(paper.meetingDate).toBe('2014-07-08');
    expect(paper.venue).toBe('DUNRAVEN ARMS HOTEL, ADARE');
  });

  it('does not take the time of another meeting a paragraph dates', () => {
    // Prepare
    const minutes = [
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 4 MARCH 2025',
      '',
      '1. Agenda for the Annual Parish Meeting on 22 April 2025',
      'The Council considered items for the Annual Parish meeting, to be held',
      'at 7.30pm on Tuesday 22 April 2025.',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.meetingDate).toBe('2025-03-04');
    expect(paper.meetingTime).toBeNull();
  });
});

describe('minutes flattened onto a few long lines', () => {
  it('splits numbered minutes run on one line, each title from its record', () => {
    // Prepare
    const minutes = [
      'DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD AT WEST DEREHAM VILLAGE HALL AT 7.00 pm ON THURSDAY 1 JUNE 2017',
      '',
      '70/17 Apologies for absence Apologies had been received from Tom Foy (TF) who was detained at work. 71/17 Declaration of Interest on agenda items No declarations were made. 72/17 Minutes of the Parish Council meeting held on 3 May 2017 CC confirmed all Councillors had seen the minutes.',
      '',
      '73/17 Police Report – PK reported that an incident had occurred during the last evening.',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.agendaItems.map((item) => [item.number, item.title])).toEqual([
      ['70/17', 'Apologies for absence'],
      ['71/17', 'Declaration of Interest on agenda items'],
      ['72/17', 'Minutes of the Parish Council meeting held on 3 May 2017'],
      ['73/17', 'Police Report'],
    ]);
    expect(paper.council).toMatch(/^west dereham parish council$/i);
  });

  it('leaves a line alone whose slashed numbers do not follow one another', () => {
    // Prepare
    const minutes = [
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON 4 MARCH 2025',
      '',
      '1. Planning',
      'Applications 24/05 Rear Extension and 25/19 New Garage were noted. Appeal 12/03 Barn was withdrawn.',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.agendaItems.map((item) => item.number)).toEqual(['1']);
  });
});

describe('bodies and councils named by what they are', () => {
  it('names a US board by what it is of, and a school district as the authority', () => {
    // Prepare
    const minutes = [
      'San Juan Unified School District',
      'Board of Education',
      '3738 Walnut Avenue, Carmichael, California 95608',
      '',
      'Board of Education Minutes',
      'October 25, 2022',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.council).toBe('San Juan Unified School District');
    expect(paper.body).toBe('Board of Education');
  });

  it('names an Irish municipal district as the body, and not from a line broken mid-word', () => {
    // Prepare
    const agenda = [
      'To: Each Mem Municipal District of New le West',
      '',
      'Meeting of the Municipal District of Newcastle West',
      '',
      'Wednesday 2nd July, 2014',
    ].join('\n');

    // Act
    const paper = extractPaper(agenda);

    // Assess
    expect(paper.body).toBe('Municipal District of Newcastle West');
  });

  it('names the French commune from the opening of its minutes', () => {
    // Prepare
    const minutes = [
      'Réunion du Conseil Municipal',
      'du 12 juillet 2023',
      '',
      'Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont',
      'réunis à la mairie de la commune de Coulon sous la présidence de Madame Anne-Sophie GUICHET,',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.council).toBe('Commune de Coulon');
  });
});

describe('attendance laid out as a table of the meeting', () => {
  it('reads labels set in a column of their own with no colon, and apologies under a welcome', () => {
    // Prepare
    const minutes = [
      'OPEN BOARD MEETING MINUTES',
      'Date 28 July 2016',
      'Place Council Chamber, Eye Town Hall',
      'Attendees Tony Brown (Chair), Sylvia Knights (Vice Chair), Anne Mallalieu,',
      'Sue Buck, Colin Rockall',
      'Invited Nikki Sturmey (Governance Manager), Peter Baker (Head of',
      'IT)',
      '',
      'Item 1 – 3 Only Luke Morris (Larking Gowan)',
      '',
      '1. Welcome and Apologies',
      'Apologies were received from James Powell, Paula Phelan and Richard Hunt.',
      '',
      '2. Declarations of Interest',
      'There were no declarations of interest.',
    ].join('\n');

    // Act
    const paper = extractPaper(minutes);

    // Assess
    expect(paper.attendance.present).toEqual([
      'Tony Brown',
      'Sylvia Knights',
      'Anne Mallalieu',
      'Sue Buck',
      'Colin Rockall',
    ]);
    expect(paper.attendance.inAttendance).toEqual(['Nikki Sturmey', 'Peter Baker']);
    expect(paper.attendance.apologies).toEqual(['James Powell', 'Paula Phelan', 'Richard Hunt']);
  });
});

describe('US agendas with items in capitals under section labels', () => {
  it('numbers items afresh under each label, titles them up to the dash, and reads what each asks', () => {
    // Prepare
    const agenda = [
      'CITY COUNCIL AGENDA',
      'December 14, 2022',
      '',
      'PUBLIC HEARINGS:',
      '1. PUBLIC HEARING: SECOND READING AND ADOPTION BY REFERENCE OF',
      'THE 2022 BUILDING CODES; ORDINANCE NO. 298-22 - Waive second reading in full and',
      'adopt Ordinance No. 298-22.',
      'GENERAL BUSINESS:',
      '1. ASSEMBLY BILL 361 FINDINGS FOR SPECIAL BROWN ACT',
      'REQUIREMENTS FOR TELECONFERENCE MEETINGS - City Council',
      'make the following findings.',
      '2. INTRODUCTION OF ORDINANCE 299-23 - ELECTRONIC CAMPAIGN',
      'DISCLOSURE STATEMENT FILING - Introduce Ordinance No. 299-23.',
    ].join('\n');

    // Act
    const paper = extractPaper(agenda);

    // Assess
    expect(paper.agendaItems.map((item) => [item.number, item.title])).toEqual([
      [
        '1',
        'PUBLIC HEARING: SECOND READING AND ADOPTION BY REFERENCE OF THE 2022 BUILDING CODES; ORDINANCE NO. 298-22',
      ],
      [
        '1',
        'ASSEMBLY BILL 361 FINDINGS FOR SPECIAL BROWN ACT REQUIREMENTS FOR TELECONFERENCE MEETINGS',
      ],
      ['2', 'INTRODUCTION OF ORDINANCE 299-23 - ELECTRONIC CAMPAIGN DISCLOSURE STATEMENT FILING'],
    ]);
    expect(paper.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Waive second reading in full and adopt Ordinance No. 298-22.',
      'City Council make the following findings.',
      'Introduce Ordinance No. 299-23.',
    ]);
  });
});

describe('posts that look like bodies', () => {
  it('takes no body from an officer’s post ("Senior Committee Clerk")', () => {
    // Prepare
    const disposition = [
      "CITY CLERK'S DEPARTMENT DISPOSITION OF ITEMS COUNCIL MEETING WEDNESDAY, MARCH 25, 2015",
      '',
      'MEMBERS PRESENT\tWINNIPEG PUBLIC SERVICE',
      'Deputy Speaker Councillor Gerbasi\tMr. A. Poitras, Senior Committee Clerk',
    ].join('\n');

    // Act
    const paper = extractPaper(disposition);

    // Assess
    expect(paper.body).toBeNull();
  });
});

describe('layouts of the third check set, once studied', () => {
  it('reads a scraped eScribe page: callouts, links and character references are the text they show', async () => {
    // Prepare
    const page = [
      '---',
      'title: Audit Committee',
      '---',
      'September 27, 2012, at  3:35 PM',
      '',
      '[Original link](https://pub-london.escribemeetings.com/Meeting.aspx?Agenda=PostMinutes)',
      '',
      '> [!abstract]- Present:',
      '> P. Hubert, M. Brown, N. Branscombe',
      '',
      '# 1.&nbsp;&nbsp;&nbsp;That it BE NOTED that no pecuniary',
      '  interests were disclosed.',
      '',
      '# 2.&nbsp;&nbsp;&nbsp;Engagement of PricewaterhouseCoopers',
      '  for Advisory Services',
      '',
      'The meeting adjourned at 4:39 PM.',
    ].join('\n');

    // Act
    const source = await readPaper(bytes(page), { ocr: noScans });
    const paper = extractPaper(source.text);

    // Assess
    expect(source.text).not.toMatch(/&nbsp;|\[!abstract\]|https:/);
    expect(paper.documentType).toBe('minutes');
    expect(paper.attendance.present).toEqual(['P. Hubert', 'M. Brown', 'N. Branscombe']);
    expect(paper.agendaItems.map((item) => [item.number, item.title])).toEqual([
      ['1', 'That it BE NOTED that no pecuniary interests were disclosed'],
      ['2', 'Engagement of PricewaterhouseCoopers for Advisory Services'],
    ]);
  });

  it('takes the body from under the heading that names the paper, not from the letterhead above', () => {
    // Prepare
    const text = [
      'Elections Commission',
      'City and County of San Francisco',
      '',
      'MEETING MINUTES',
      'Open Source Voting System Technical Advisory Committee (OSVTAC)',
      'of the San Francisco Elections Commission',
      'Thursday, September 12, 2019',
      '6:00 p.m.',
      'City Hall, Room 421',
      '1 Dr. Carlton B. Goodlett Place',
      'San Francisco, California 94102',
      '',
      '1. Call to Order & Roll Call',
      '',
      'Chair Jerdonek called the meeting to order at 6:11 p.m.',
      '',
      '2. General Public Comment',
      '',
      'Mr. Tim Fong commented on the openness of the OSVTAC.',
      '',
      '3. Open Source Voting Project Plan (6:16 p.m.)',
      '',
      'Chair Jerdonek reported that this item was a placeholder.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.council).toBe('City and County of San Francisco');
    expect(paper.body).toBe('Open Source Voting System Technical Advisory Committee');
    expect(paper.agendaItems.map((item) => [item.number, item.title, item.time])).toEqual([
      ['1', 'Call to Order & Roll Call', null],
      ['2', 'General Public Comment', null],
      ['3', 'Open Source Voting Project Plan', '18:16'],
    ]);
  });

  it('dates minutes run into one line from "was held this 12th day of January, 2011"', () => {
    // Prepare
    const text =
      ' CITY OF  PORTLAND, OREGON    OFFICIAL MINUTES  A REGULAR MEETING OF THE COUNCIL OF THE CITY OF PORTLAND, OREGON WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M.  THOSE PRESENT WERE:  Mayor Adams, Presiding; Commissioners Fish, Fritz,\nLeonard and Saltzman, 5.\n\nItem Nos. 47 and 51 were pulled for discussion and the balance of the\nConsent Agenda was adopted.  PASSED TO SECOND READING JANUARY 19, 2011 AT 9:30 AM';

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('minutes');
    expect(paper.meetingDate).toBe('2011-01-12');
    expect(paper.meetingTime).toBe('09:30');
  });
});

describe('precision on what the tuning set read wrongly', () => {
  it('gives no name that only says what someone is ("Councillors", "Assistant Clerk")', () => {
    // Prepare
    const text = [
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY 4 MARCH 2025',
      '',
      'Present: Councillors, Cllr A Jones, Assistant Clerk, Cllr B Smith',
      '',
      '1. Apologies',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual(['A Jones', 'B Smith']);
  });

  it('ends a venue where the time or the date begins', () => {
    // Prepare
    const text = [
      'Minutes of the Parish Council meeting held in the Village Hall at 7.30 p.m. on Tuesday 13th July 2010',
      '',
      'Present: Cllr A Jones',
      '',
      '1. Apologies',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.venue).toBe('Village Hall');
    expect(paper.meetingDate).toBe('2010-07-13');
  });

  it("takes a report's council from its text when the cover names none, and says so", () => {
    // Prepare
    const text = [
      'Report to Cabinet',
      '',
      'Date:\tTuesday 9 May 2023',
      'Title:\tChildren’s Services Update',
      '',
      '1. In Buckinghamshire, our Early Years team supports schools.',
      '2. The support to care leavers in Buckinghamshire has improved.',
      '3. Buckinghamshire County Council expects an inspection; Hampshire County Council was inspected.',
      '4. Buckinghamshire County Council will report again.',
      '5. Schools in Buckinghamshire are funded below the average.',
      '6. A strategy for Buckinghamshire is being written.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.council).toBe('Buckinghamshire County Council');
    expect(paper.provenance.council).toEqual({ line: 8 });
    expect(paper.warnings.join('\n')).toContain('Council read from the text');
  });

  it('names no council from the text when two are named alike', () => {
    // Prepare
    const text = [
      'Report to Cabinet',
      '',
      'Date:\tTuesday 9 May 2023',
      '',
      '1. Buckinghamshire County Council and Hampshire County Council share a service.',
      '2. Buckinghamshire and Hampshire will review it; Buckinghamshire leads.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.council).toBeNull();
  });
});

describe('decisions parish minutes record in sentences', () => {
  const minutes = (record: string) =>
    extractPaper(
      `MINUTES OF THE PARISH COUNCIL MEETING HELD ON 4 SEPTEMBER 2019\n\nPresent: Cllr A Jones\n\n210/19 Grounds Maintenance\n\n${record}\n\n211/19 Correspondence\n\nNone.`,
    );

  it('reads a proposal seconded with everyone in favour, as the sentence says it', () => {
    // Act
    const paper = minutes(
      'Cllr Sue Lintern proposed to continue to use the soil area for grass cuttings, which was seconded by Cllr Daphne Clements, all were in favour.',
    );

    // Assess
    expect(paper.resolutions.map(({ item, text }) => [item, text])).toEqual([
      [
        '210/19',
        'Cllr Sue Lintern proposed to continue to use the soil area for grass cuttings, which was seconded by Cllr Daphne Clements, all were in favour.',
      ],
    ]);
  });

  it('reads what the councillors themselves agreed', () => {
    // Act
    const paper = minutes('Councillors agreed that the contract should be renewed.');

    // Assess
    expect(paper.resolutions.map(({ text }) => text)).toEqual([
      'Councillors agreed that the contract should be renewed.',
    ]);
  });

  it('reads no decision from a proposal that was seconded and then lost', () => {
    // Act
    const paper = minutes(
      'Cllr Sue Lintern proposed to buy a skip, which was seconded by Cllr Daphne Clements; the motion was lost.',
    );

    // Assess
    expect(paper.resolutions).toEqual([]);
  });

  it("reads no decision from another body's approval", () => {
    // Act
    const paper = minutes('The Borough Council approved the new bin collection timetable.');

    // Assess
    expect(paper.resolutions).toEqual([]);
  });
});

describe("reports' authors and covers", () => {
  it("takes a report's author from the label at its end, without the post after the name", () => {
    // Prepare
    const text = [
      'Report to the Neighbourhood Committee',
      '',
      'Manorgate Road Petition',
      '',
      'Report by Matthew Hill, Director of Highways',
      '',
      '1. This report responds to a petition from residents of Manorgate Road.',
      '',
      'Background papers - none',
      '',
      'Author of report -Younes Hamade Principal Engineer',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('report');
    expect(paper.authors).toEqual(['Matthew Hill', 'Younes Hamade']);
  });

  it('reads two authors joined by "&", and no cabinet member as an author', () => {
    // Prepare
    const text = [
      'Report to Cabinet',
      '',
      'Title:\tRapid review scoping paper',
      'Cabinet Member:\tCllr Anita Cranmer, Cabinet Member for Education',
      'Author:\tKatie Dover, Senior Scrutiny Officer & Cllr Mark Dormer',
      '',
      '1. Summary',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.authors).toEqual(['Katie Dover', 'Mark Dormer']);
  });

  it("starts a pack's report at its labelled cover, whatever heads the page", () => {
    // Prepare
    const minutes = [
      'MINUTES OF THE CHILDREN’S SELECT COMMITTEE HELD ON TUESDAY 2 OCTOBER 2018',
      '',
      'PRESENT: Mr D Martin (Chairman), Mrs A Baughan',
      '',
      ...Array.from(
        { length: 12 },
        (_, index) =>
          `${index + 1} ITEM ${index + 1}\n\nMembers noted the update on item ${index + 1} of the programme.\n`,
      ),
    ];
    const report = [
      'Children’s Select Committee',
      '',
      'Title: Home to School Transport Consultation',
      '',
      'Date: Tuesday 27th November 2018',
      '',
      'Author: Sarah Callaghan',
      '',
      'Contact officer: Tracey Lawrence',
      '',
      'This report sets out the responses to the consultation on home to school transport.',
    ];

    // Act
    const paper = extractPaper([...minutes, '', ...report].join('\n'));

    // Assess
    expect(
      paper.documents.map((document) => [document.documentType, document.title, document.authors]),
    ).toEqual([
      ['minutes', expect.any(String), []],
      ['report', 'Home to School Transport Consultation', ['Sarah Callaghan', 'Tracey Lawrence']],
    ]);
  });
});

describe('who attends without being a member', () => {
  it('puts an officer named with a post and a county councillor from a "Present:" list in attendance', () => {
    // Prepare
    const text = [
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 4 MARCH 2025',
      '',
      'Present: Miss Jane Ritchie, Mr Andrew Landau and Mr',
      'David Dent, Councillors, County Cllr Webb, Mr Richard Nolan, Assistant Clerk',
      '',
      '1. Apologies',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual([
      'Miss Jane Ritchie',
      'Mr Andrew Landau',
      'Mr David Dent',
    ]);
    expect(paper.attendance.inAttendance).toEqual(['Webb', 'Mr Richard Nolan']);
  });
});

describe('agendas set out as outlines', () => {
  it('reads Roman items, the lettered items under them and the numbered ones under those', () => {
    // Prepare
    const text = [
      '                    Regular Meeting of the Board of Trustees',
      '                           Thursday, September 26, 2019',
      '',
      '                                     AGENDA',
      '',
      'I.     ROLL CALL',
      '',
      'II.    APPROVAL OF THE MINUTES',
      '',
      'III.   COMMITTEE REPORTS',
      '',
      '       A. COMMUNITY AFFAIRS/WORKFORCE',
      '          1. Approval of Educational Grants and Gifts',
      '',
      '       B. MANAGEMENT',
      '         1.   Approval of Life Insurance Agreement',
      '         2.   Approval of Healthcare Plans and Rates for Calendar Year 2020',
      '         3.   Authorization to Finance the Replacement of College Technology Equipment',
      '',
      'IV.    ADJOURNMENT',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.agendaItems.map((item) => item.number)).toEqual([
      'I',
      'II',
      'III',
      'A',
      '1',
      'B',
      '1',
      '2',
      '3',
      'IV',
    ]);
  });
});
