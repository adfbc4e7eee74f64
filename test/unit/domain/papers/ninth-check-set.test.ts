import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { paperText } from '../../../../functions/domain/papers/readers/html-text.ts';

// Layouts met on the ninth check set (Utah councils' minutes from an archive, a township's minutes
// saved from a web page, a French commune's minutes), each reduced to the few lines that carry it.

describe('the text of a page saved with its line breaks as tags', () => {
  it('breaks the lines where the tags stand, outside a table’s rows', async () => {
    // Prepare
    const text = [
      'PRE- MEETING WORKSHOP <br />January 12, 2009 <br />6:00 P.M. <br />ATTENDANCE: <br />',
      '| Grant<br>• 06/30/2024 | ARC |',
    ].join('\n');

    // Act
    const read = await paperText('markdown', text);

    // Assess
    const lines = read.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'PRE- MEETING WORKSHOP',
      'January 12, 2009',
      '6:00 P.M.',
      'ATTENDANCE:',
    ]);
    expect(lines.slice(4)).toEqual([expect.stringMatching(/^\| Grant.*06\/30\/2024 \| ARC \|$/)]);
  });
});

describe('minutes that never call themselves minutes', () => {
  it('reads the members present, excused and attending from labels over names in capitals, a footnote’s mark dropped', () => {
    // Prepare
    const text = [
      'Source: https://www.utah.gov/pmn/files/971311.pdf',
      'Format: pdf-text',
      '---',
      'THE EMIGRATION CANYON METRO TOWNSHIP COUNCIL MET ELECTRONICALLY ON TUESDAY, MARCH 28, 2023.',
      'COUNCIL MEMBERS PRESENT:',
      '',
      'DAVID BREMS',
      'ROBERT PINON 1',
      'JOE SMOLKA, Mayor',
      '',
      'COUNCIL MEMBERS EXCUSED:',
      '',
      'CATHERINE HARRIS',
      '',
      'OTHERS IN ATTENDANCE:',
      '',
      'POLLY MCLEAN, LEGAL COUNSEL',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect({ type: read.documentType, attendance: read.attendance }).toEqual({
      type: 'minutes',
      attendance: {
        present: ['DAVID BREMS', 'ROBERT PINON', 'JOE SMOLKA'],
        apologies: ['CATHERINE HARRIS'],
        inAttendance: ['POLLY MCLEAN'],
        substitutes: [],
      },
    });
  });

  it('takes the one presiding as present, without the office before the name', () => {
    // Prepare
    const text = [
      'CITY COUNCIL MEETING',
      '',
      'PRESIDING: Council Chair Sharla Bynum',
      '',
      'COUNCIL MEMBERS PRESENT:',
      '      Sharla Bynum, LeAnne Huff, Natalie Pinkney',
      '',
      'Council Chair Bynum made a motion to approve the minutes listed above.',
      'MOTION: Sharla Bynum',
      'SECOND: LeAnne Huff',
      'Voice Vote:',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.documentType, read.attendance.present]).toEqual([
      'minutes',
      ['Sharla Bynum', 'LeAnne Huff', 'Natalie Pinkney'],
    ]);
  });

  it('takes the place a meeting was held in from its sentence, to the sentence’s end', () => {
    // Prepare
    const text = [
      'SPECIAL CITY COUNCIL',
      'WORK MEETING MINUTES',
      'Wednesday, January 11, 2023',
      '',
      'The following are the minutes of the City Council meeting of the Herriman City Council. The meeting',
      'was held on Wednesday, January 11, 2023, at 5:00 p.m. in the Herriman City Hall Fort Herriman',
      'Conference Room, 5355 West Herriman Main Street, Herriman, Utah. Adequate notice of this meeting',
      'was posted in the City Hall.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.venue).toBe(
      'Herriman City Hall Fort Herriman Conference Room, 5355 West Herriman Main Street, Herriman, Utah',
    );
  });
});

describe('business under rules across the page', () => {
  it('reads the line under each rule as an item, and the line under a group’s heading', () => {
    // Prepare
    const text = [
      'MINUTES OF THE TOWNSHIP COUNCIL',
      'Members present: David Brems, Joe Smolka',
      '♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦',
      'Citizen Input',
      'None.',
      '',
      '♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦',
      'Reports from other Municipal Providers',
      'Unified Police Department (UPD)',
      'Chief Wayne Dial stated a lawsuit was won.',
      '',
      '−−−−−−−−−−−−−−',
      'Unified Fire Authority (UFA)',
      'Chief Bryan Case stated there were four calls last month.',
      '',
      '♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦ ♦♦♦',
      'Council Business',
      'Dark Sky Ordinance',
      'The ordinance was discussed.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => [item.number, item.title])).toEqual([
      [null, 'Citizen Input'],
      [null, 'Unified Police Department (UPD)'],
      [null, 'Unified Fire Authority (UFA)'],
      [null, 'Dark Sky Ordinance'],
    ]);
  });

  it('does not name the council from a kind of council or a body’s heading', () => {
    // Prepare
    const text = [
      '# Metro Township Council Meeting',
      '',
      'Members present: David Brems, Joe Smolka',
      '',
      'Unified Fire Authority',
      'Chief Bryan Case stated there were four calls last month.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.council).toBeNull();
  });
});

describe('a French commune’s minutes', () => {
  it('reads them as minutes from the council’s meeting, with its room and who was absent', () => {
    // Prepare
    const text = [
      'Commune de Pierrefonds',
      'Conseil Municipal du 11 avril 2023',
      'L’an deux mille vingt-trois, le 11 avril à 19h, le Conseil Municipal de PIERREFONDS, dûment convoqué le 04',
      'avril 2023, s’est réuni dans la salle du conseil en mairie, sous la présidence de Madame Florence DEMOUY,',
      'maire.',
      'Présents : Madame Florence DEMOUY, Madame Emmanuelle LEMAITRE',
      'Absents :',
      '- Monsieur Ronan TANGUY',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.documentType, read.venue, read.attendance.apologies]).toEqual([
      'minutes',
      'la salle du conseil en mairie',
      ['Ronan TANGUY'],
    ]);
  });

  it('does not read the rows of a table of accounts as items', () => {
    // Prepare
    const text = [
      'Procès-verbal du Conseil Municipal',
      'Ordre du jour',
      '1. Budget – Commune',
      '2. Vente du presbytère de la commune',
      '3. Questions diverses',
      '',
      '73 Impôts et taxes 747 228,00 790 005,26 795 877,00',
      '74 Dotations et participations 326 017,60 350 797,81 321 400,00',
      '75 Autres produits de gestion courante 29 002,00 33 918,43 40 000,00',
      '76 Produits financiers 5,00 5,98 7,00',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe('a township board’s minutes written as one paragraph each', () => {
  it('reads a roll call with the absent run on after its stop, and motions by who moved them', async () => {
    // Prepare
    const text = [
      '---',
      'title: "Board Meeting — March 9, 2026"',
      'date: "2026-03-01"',
      '---',
      '',
      'Supervisor Kibbey called the meeting to order at 7:00 PM.',
      '',
      '**Roll Call of Members present:** Kibbey, Majewski, Carey, Tobin. Absent: Simons.',
      '',
      'Motion by Tobin to approve the treasurer’s report as submitted, second by Kibbey, all in favor, motion carried.',
    ].join('\n');

    // Act
    const read = extractPaper(await paperText('markdown', text));

    // Assess
    expect({
      date: read.meetingDate,
      present: read.attendance.present,
      apologies: read.attendance.apologies,
      resolutions: read.resolutions.map((resolution) => resolution.text),
    }).toEqual({
      date: '2026-03-09',
      present: ['Kibbey', 'Majewski', 'Carey', 'Tobin'],
      apologies: ['Simons'],
      resolutions: ['to approve the treasurer’s report as submitted'],
    });
  });
});

describe('minutes laid out by Legistar', () => {
  it('reads the members after the count, the excused, and staff listed with their posts', () => {
    // Prepare
    const text = [
      'Meeting Minutes',
      'City Council',
      'Tuesday, January 10, 2023        5:15 PM        City Hall & Online',
      '',
      '5:15  Council Meeting',
      '                   Present:   2 -  Council Member Alison Stroud',
      '                                   Council Member Zach Robinson',
      '                   Excused:   1 -  Council Member Marci Houseman',
      '',
      '                              Council Staff in Attendance:',
      '                              Dustin Fratto, Executive Director',
      '                              Liz Theriault, Policy & Comms Analyst',
      '                              Dan Medina, Parks & Recreation',
      '',
      '1.         23-019                 General Citizen Comments',
      '',
      '2.         23-020                 Council Member Business',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect({
      attendance: read.attendance,
      items: read.agendaItems.map((item) => item.title),
    }).toEqual({
      attendance: {
        present: ['Alison Stroud', 'Zach Robinson'],
        apologies: ['Marci Houseman'],
        inAttendance: ['Dustin Fratto', 'Liz Theriault', 'Dan Medina'],
        substitutes: [],
      },
      items: ['General Citizen Comments', 'Council Member Business'],
    });
  });
});

describe('minutes of the tenth check set’s kinds', () => {
  it('reads a motion with its outcome before its words, and the yeas as where its list ends', () => {
    // Prepare
    const text = [
      'CITY COUNCIL REGULAR MEETING AT 6:00 PM',
      '',
      'ROLL CALL - all Councilmembers were in attendance.',
      '',
      '2. CONSENT CALENDAR',
      '',
      'Motion by Haskew, second by Mayor Pro Tem Silva, carried unanimously, to APPROVE CONSENT CALENDAR ITEMS 2a-2d as follows:',
      '',
      'YEAS: Darling, Haskew, Wilk, Mayor Pro Tem Silva, Mayor Francois.',
      '',
      'ADJOURNMENT OF THE REGULAR MEETING OF THE CITY COUNCIL at 8:43 p.m.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.documentType, read.resolutions.map((resolution) => resolution.text)]).toEqual([
      'minutes',
      ['to APPROVE CONSENT CALENDAR ITEMS 2a-2d as follows:'],
    ]);
  });

  it('reads the members run into a line after other business, and a motion supported', () => {
    // Prepare
    const text = [
      'Clark Township Board Special Meeting Minutes',
      '',
      'Clark Township Board of Trustees',
      'Special Meeting',
      'January 28, 2008',
      '',
      'Call to Order: 3:50 p.m. Pledge of Allegiance Trustees Present: Nordquist, Lofdahl, Hudson',
      '',
      'Hudson moved to approve the agenda as presented. Lofdahl supported. All Ayes. Motion Carried.',
      '',
      'Meeting adjourned at 4:37 p.m.',
      '',
      '2008-02-14 digital edition',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect({
      date: read.meetingDate,
      present: read.attendance.present,
      resolutions: read.resolutions.map((resolution) => resolution.text),
    }).toEqual({
      date: '2008-01-28',
      present: ['Nordquist', 'Lofdahl', 'Hudson'],
      resolutions: ['to approve the agenda as presented'],
    });
  });

  it('does not take the note of when these minutes were approved as a decision', () => {
    // Prepare
    const text = [
      'City Council Regular Meeting',
      'Tuesday, May 17, 2022',
      '',
      'Meeting minutes were approved by the City Council on June 7, 2022.',
      '',
      'Members present: Darling, Haskew',
      '',
      'Motion by Haskew, second by Darling, carried unanimously, to RECEIVE the Priorities Update.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to RECEIVE the Priorities Update',
    ]);
  });

  it('takes an item’s title after a label’s word and its colon', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '4. PUBLIC HEARINGS',
      '',
      'a. Project: 2670 & 2680 Walnut Boulevard Subdivision',
      '',
      'b. Project: Citrus Marketplace Shopping Center Rezone',
      '',
      '5. ADJOURNMENT',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => item.title)).toEqual([
      'PUBLIC HEARINGS',
      '2670 & 2680 Walnut Boulevard Subdivision',
      'Citrus Marketplace Shopping Center Rezone',
      'ADJOURNMENT',
    ]);
  });
});

describe('items numbered afresh under headings in capitals', () => {
  it('reads each section’s run, past a list of attachments inside an item, with long “Consider a …” titles', () => {
    // Prepare
    const text = [
      'City Council Meeting Minutes',
      '',
      'Council in Attendance: Philip Markham, Pamela Cotter',
      '',
      'APPROVAL OF MINUTES',
      ' 1. Council Meeting - March 21, 2023',
      '      Councilmember Markham moved to approve the minutes. The motion was SECONDED by Councilmember Turner.',
      '',
      'SPECIAL PRESENTATIONS',
      ' 1. Fiscal Year 2023-2024 Budget Address., Brenda Moore presenting.',
      '',
      '   Minutes Attachments',
      "   1. Mayor's FY2024 Budget Summary.pdf",
      '',
      ' 2. Consider a Resolution , Brenda Moore presenting.',
      '',
      'BUSINESS ITEM(S)',
      '',
      ' 1. Consider an Ordinance repealing paragraph (B) of sections 7.04.020, 13.48.060 and amending section 15.20.260 of the Murray City Municipal Code',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => [item.number, item.title.slice(0, 30)])).toEqual([
      ['1', 'Council Meeting - March 21, 20'],
      ['1', 'Fiscal Year 2023-2024 Budget A'],
      ['2', 'Consider a Resolution , Brenda'],
      ['1', 'Consider an Ordinance repealin'],
    ]);
  });

  it('does not read a motion’s mover and seconder as an item', () => {
    // Prepare
    const text = [
      'COUNCIL MEETING – DISPOSITION OF ITEMS',
      '',
      'COUNCIL MOTIONS',
      'MOTION \t MOVER & SECONDER \t SUBJECT \t DISPOSITION',
      '1 \t Orlikow / Browaty \t That the Declaration of Expropriation be amended \t ADOPTED',
      '2 \t Browaty / Wyatt \t That the By-law be read a third time \t ADOPTED',
      '3 \t Bowman / Lukes \t That the report be received \t ADOPTED',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => item.title)).not.toContain('Orlikow / Browaty');
  });
});

describe('decisions recorded by the votes around them', () => {
  it('takes a motion whose resolution “was approved by a unanimous vote”', () => {
    // Prepare
    const text = [
      'CITY COUNCIL MEETING MINUTES',
      '',
      'V. Consideration of Resolution 2023-09 - Amending the Council Internal Policies.',
      'Council Member Durham moved to APPROVE Resolution 2023-09 – Amending the Council Internal',
      'Policies. Council Member Gibbons seconded the motion. Vote on the motion: Council Member',
      'Fotheringham-Aye; Council Member Durham-Aye. Resolution 2023-09 was approved by a unanimous vote.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to APPROVE Resolution 2023-09 – Amending the Council Internal Policies',
    ]);
  });

  it('takes a motion every recorded vote is for, without the votes, and not one with a nay', () => {
    // Prepare
    const text = [
      'COMMISSION MEETING MINUTES',
      '',
      'G. CONSENT ITEMS:',
      '      Commissioner Bolos moved to approve the consent items; Commissioner Harvey seconded.',
      '      Commissioner Froerer – aye; Commissioner Harvey – aye; Chair Bolos – aye',
      '',
      'H. ACTION ITEMS:',
      '      Commissioner Harvey moved to approve the grant applications; Commissioner Bolos seconded.',
      '      Commissioner Froerer – nay; Commissioner Harvey – aye; Chair Bolos – nay',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the consent items',
    ]);
  });
});
