import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { sentences } from '../../../../functions/domain/papers/lines.ts';

// Layouts met on the twelfth check set (Logan's and St. George's minutes from Utah's archive,
// Limerick's minutes saved as Markdown, Washington County's), each reduced to the lines that carry it.

describe('the opening of minutes under a letterhead run into one line', () => {
  it('keeps the letterhead with the minutes, as one document, and reads the place from the wrapped sentence', () => {
    // Prepare
    const text = [
      '# Logan City Council Meeting — 2023-01-17',
      '> Source: https://cms9files.revize.com/loganut/council/23January17.pdf',
      '> Meeting date: 2023-01-17',
      '',
      'Logan Municipal Council                  Logan, Utah                     January 17, 2023',
      '',
      'Minutes of the meeting of the Logan Municipal Council convened in regular session on',
      'Tuesday, January 17, 2023, in the Logan Municipal Council Chambers located at 290',
      'North 100 West, Logan, Utah 84321 at 5:30 pm. Logan Municipal Council Meetings are',
      'televised live as a public service.',
      '',
      'Chairman López welcomed those present. The motion carried unanimously.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.documents ?? []).toHaveLength(0);
    expect(read.documentType).toBe('minutes');
    expect(read.venue).toBe(
      'Logan Municipal Council Chambers located at 290 North 100 West, Logan, Utah 84321',
    );
  });
});

describe('sentences', () => {
  it('does not end a sentence at a title or a saint’s abbreviation', () => {
    // Act
    const read = sentences(
      'The meeting was held in the Chambers, 197 East Tabernacle, St. George, Utah. Mr. Jones was present.',
    );

    // Assess
    expect(read).toEqual([
      'The meeting was held in the Chambers, 197 East Tabernacle, St. George, Utah.',
      'Mr. Jones was present.',
    ]);
  });
});

describe('items set as headings', () => {
  it('reads a heading in capitals wrapped onto a second line whole, no attendance label as an item, and a saint’s city whole', () => {
    // Prepare
    const text = [
      'ST. GEORGE CITY COUNCIL MINUTES',
      'REGULAR MEETING',
      'OCTOBER 19, 2023',
      '',
      'PRESENT:',
      '     Mayor Michele Randall',
      'EXCUSED:',
      '     Councilmember Gregg McArthur',
      '',
      'The meeting was called to order at 5:00 p.m. The motion carried.',
      '',
      'ARGUMENTS FOR AND AGAINST THE TRAILS, PARKS & RECREATION GENERAL',
      'OBLIGATION BONDS:',
      '     Public meeting to hear arguments for and against the bonds.',
      '',
      'PUBLIC HEARING/GENERAL OBLIGATION BONDS:',
      '     Public hearing regarding the issuance of General Obligation Bonds.',
      '',
      'PUBLIC HEARING/SALE OF A SIGNIFICANT PARCEL OF CITY OWNED REAL',
      'PROPERTY:',
      '     Public hearing to take public comment regarding the sale of a parcel.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.council).toBe('ST. GEORGE CITY COUNCIL');
    expect(read.agendaItems.map((item) => item.title)).toEqual([
      'ARGUMENTS FOR AND AGAINST THE TRAILS, PARKS & RECREATION GENERAL OBLIGATION BONDS',
      'PUBLIC HEARING/GENERAL OBLIGATION BONDS',
      'PUBLIC HEARING/SALE OF A SIGNIFICANT PARCEL OF CITY OWNED REAL PROPERTY',
    ]);
  });

  it('numbers an item by its bold "Item N:" label, its title the bold lines under it', () => {
    // Prepare
    const text = [
      '**MINUTES OF THE COMMUNITY, LEISURE & EMERGENCY SERVICES STRATEGIC POLICY COMMITTEE**',
      '',
      'A meeting of the Strategic Policy Committee was held in Kilmallock Area Office on Wednesday 2nd December, 2015.',
      '',
      '**IN THE CHAIR:**',
      '',
      'Cllr. F. Foley',
      '',
      '**Item 4:**',
      '',
      '**Presentation on 1916/2016 Commemoration Programme (Mr. Damien**',
      '',
      '**Brady).**',
      '',
      'Mr. Brady is the co-ordinator of the celebrations.',
      '',
      '**Item 1:**',
      '',
      '**Adoption of Draft Minutes**',
      '',
      'The minutes were proposed and seconded.',
      '',
      '**Item 7:**',
      '',
      '**Any Other Business**',
      '',
      'There was no other business.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => [item.number, item.title])).toEqual([
      ['4', 'Presentation on 1916/2016 Commemoration Programme (Mr. Damien Brady).'],
      ['1', 'Adoption of Draft Minutes'],
      ['7', 'Any Other Business'],
    ]);
  });
});

describe('those present, staff and others in one labelled list', () => {
  it('reads the staff a "Present:" list names by their posts as attending, and "Others:" as its own list', () => {
    // Prepare
    const text = [
      'CITY OF SOUTH JORDAN',
      'CITY COUNCIL MEETING MINUTES',
      'AUGUST 15, 2023',
      '',
      'Present:       Mayor Dawn Ramsey, Council Member Patrick Harris, Council Member Brad',
      '               Marlor, City Manager Dustin Lewis, Fire Chief Chris Dawson, Director of',
      '               Recreation Janell Payne, CFO Sunil Naidu,',
      '',
      'Absent:',
      '',
      'Others:        Linny Hansen, Adrian Montelongo, Brian Adams,',
      '',
      'Mayor Ramsey called the meeting to order at 6:41 p.m. The motion passed unanimously.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.attendance.present).toEqual(['Dawn Ramsey', 'Patrick Harris', 'Brad Marlor']);
    expect(read.attendance.apologies).toEqual([]);
    expect(read.attendance.inAttendance).toEqual(
      expect.arrayContaining([
        'Linny Hansen',
        'Adrian Montelongo',
        'Brian Adams',
        'City Manager Dustin Lewis',
        'Fire Chief Chris Dawson',
        'CFO Sunil Naidu',
      ]),
    );
  });
});

describe('a paper whose converter set every printed line apart', () => {
  it('reads a sentence wrapped over lines set apart whole, and a numbered heading on its own', () => {
    // Prepare
    const filler = Array.from({ length: 12 }, (_, index) => [
      `Councillor Number ${index + 1} spoke at some length about the roads and the footpaths of the`,
      '',
      'district, and the Council noted what was said about them at this meeting of the members.',
      '',
    ]).flat();
    const text = [
      'MINUTES OF PROCEEDINGS AT ADJOURNED MEETING OF LIMERICK CITY AND COUNTY COUNCIL',
      '',
      ...filler,
      '7. Appointments to Strategic Policy Committees of the Council and the other bodies',
      '',
      'On the proposal of Councillor Collins (M), seconded by Councillor Hourigan, it was',
      '',
      'agreed that Councillor Vivienne Crowley would be appointed to replace Councillor Joe',
      '',
      'Crowley, RIP, on both the Community, Leisure and Emergency Services Strategic Policy',
      '',
      'Committee and the Environment Strategic Policy Committee.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toContainEqual(
      expect.stringMatching(
        /Crowley would be appointed to replace Councillor Joe Crowley, RIP, on both .* Environment Strategic Policy Committee\.$/,
      ),
    );
  });
});

describe('a page number under the last sentence of a page', () => {
  it('is not an item’s number for the line after it', () => {
    // Prepare
    const text = [
      'COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 13 MARS 2025',
      '',
      '1. FINANCES',
      '',
      'Le Conseil Communautaire, après en avoir délibéré, adopte à l’unanimité la présente',
      'délibération.',
      '4',
      '',
      'DEL2025-03 : Vote du compte financier unique – Année 2024 – Budget Annexe ZA',
      'Rapporteur : Sylvain GOUPIL',
      'Le Conseil Communautaire, après en avoir délibéré, adopte à l’unanimité la présente',
      'délibération.',
      '6',
      '',
      'DEL2025-04 : Affectation du résultat 2024 – Budget Principal',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => item.number)).not.toContain('4');
    expect(read.agendaItems.map((item) => item.number)).not.toContain('6');
  });
});
