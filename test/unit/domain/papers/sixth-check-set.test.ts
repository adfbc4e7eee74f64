import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { markdownText } from '../../../../functions/domain/papers/readers/markdown-text.ts';

// Layouts met on the sixth check set (real papers from US special districts and boards, Scottish
// parents' associations), each reduced to the few lines that carry the pattern.

const minutes = (...body: string[]) =>
  ['LOS RIOS COMMUNITY COLLEGE DISTRICT', 'Minutes of the Board of Trustees', '', ...body].join(
    '\n',
  );

describe('motions that US boards record', () => {
  it('reads "A motion was made by …, seconded by …, that …:" with its lettered list, carried by a roll call', () => {
    // Prepare
    const text = minutes(
      '6. ACTION',
      '',
      'A motion was made by Trustee Knight, seconded by Trustee Haynes, that the Board of Trustees:',
      '',
      'a) Extend the contracts to June 30, 2023 for the District Officers listed:',
      '',
      '    Paula Allison, Associate Vice Chancellor, Resource Development',
      '    Jamey Nye, Deputy Chancellor',
      '',
      'b) Grant annual step increases to those eligible.',
      '',
      'Roll Call Vote:',
      'Aye: Haynes, Johnson, Jones, Knight, Nelson, Ortiz',
      'No: None',
      'Absent: None',
      'Student Advisory Vote: Aye',
      'Motion carried; 6:0',
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'that the Board of Trustees: a) Extend the contracts to June 30, 2023 for the District Officers listed: Paula Allison, Associate Vice Chancellor, Resource Development Jamey Nye, Deputy Chancellor b) Grant annual step increases to those eligible',
    ]);
  });

  it('reads "A moved to …. B seconded the motion. The motion passed 4-0." as the motion’s words', () => {
    // Prepare
    const text = minutes(
      '2. APPROVAL OF THE CONSENT CALENDAR',
      '',
      'Power moved to approve the Consent Calendar, specifically the May 23, 2018 minutes.  Pavlik seconded the motion.  The motion passed 4-0.',
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the Consent Calendar, specifically the May 23, 2018 minutes',
    ]);
  });

  it('takes no decision from a motion that was not seconded, whatever carried after it', () => {
    // Prepare
    const text = minutes(
      '4. BOUNDARIES',
      '',
      'Member Fong moved to postpone the motion. It was not seconded.',
      '',
      'Motion by Trustee Heather Davis, second by Trustee Joanne Ahola.',
      'Final Resolution: Motion Carried',
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions).toEqual([]);
  });
});

describe('who attended, as US boards list them', () => {
  it('reads a "Present:" list of one person a line, the chancellor among those attending', () => {
    // Prepare
    const text = minutes(
      '1. CALL TO ORDER',
      'The board meeting was called to order by Vice President Ortiz at 5:30 p.m.',
      '',
      'Present:',
      '   Mr. Dustin Johnson, President',
      '   Ms. Deborah Ortiz, Vice President',
      '   Mr. John Knight',
      '   Ms. Tami Nelson',
      '',
      '   Toni Schiffmaier, Student Trustee',
      '',
      '   Dr. Brian King, Chancellor',
      '',
      '2. ORAL COMMUNICATIONS',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual([
      'Mr. Dustin Johnson',
      'Ms. Deborah Ortiz',
      'Mr. John Knight',
      'Ms. Tami Nelson',
      'Toni Schiffmaier',
    ]);
    expect(attendance.inAttendance).toEqual(['Dr. Brian King']);
  });

  it('reads groups named over their people, in lines or in a table of names and titles', () => {
    // Prepare
    const text = [
      '# Fair Oaks Water District Financing Corporation',
      '### Annual Board Meeting Minutes',
      '### January 8, 2018',
      '',
      '### I. CALL TO ORDER',
      '',
      'Individuals in attendance are listed below:',
      '',
      '**Board Members**  ',
      'Randy Marx, Board President  ',
      'Gary Page, Board Member  ',
      '',
      '**Staff Members**  ',
      'Tom R. Gray, General Manager  ',
      '',
      '**Legal Counsel**  ',
      '',
      '### II. PUBLIC COMMENT',
      '',
      'None.',
      '',
      '## OTHER ATTENDEES',
      '| Name | Title |',
      '|------|-------|',
      '| Sue Brunone | Resident |',
    ].join('\n');

    // Act
    const { attendance } = extractPaper(markdownText(text, (reference) => reference));

    // Assess
    expect(attendance.present).toEqual(['Randy Marx', 'Gary Page']);
    expect([...attendance.inAttendance].sort()).toEqual(['Sue Brunone', 'Tom R. Gray']);
  });

  it('reads "Commissioners Present: President A, …, and D were present. E arrived …" with their offices on the board', () => {
    // Prepare
    const text = minutes(
      '# I. CALL TO ORDER',
      '',
      'Commissioners Present:  President Rob Bishop, Vice-President Jan Power, Secretary Buster Pankey, and Chuck Pavlik were present.  Rohleder arrived shortly after the meeting began.',
      '',
      'Management and Staff:  Roxie Cuellar, Port Manager',
      '',
      '# II. PUBLIC COMMENT',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual([
      'Rob Bishop',
      'Jan Power',
      'Buster Pankey',
      'Chuck Pavlik',
      'Rohleder',
    ]);
    expect(attendance.inAttendance).toEqual(['Roxie Cuellar']);
  });

  it('keeps a member present when an officer of the same name attends too', () => {
    // Prepare
    const text = minutes(
      'MEMBERS PRESENT',
      '',
      'P Birchley, S James and T Wilson',
      '',
      'OTHERS IN ATTENDANCE',
      '',
      'A Cranmer, S James and H Slinn',
      '',
      '1 APOLOGIES FOR ABSENCE',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual(['P Birchley', 'S James', 'T Wilson']);
    expect(attendance.inAttendance).toEqual(['A Cranmer', 'S James', 'H Slinn']);
  });

  it('leaves a role in square brackets out of the name', () => {
    // Prepare
    const text = minutes(
      '**Present:** Amy Meek (AM), Ellie Moriarty [Treasurer] (EM), Katherine Lymer [Chair] (KL).',
      '',
      '1. Minutes of the last meeting',
    );

    // Act
    const { attendance } = extractPaper(markdownText(text, (reference) => reference));

    // Assess
    expect(attendance.present).toEqual(['Amy Meek', 'Ellie Moriarty', 'Katherine Lymer']);
  });
});

describe('what the front of a US board’s minutes says', () => {
  it('takes no body from a member’s post ("Randy Marx, Board President") or from a name in capitals run into "Board"', () => {
    // Prepare
    const post = ['Minutes', 'Randy Marx, Board President', 'January 8, 2018'].join('\n');
    const banner = [
      'LOS RIOS COMMUNITY COLLEGE DISTRICT Board Meeting Minutes Wednesday, July 10, 2024',
      '',
      '1. CALL TO ORDER',
    ].join('\n');

    // Act
    const fromPost = extractPaper(post);
    const fromBanner = extractPaper(banner);

    // Assess
    expect(fromPost.body).toBeNull();
    expect(fromBanner.body).toBeNull();
  });

  it('takes no title from the item a paper is filed under ("AGENDA ITEM III.1")', () => {
    // Prepare
    const text = [
      '# Fair Oaks Water District Financing Corporation',
      '## AGENDA ITEM III.1',
      '### Annual Board Meeting',
      '### Approved Minutes',
      '### January 8, 2018',
    ].join('\n');

    // Act
    const paper = extractPaper(markdownText(text, (reference) => reference));

    // Assess
    expect(['Annual Board Meeting', 'Approved Minutes']).toContain(paper.title);
  });

  it('reads a page’s YAML title that names the paper when the paper has no title of its own', () => {
    // Prepare
    const titled = [
      '---',
      'title: Minutes from PFA meeting held 26 October 2022',
      'date: 2022-11-02',
      'type: minutes',
      '---',
      '',
      '## Attendance',
      '',
      '**Present:** Toby Foster (TF), Laura Cooksey (LC)',
    ].join('\n');
    const untitled = ['---', 'title: Village news', 'date: 2022-11-02', '---', '', 'Hello'].join(
      '\n',
    );

    // Act
    const paper = extractPaper(markdownText(titled, (reference) => reference));
    const page = markdownText(untitled, (reference) => reference);

    // Assess
    expect(paper.title).toBe('Minutes from PFA meeting held 26 October 2022');
    expect(paper.meetingDate).toBe('2022-10-26');
    expect(page).not.toContain('Village news');
    expect(page).not.toContain('2022-11-02');
  });
});

describe('items and places laid out as US districts print them', () => {
  it('keeps words each capitalised after an acronym in the title ("CMMS/GIS Coordinator Position")', () => {
    // Prepare
    const text = [
      'SAN JUAN WATER DISTRICT',
      'Board of Directors Meeting Agenda',
      'April 10, 2019',
      '',
      'IV. NEW BUSINESS',
      '         1. Budget Review (W & R)',
      '         2. CMMS/GIS Coordinator Position (W & R)',
      '         3. Lower Granite Bay Pump Station Generator Engine Repair (R)',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.agendaItems.map((item) => item.title)).toContain(
      'CMMS/GIS Coordinator Position (W & R)',
    );
  });

  it('reads the place, not the word before it, from a line "in the Grampian Conference Room"', () => {
    // Prepare
    const text = [
      'Meeting of the Stoke Ferry Resident’s Association Committee',
      '',
      'On Monday 11th October 2004 at 7.30pm',
      '',
      'in the Grampian Conference Room',
      '',
      'Present: Robin Kerr (Chairman), Tim Read (Treasurer)',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.venue).toBe('the Grampian Conference Room');
  });
});

describe('hostile wording', () => {
  it('reads a line of "NOW, THEREFORE" repeated, with no "BE IT RESOLVED", at once and as no decision', () => {
    // Prepare: words the former pattern could group in exponentially many ways before failing.
    const text = minutes(
      '1. RESOLUTION',
      '',
      `THEREFOR${'E\tNOW,\tTHEREFORE\tTHEREFOR'.repeat(40)}W`,
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions).toEqual([]);
  });
});

describe('what US special districts’ minutes say of themselves', () => {
  it('reads a district or port at the head of a line as the council ("Fair Oaks Water District Agenda")', () => {
    // Prepare
    const district = ['Fair Oaks Water District Agenda', '', 'Regular Board Meeting'].join('\n');
    const port = [
      'November 15, 2018',
      'Port of Alsea Regular Commission Meeting',
      '',
      'MINUTES',
    ].join('\n');

    // Act
    const fromDistrict = extractPaper(district);
    const fromPort = extractPaper(port);

    // Assess
    expect(fromDistrict.council).toBe('Fair Oaks Water District');
    expect(fromPort.council).toBe('Port of Alsea');
  });

  it('reads the body and place from the sentence that calls the meeting to order, up to its full stop', () => {
    // Prepare
    const body = [
      'Annual Board Meeting',
      'Approved Minutes',
      'January 8, 2018',
      '',
      'President Underwood called the annual meeting of the Board of Directors to order at 6:30 p.m.',
    ].join('\n');
    const place = [
      'Board Meeting Minutes',
      'Wednesday, July 10, 2024',
      '',
      '1. CALL TO ORDER',
      'The board meeting was called to order by President Haynes at 5:30 p.m., in the Board Room at 1919 Spanos Court, Sacramento, CA 95825.  Members present were listed below.',
    ].join('\n');

    // Act
    const fromBody = extractPaper(body);
    const fromPlace = extractPaper(place);

    // Assess
    expect(fromBody.body).toBe('Board of Directors');
    expect(fromPlace.venue).toBe('Board Room at 1919 Spanos Court, Sacramento, CA 95825');
  });

  it('leaves who seconded out of a motion’s words ("… the resolution and Rohleder seconded the motion")', () => {
    // Prepare
    const text = minutes(
      '# IV. ADOPTION OF THE RESOLUTION',
      '',
      'After the commissioners reviewed the proposed resolution, Powers moved to adopt the resolution and Rohleder seconded the motion.  The motion passed 5-0.',
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to adopt the resolution',
    ]);
  });
});

describe('attendance labels inside a paragraph', () => {
  it('reads "Board members present: …", "… absent: …" and "Staff present: …" after the call to order', () => {
    // Prepare
    const text = minutes(
      'The meeting was called to order at 6:04 pm by President Sheetz. Board members present: Clark, Goold, Jones and Wood. Board members absent: Kelly. Staff present: General Counsel Lavra.',
      '',
      '1. CONSENT CALENDAR',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual(['Clark', 'Goold', 'Jones', 'Wood']);
    expect(attendance.apologies).toEqual(['Kelly']);
    expect(attendance.inAttendance).toEqual(['General Counsel Lavra']);
  });

  it('leaves "Members" out of the names it lists ("Present: Members Jerdonek, Kattouw, Wasserman.")', () => {
    // Prepare
    const text = minutes(
      'Chair Jerdonek called the meeting to order at 6:11 p.m. Present: Members',
      'Jerdonek, Kattouw, Wasserman.',
      '',
      '1. ANNOUNCEMENTS',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.present).toEqual(['Jerdonek', 'Kattouw', 'Wasserman']);
  });
});

describe('minutes a website flattened one to a line', () => {
  it('splits "1. Title Record …" lines numbered in turn into the item and its record', () => {
    // Prepare
    const text = [
      'Stoke Ferry Village Hall Minutes of the Annual General Meeting held at the Village Hall on Wednesday 14th November 2018 at 7.00pm',
      '',
      '1. Minutes of the 2017 Annual General Meeting Upon the proposition of P Sewell, seconded by J Trollope, it was resolved unanimously "That the Minutes be approved."',
      '',
      '2. Accounts for the year ended 31st March 2018 The audited Income and Expenditure Account for the year was tabled and approved.',
      '',
      "3. Treasurer's Report The Treasurer was pleased to report that the Hall's finances remain healthy.",
      '',
      '4. Any Other Business P Keymer proposed that action be taken to clean the chairs in the Hall.',
      '',
      '5. Rezoning – 260 Wellington Crescent – DAZ 235/2014',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.agendaItems.map((item) => `${item.number} ${item.title}`)).toEqual([
      '1 Minutes of the 2017 Annual General Meeting',
      '2 Accounts for the year ended 31st March 2018',
      "3 Treasurer's Report",
      '4 Any Other Business',
      '5 Rezoning – 260 Wellington Crescent – DAZ 235/2014',
    ]);
  });
});

describe('how a fire district records its motions', () => {
  it('reads "Moved by A, seconded by B, and carried unanimously by members present to …" and "… and carried (Aye: …) to …"', () => {
    // Prepare
    const text = minutes(
      '### CONSENT ITEMS',
      '**Action:** Moved by Wood, seconded by Clark, and carried unanimously by members present to adopt the Consent Calendar as follows:',
      '',
      '### CLOSED SESSION',
      'Action: On a motion by Clark, seconded by Wood, and carried (Aye: Clark, Goold, Jones; Absent: Kelly) to give the negotiator settlement authority.',
    );

    // Act
    const paper = extractPaper(markdownText(text, (reference) => reference));

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to adopt the Consent Calendar as follows:',
      'to give the negotiator settlement authority',
    ]);
  });
});

describe('apologies as parish minutes word them', () => {
  it('reads apologies "accepted for" names, up to the reason or another kind of sender', () => {
    // Prepare
    const text = minutes(
      '1. Apologies for Absence Apologies were accepted for Cllr Jim McNeill (Vice Chair) (Personal Reasons) and Cllr Donna Stocking (Personal Reasons).',
      '',
      '2. Welcome & Apologies',
      'Apologies had been received from Nathan Allen and Glen Kaveny and from representatives of KL&WNB and TOWN.',
      '',
      '3. To receive and consider accepting apologies for absence: Mrs V Lynch, Mr A. Jenkinson',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.apologies).toEqual([
      'Jim McNeill',
      'Donna Stocking',
      'Nathan Allen',
      'Glen Kaveny',
      'Mrs V Lynch',
      'Mr A. Jenkinson',
    ]);
  });
});

describe('one person named twice', () => {
  it('keeps "Uriel Hernandez" and drops the "Hernandez" a vote lists as absent', () => {
    // Prepare
    const text = minutes(
      'ROLL CALL',
      'Present: Ana Lopez, Bob Wallace',
      'Absent: Uriel Hernandez',
      '',
      '1. PUBLIC HEARING',
      'MOTION: Approve the permit.',
      'AYES: Lopez, Wallace',
      'ABSENT: Hernandez',
    );

    // Act
    const { attendance } = extractPaper(text);

    // Assess
    expect(attendance.apologies).toEqual(['Uriel Hernandez']);
  });
});

describe('a paper headed by what it is', () => {
  it('reads "County Councillor’s Report" over prose as a report', () => {
    // Prepare
    const text = [
      'County Councillor’s Report',
      'February/March 2026 – post-Budget',
      '',
      'The County Council has set out its Budget. For context:',
      '    • The central Government grant leaves the County Council needing savings.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe('report');
  });
});
