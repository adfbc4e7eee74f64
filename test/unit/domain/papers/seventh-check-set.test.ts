import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';

// Layouts met on the seventh check set (Utah city and county minutes, English parish agendas),
// each reduced to the few lines that carry the pattern.

const items = (text: string) =>
  extractPaper(text).agendaItems.map((item) => [item.number, item.title]);

describe('items set as headings without numbers', () => {
  it('reads Markdown headings as items numbered null, after the title and without the action sub-headings', () => {
    // Prepare
    const text = [
      '# Minutes of the Ayton Community Council',
      '',
      '_Held in Ayton Community Hall at 7:00pm._',
      '',
      '## Public Forum',
      '',
      'Residents raised the state of the footpath by the school.',
      '',
      '## Road Closures',
      '',
      'The A1 closure runs to the end of May.',
      '',
      '#### Action',
      '',
      'Secretary to write to the roads department.',
      '',
      '## Treasurer’s Report',
      '',
      'The balance stands at £1,204.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([
      [null, 'Public Forum'],
      [null, 'Road Closures'],
      [null, 'Treasurer’s Report'],
    ]);
  });

  it('reads lines in capitals ending with a colon as items, not the title block or the labels of who attended', () => {
    // Prepare
    const text = [
      'NEPHI CITY',
      'COUNCIL MEETING',
      'March 7, 2023',
      '',
      'The Nephi City Council met in regular session at 7:00 p.m. Tuesday, March 7, 2023.',
      'PRESENT:',
      'Mayor Justin D. Seely',
      '',
      'CONSENT AGENDA APPROVED:',
      '',
      'Councilor Parady moved to approve the consent agenda. Councilor Ostler seconded the motion.',
      '',
      'FIREHOUSE WELL REPAIR AGREEMENT APPROVED:',
      '',
      'Mr. Atkinson informed the council that the well needs a permanent fix.',
      '',
      'COMMUNITY PROJECT FUNDING DISCUSSED:',
      '',
      'Mr. Atkinson informed the council of a memo on funding.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([
      [null, 'CONSENT AGENDA APPROVED'],
      [null, 'FIREHOUSE WELL REPAIR AGREEMENT APPROVED'],
      [null, 'COMMUNITY PROJECT FUNDING DISCUSSED'],
    ]);
  });

  it('reads the bulleted list under "AGENDA" as the items, with the sub-items numbered under them', () => {
    // Prepare
    const text = [
      'SHERINGTON PARISH COUNCIL',
      'You are summoned to attend a meeting at the Village Hall, on Tuesday 7th February 2017 at 7.30pm.',
      'AGENDA',
      '- RECEIVE AND ACCEPT APOLOGIES FOR ABSENCE',
      '- RECEIVE ANY DECLARATIONS OF INTEREST',
      '- FINANCE',
      '3.1 Review monthly balances',
      '3.2 Approve cheques for payment',
      '- DATE OF NEXT MEETING',
      'Members of the public and press are invited to attend.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([
      [null, 'RECEIVE AND ACCEPT APOLOGIES FOR ABSENCE'],
      [null, 'RECEIVE ANY DECLARATIONS OF INTEREST'],
      [null, 'FINANCE'],
      ['3.1', 'Review monthly balances'],
      ['3.2', 'Approve cheques for payment'],
      [null, 'DATE OF NEXT MEETING'],
    ]);
  });

  it('reads no item from a cover’s place and its lists of who attended', () => {
    // Prepare
    const text = [
      '## City of Coral Gables City Commission Meeting Minutes',
      '',
      'January 9, 2024',
      '',
      '## City Commission Chambers',
      '',
      '405 Biltmore Way, Coral Gables, FL',
      '',
      '## City Commission',
      '',
      'Mayor Vince Lago',
      '',
      'Vice Mayor Rhonda Anderson',
      '',
      '## City Staff',
      '',
      'City Manager, Peter Iglesias',
      '',
      'City Clerk, Billy Urquia',
      '',
      '## Public Speakers',
      '',
      'Maria Cruz',
      '',
      'John Ortega',
      '',
      'Mayor Lago: Moving onto the decorations on Miracle Mile.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([]);
  });
});

describe('Utah and California minutes', () => {
  it('reads a roster set with dot leaders under "Those present were:": members by their post, the others attending', () => {
    // Prepare
    const text = [
      'NEPHI CITY',
      'COUNCIL MEETING',
      'March 7, 2023',
      '',
      'The Nephi City Council met in regular session in the council chambers of city hall located at 21 East 100 North at 7:00 p.m. Tuesday, March 7, 2023.',
      'Those present were:\t',
      'Mayor . . . . . . . . . . . . . . . . . . \tJustin D. Seely ',
      'Council Member  . . . . . . . . . . .       Nathan Memmott',
      'City Recorder . . . . . . . . . . . . . . .\tLisa E. Brough',
      '',
      'Guests: Myrna Trauntvein (Press), Donald Ball',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual(['Justin D. Seely', 'Nathan Memmott']);
    expect(paper.attendance.inAttendance).toEqual([
      'Lisa E. Brough',
      'Myrna Trauntvein',
      'Donald Ball',
    ]);
  });

  it('reads the place a council "met in regular session in", to the time', () => {
    // Prepare
    const text = [
      'NEPHI CITY',
      'COUNCIL MEETING',
      'March 7, 2023',
      '',
      'The Nephi City Council met in regular session in the council chambers of city hall located at 21 East 100 North at 7:00 p.m. Tuesday, March 7, 2023.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.venue).toBe('the council chambers of city hall located at 21 East 100 North');
  });

  it('reads "X motioned to …. Y seconded." as a motion, carried by "All in favor"', () => {
    // Prepare
    const text = [
      'MINUTES',
      'ALTA TOWN COUNCIL MEETING',
      'Wednesday, May 10, 2023, 3:00 PM',
      '',
      '   2. APPROVAL OF THE APRIL 12, 2023 MEETING MINUTES',
      '       MOTION: Mayor Bourke motioned to approve the April 12, 2023 meeting minutes. Craig Heimark seconded.',
      '',
      '       VOTE: All in favor.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the April 12, 2023 meeting minutes',
    ]);
  });

  it('reads the items of two meetings in one paper, each numbered from 1 under the line that opens it', () => {
    // Prepare
    const text = [
      'Minutes of the Pre Council and Regular Session of the Lehi City Council held June 13, 2023.',
      '',
      'Pre Council, 4:30 p.m.',
      '1. Welcome and Opening Comment',
      '',
      'Mayor Johnson welcomed everyone.',
      '',
      '2. Presentations and Reports',
      '',
      'The reports were heard.',
      '',
      '3. Agenda Questions',
      '',
      'There were none.',
      '',
      'Regular Session, 7:05 p.m.',
      '1. Welcome, Roll Call, Pledge of Allegiance',
      '',
      'Mayor Johnson welcomed everyone.',
      '',
      '2. 20 Minute Citizen Input',
      '',
      'No one spoke.',
      '',
      '3. Consent Agenda',
      '',
      'The consent agenda was approved.',
      '',
      '4. Adjournment',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([
      ['1', 'Welcome and Opening Comment'],
      ['2', 'Presentations and Reports'],
      ['3', 'Agenda Questions'],
      ['1', 'Welcome, Roll Call, Pledge of Allegiance'],
      ['2', '20 Minute Citizen Input'],
      ['3', 'Consent Agenda'],
      ['4', 'Adjournment'],
    ]);
  });

  it('reads the title wrapped before the body’s word and the city over its state, not a label run into "Council Members"', () => {
    // Prepare
    const text = [
      'Minutes of the Regular Meeting of the City',
      'Council',
      'City of Santa Ana,',
      'California',
      'March 5, 2024',
      'CLOSED SESSION MEETING - 4:00 P.M.',
      'ATTENDANCE Council Members Phil Bacerra',
      'Jessie Lopez',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.title, paper.council]).toEqual([
      'Minutes of the Regular Meeting of the City Council',
      'City of Santa Ana',
    ]);
  });
});

describe('Norwegian case papers', () => {
  it('reads a case record: its committee, case, meeting date and the decision under "VEDTAK", not the proposals voted down', () => {
    // Prepare
    const text = [
      'Plan- og utviklingsutvalgets behandling av sak 24/2026 i møte den 02.09.2026:',
      '',
      'Behandling',
      'Kommunedirektørens forslag til vedtak:',
      'Vurdering og konklusjon i saksframlegget oversendes Statsforvalteren som høringssvar.',
      '',
      'Martin Von Heimburg (SV) fremmet følgende tilleggsforslag:',
      'Maksimal lagermengde fastsatt som vilkår.',
      'Dermed ble tilleggsforslag ikke vedtatt.',
      '',
      'VEDTAK',
      'Vurdering og konklusjon i saksframlegget oversendes Statsforvalteren som høringssvar fra Levanger',
      'kommune',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.documentType, paper.body, paper.meetingDate]).toEqual([
      'minutes',
      'Plan- og utviklingsutvalget',
      '2026-09-02',
    ]);
    expect(paper.resolutions.map((resolution) => [resolution.item, resolution.text])).toEqual([
      [
        '24/2026',
        'Vurdering og konklusjon i saksframlegget oversendes Statsforvalteren som høringssvar fra Levanger kommune',
      ],
    ]);
  });

  it('reads a case report: its municipality, officer, title and the proposal as its recommendation', () => {
    // Prepare
    const text = [
      'Levanger kommune',
      '',
      'Saksframlegg',
      '',
      'Arkivreferanse: 2026/1477-1',
      'Saksbehandler: Trude Marian Nøst',
      '',
      'Behandling:',
      'Saksnummer',
      '',
      'Møtedato',
      '',
      'Utvalg',
      'Formannskapet',
      '',
      'Oversendelsesforslag FO 2-2025 - Kostnadsutredning for Mønsterhaugvegen',
      'Kommunedirektørens forslag til vedtak:',
      'Planlegging av en ny veg ned til fylkesveg 6818 avventes.',
      '',
      'Saksopplysninger:',
      'Saken gjelder en interpellasjon.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.documentType, paper.council, paper.title, paper.authors]).toEqual([
      'report',
      'Levanger kommune',
      'Oversendelsesforslag FO 2-2025 - Kostnadsutredning for Mønsterhaugvegen',
      ['Trude Marian Nøst'],
    ]);
    expect(paper.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Planlegging av en ny veg ned til fylkesveg 6818 avventes.',
    ]);
  });
});

describe('the kind of paper named in other languages', () => {
  it.each([
    ['Zápis ze zasedání zastupitelstva obce Čerčany', 'minutes'],
    ['Niederschrift über die Sitzung des Gemeinderates', 'minutes'],
    ['Acta de la sesión ordinaria del Pleno', 'minutes'],
    ['Notulen van de raadsvergadering', 'minutes'],
    ['Tagesordnung', 'agenda'],
    ['Orden del día', 'agenda'],
    ['Ordre del dia', 'agenda'],
    ['Navržený program', 'agenda'],
  ])('reads "%s" at the head of a paper as %s', (heading, kind) => {
    // Prepare
    const text = [heading, '', 'Der Rat tagte im Rathaus.'].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.documentType).toBe(kind);
  });
});

describe('declarations of interest', () => {
  const minutes = (...body: string[]) =>
    ['MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL', 'March 5, 2024', '', ...body].join('\n');

  it.each([
    [
      'Councilmember Phan recused herself from Agenda Item No. 11 as the listed entity is a client of her employer.',
      'Phan',
    ],
    [
      'Chair Kemp indicated that due to a conflict of interest, he will be abstaining from this vote.',
      'Kemp',
    ],
    ['Clr Agate left meeting as he had interest in the initial planning matter.', 'Clr Agate'],
  ])('reads an interest shown by what the member did: "%s"', (sentence, member) => {
    // Prepare
    const text = minutes('5. CONSENT CALENDAR', '', sentence);

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.declarations.map((declaration) => declaration.member)).toEqual([member]);
  });

  it('reads one declaration a member when the minutes say it twice, and none from a report of what others will do', () => {
    // Prepare
    const text = minutes(
      '5. TAX ANTICIPATION NOTE',
      '',
      'Chad Stearns said he had to recuse himself from the vote because a bank employs him.',
      '',
      'Gendreau moved to authorize the note. Stearns recused himself from the vote.',
      '',
      '6. MAYOR’S REPORT',
      '',
      'He met with District Ranger Bekee Hotze. She reported the Forest Service was expecting more funding to hire staff, they would employ four rangers.',
    );

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.declarations.map((declaration) => declaration.member)).toEqual(['Chad Stearns']);
  });
});

describe('the words of a decision', () => {
  it('ends a motion’s words before the outcome the minutes run on after them', () => {
    // Prepare
    const text = [
      'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL',
      'March 5, 2024',
      '',
      '11. Award a Contract to Smartcover',
      'MOTION: Councilmember Hernandez moved to approve the recommended',
      'action for Item No. 11 as part of the consent calendar, seconded by',
      'Councilmember Lopez.',
      'The motion carried, 6-0-1, by the following roll call vote:',
      'AYES: COUNCILMEMBER BACERRA, COUNCILMEMBER LOPEZ',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the recommended action for Item No. 11 as part of the consent calendar',
    ]);
  });

  it('gives no decision from text a PDF’s font left unreadable', () => {
    // Prepare
    const text = [
      'Minutes of the meeting of Burton-cum-Walden Parish Council held on 4 March 2025',
      '',
      '5. Clerk’s report',
      'RESOLVED: 7KDW\u0003WKH\u0003&OHUN¶V\u00035HSRUW\u0003EH\u0003UHFHLYHG\u0003DQG\u0003QRWHG\u0011',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions).toEqual([]);
  });
});

describe('where and whose the meeting is', () => {
  it.each([
    [
      'You are summoned to attend a meeting of Sherington Parish Council which will take place at the Village Hall, on Tuesday 7th February 2017 at 7.30pm.',
      'Village Hall',
    ],
    [
      'The Council of Park City, Utah, will hold its regular meeting in person at the Marsac Municipal Building,\nCity Council Chambers, at 445 Marsac Avenue, Park City, Utah 84060. Meetings will also be available\nonline with options to listen. Click here for more information.',
      'Marsac Municipal Building, City Council Chambers, at 445 Marsac Avenue, Park City, Utah 84060',
    ],
  ])('reads the place a notice says: "%s"', (sentence, venue) => {
    // Prepare
    const text = ['AGENDA', '', sentence, '', '1. Apologies'].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.venue).toBe(venue);
  });

  it('reads a county board’s county, and its room over the building that the next line continues', () => {
    // Prepare
    const text = [
      '              BOARD OF COUNTY COMMISSIONERS, UTAH COUNTY, UTAH',
      '                         MINUTES OF PUBLIC MEETING',
      '                       COMMISSION CHAMBERS, ROOM 1400',
      '                 OF THE UTAH COUNTY ADMINISTRATION BUILDING',
      '                            October 13, 2015 - 9:00 A.M.',
      '',
      'PRESENT:   COMMISSIONER WILLIAM C. LEE, VICE-CHAIR',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.council, paper.venue]).toEqual([
      'Utah County',
      'COMMISSION CHAMBERS, ROOM 1400 OF THE UTAH COUNTY ADMINISTRATION BUILDING',
    ]);
  });
});

describe('who attended an English parish meeting', () => {
  it('reads a member of another council whose title a comma cut off, and the clerk by name, not post', () => {
    // Prepare
    const text = [
      'Minutes of the Extraordinary Meeting of Yarpole Group Parish Council held on 24th July 2017',
      '',
      'Present: Cllr Audrey Bott, Cllr Diane Russell, Cllr Jane Bayliss, County Cllr, Sebastian Bowen, Parish Clerk Ms E Lewis',
      '',
      '1. Apologies: Cllr Michael Denny',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual(['Audrey Bott', 'Diane Russell', 'Jane Bayliss']);
    expect(paper.attendance.inAttendance).toEqual(['Sebastian Bowen', 'Ms E Lewis']);
  });

  it('reads the first name of a list whose colon a dash follows ("In attendance:- …")', () => {
    // Prepare
    const text = [
      'Minutes of the Extraordinary Meeting of Upton Parish Council held on 6th March 2018',
      '',
      'In attendance:- Stuart Fraser (SCF/Chair), Liz Cooper (Clerk/EC)',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.inAttendance).toEqual(['Stuart Fraser', 'Liz Cooper']);
  });
});

describe('what these readings leave alone', () => {
  it('keeps one meeting’s items when a line about a meeting sits in an item’s text', () => {
    // Prepare
    const text = [
      'Minutes of the Lehi City Council held June 13, 2023.',
      '',
      '1. Welcome',
      '',
      'Mayor Johnson welcomed everyone.',
      '',
      '2. Finance',
      '',
      'The accounts were presented.',
      '',
      '3. Reports',
      '',
      'Items agreed at the last meeting',
      '1. Fiber network',
      '2. Parks fund',
      '3. Rodeo royalty',
      '',
      '4. Adjournment',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.filter(([number]) => number === '1')).toHaveLength(1);
  });

  it('reads "X stated an interest in …" as a declaration', () => {
    // Prepare
    const text = [
      'Minutes of the meeting of Wereham Parish Council held on 13th July 2010',
      '',
      '3. Declarations of interest',
      '',
      'Cllr Smith stated an interest in item 5 as a neighbour of the applicant.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.declarations.map((declaration) => declaration.member)).toEqual(['Smith']);
  });

  it('takes no proposal voted on for the decision of a case record', () => {
    // Prepare
    const text = [
      'Formannskapets behandling av sak 3/2026 i møte den 02.09.2026:',
      '',
      'Forslag til vedtak:',
      'Saken utsettes.',
      'Dermed ble forslaget ikke vedtatt.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions).toEqual([]);
  });

  it('reads no item from a decision’s label or an outcome in bold', () => {
    // Prepare
    const text = [
      '# Minutes of the meeting of Ayton Community Council',
      '',
      'Held in Ayton Community Hall.',
      '',
      'RESOLVED:',
      '',
      'That the accounts be approved.',
      '',
      '**Carried unanimously**',
      '',
      'AGREED:',
      '',
      'That the hall be booked.',
      '',
      'NOTED:',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read).toEqual([]);
  });
});

describe('an agenda listed one item a line', () => {
  it('reads short items that end with a stop, as agendas in other languages write them', () => {
    // Prepare
    const text = [
      'Tagesordnung',
      '',
      '1. Zahájení a kontrola úkolů.',
      '2. Rozpočet obce Čerčany na rok 2020.',
      '3. Informace starosty obce.',
      '4. Diskuse a interpelace.',
      '5. Závěr',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.map(([number]) => number)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('a minutes page saved with its website around it', () => {
  it('reads the paper from its title, past the site’s menus', () => {
    // Prepare
    const menu = Array.from({ length: 36 }, (_, index) => `- Department ${index + 1}`);
    const text = [
      'Skip to main content',
      '',
      ...menu,
      '',
      '# Board of Selectmen Minutes',
      '',
      'Meeting date:',
      '',
      'Monday, May 11, 2020',
      '',
      '**TOWN OF LITTLETON**  ',
      '**MONDAY, MAY 11, 2020**  ',
      '**5:00 PM**  ',
      '',
      '**Present:** Chairman Carrie Gendreau, Selectman Roger Emerson',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.documentType, paper.council, paper.meetingDate]).toEqual([
      'minutes',
      'Town of Littleton',
      '2020-05-11',
    ]);
  });
});

describe('a roll call one person a line', () => {
  it('reads each member under "Present:", with a degree after the name and an office in small letters, and the absent apart', () => {
    // Prepare
    const text = [
      'Minutes of the Board of Education, San Juan Unified School District',
      'October 25, 2022',
      '',
      '**Roll Call**  ',
      'Present:  ',
      'Michael McKibbin, Ed.D., president  ',
      'Zima Creason, vice president  ',
      'Paula Villescaz, member  ',
      'Absent:  ',
      'Saul Hernandez, member  ',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.attendance.present).toEqual([
      'Michael McKibbin',
      'Zima Creason',
      'Paula Villescaz',
    ]);
    expect(paper.attendance.apologies).toEqual(['Saul Hernandez']);
  });
});

describe('a case report’s meeting date', () => {
  it('takes no date from the report’s title', () => {
    // Prepare
    const text = [
      'SAKSFRAMLEGG',
      'Saksgang',
      'Utvalg',
      'Formannskap',
      '',
      'Arkivsaksnr: 2025/9204',
      'Saksbehandler: Tone Fossan Ertsås',
      '',
      '17 May 2026 - Ny komite',
      'Kommunedirektørens forslag til vedtak:',
      'Følgende medlemmer velges til komiteen.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect([paper.documentType, paper.title, paper.meetingDate]).toEqual([
      'report',
      '17 May 2026 - Ny komite',
      null,
    ]);
  });
});

describe('a motion seconded in the next sentence on its own line', () => {
  it('reads the motion when its second is set apart below it', () => {
    // Prepare
    const text = [
      'Minutes of the Lehi City Council held June 13, 2023',
      '',
      '12. Consideration of Resolution #2023-32',
      '',
      'The council discussed it.',
      '',
      'Motion: Councilor Southwick moved to approve Resolution #2023-32 approving an addendum to the parking lease agreement between Lehi City and Brian Brown.',
      'Councilor Hancock seconded the motion.',
      '',
      'Roll Call Vote: The motion passed unanimously.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve Resolution #2023-32 approving an addendum to the parking lease agreement between Lehi City and Brian Brown',
    ]);
  });
});

describe('a committee’s recommendations in its minutes', () => {
  it('reads "Recommendation: That … BE RECEIVED …" and "1. That it BE NOTED …" as what the committee decided', () => {
    // Prepare
    const text = [
      'AUDIT COMMITTEE',
      'MINUTES OF THE MEETING HELD ON SEPTEMBER 27, 2012',
      '',
      '1. That it BE NOTED that no pecuniary interests were disclosed.',
      '',
      '2. Engagement of PricewaterhouseCoopers for Advisory Services',
      '',
      'Recommendation: That, on the recommendation of the City Treasurer, the report dated September 27, 2012 BE RECEIVED for information.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'That it BE NOTED that no pecuniary interests were disclosed.',
      'That, on the recommendation of the City Treasurer, the report dated September 27, 2012 BE RECEIVED for information.',
    ]);
  });
});

describe('a parish council’s own decisions in sentences', () => {
  it('reads an assent that names nothing with the sentence before it, and no other council’s decision', () => {
    // Prepare
    const text = [
      'STOKE FERRY PARISH COUNCIL',
      'Minutes of the Ordinary Meeting held on 4 September 2019',
      '',
      '213/19 To Approve Amendments to Standing Orders',
      '',
      'Cllr A proposed closing the car park. This was not seconded. The Chair suggested a change of public participation to 3 minutes. The Parish Council were unanimously in favour.',
      '',
      '214/19 Reports',
      '',
      'Cllr Hall reported on the Town Council’s meeting. The Town Council approved a £5,000 skate-park grant.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'The Chair suggested a change of public participation to 3 minutes. The Parish Council were unanimously in favour.',
    ]);
  });
});

describe('what the last readings leave alone', () => {
  it('reads a cover page before numbered item headings, not from the first of them', () => {
    // Prepare
    const cover = Array.from({ length: 30 }, (_, index) => `Member ${index + 1}`);
    const text = [
      'TOWN OF LITTLETON',
      'BOARD OF SELECTMEN',
      'Monday, June 8, 2020',
      '',
      ...cover,
      '',
      '# Agenda',
      '',
      '# 1. Call to Order',
      '',
      '# 3. Approval of Minutes of May 11, 2020',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.meetingDate).toBe('2020-06-08');
  });

  it('takes no recommendation that the minutes record as overturned', () => {
    // Prepare
    const text = [
      'PLANNING COMMITTEE',
      'MINUTES OF THE MEETING HELD ON SEPTEMBER 27, 2012',
      '',
      '2. 14 High Street',
      '',
      'Recommendation: That the application BE APPROVED subject to conditions.',
      '',
      'RESOLVED: That the application be refused.',
    ].join('\n');

    // Act
    const paper = extractPaper(text);

    // Assess
    expect(paper.resolutions.map((resolution) => resolution.text)).toEqual([
      'the application be refused.',
    ]);
  });
});
