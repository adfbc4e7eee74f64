import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';

// Layouts met on the eleventh check set (Utah councils' minutes from the state's public notice
// archive: Riverton, Kearns, Draper, West Jordan), each reduced to the few lines that carry it.

const riverton = [
  'Riverton City, Utah',
  'CITY COUNCIL MEETING',
  'Minutes',
  'December 6, 2023',
  '',
  'Attendance:',
  '',
  'Mayor Trent Staggs',
  '',
  'Call to Order',
  '',
  'Mayor Staggs called the Riverton City Council Meeting to order at 5:57 PM and conducted a roll',
  'call. Councilmember Wells was excused.',
  '',
  'Citizen Comment',
  '',
  'Mayor Staggs called for public comments; there being none, he closed the Public Comment',
  'period.',
  '',
  '       Recognition of Linda Abel for Service on Historic Preservation Commission',
  '',
  'Mayor Staggs recognized Linda Abel, a resident volunteer who has made significant',
  'contributions to the community.',
  '',
  '      Riverton City Choice Awards for Excellence in Education –',
  '      Midas Creek Elementary',
  '',
  'Councilmember McDougal presented the Choice Awards to students and their teacher.',
  '',
  'Process for Selection of Food Trucks at Riverton Town Days and Friday Fun',
  'Nights',
  '',
  'Sheril Garn reviewed the process for selecting the food trucks for the summer events.',
  '',
  'Upcoming Meetings',
  '',
  'The next City Council meeting will be held on December 19, 2023.',
  '',
  'Adjournment',
  '',
  'The meeting was adjourned at 9:32 PM.',
  '',
  'Jamie Larsen',
  '',
  'City Recorder',
];

describe('minutes that set their business as titles alone between blank lines', () => {
  it('reads each title as an item, a wrapped one joined, and not the names signing them', () => {
    // Prepare
    const text = riverton.join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems.map((item) => [item.number, item.title])).toEqual([
      [null, 'Call to Order'],
      [null, 'Citizen Comment'],
      [null, 'Recognition of Linda Abel for Service on Historic Preservation Commission'],
      [null, 'Riverton City Choice Awards for Excellence in Education – Midas Creek Elementary'],
      [null, 'Process for Selection of Food Trucks at Riverton Town Days and Friday Fun Nights'],
      [null, 'Upcoming Meetings'],
      [null, 'Adjournment'],
    ]);
  });

  it('reads no items from a few such titles, nor from a bulleted list’s entries', () => {
    // Prepare
    const text = [
      ...riverton.slice(0, 18),
      'Nathan Bracken, Legal Counsel, reviewed the following bills:',
      '',
      '    -    SB 174 Local Land Use and Development Revisions',
      '',
      'This bill would make apartments above a garage a permanent use.',
      '',
      '    -    HB 291 Short Term Rental Amendments',
      '',
      'This is a short-term rental bill that would create a pilot program.',
      '',
      '    -    HB 232 Railroad Crossing Amendments',
      '',
      'This bill changes who pays for railroad crossings.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.agendaItems).toEqual([]);
  });
});

describe('the body of a municipal building authority', () => {
  it('reads the authority named above the items, not an item’s words run into the label under it', () => {
    // Prepare
    const text = [
      '                 MINUTES OF THE CITY OF WEST JORDAN',
      '                MUNICIPAL BUILDING AUTHORITY MEETING',
      '                Wednesday, April 26, 2023 - 6:00 PM',
      '',
      'MUNICIPAL BUILDING AUTHORITY',
      ' 1. CALL TO ORDER',
      '     BOARD:     Chairperson Chris McConnehey, Vice Chairperson Pamela Bloom, Kelvin Green',
      '     STAFF:     Council Office Director Alan Anderson',
      '',
      'Chairperson McConnehey called the meeting to order at 8:57 pm.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.body).toBe('CITY OF WEST JORDAN MUNICIPAL BUILDING AUTHORITY');
  });
});

describe('motions recorded in sentences around a resolution quoted whole', () => {
  it('reads a motion whose second is named before its words, beside the resolution it adopts', () => {
    // Prepare
    const text = [
      'KEARNS METRO TOWNSHIP COUNCIL MEETING MINUTES',
      'February 13, 2023',
      '',
      'Recognition of Senator Karen Mayne for her Dedicated Service',
      '',
      '      WHEREAS, since 2008, Senator Mayne has represented the 5th District; and',
      '',
      '      NOW, THEREFORE, be it RESOLVED, effective immediately that:',
      '',
      '      1. The Council expresses its appreciation to Senator Mayne.',
      '',
      '             Council Member Peterson, seconded by Council Member Butterfield, moved to',
      'approve Resolution 2023-01-03, expressing appreciation for Senator Karen Mayne. The motion',
      'passed unanimously.',
      '',
      'Interlocal Agreement',
      '',
      '             Council Member Butterfield, seconded by Council Member Snow, moved to',
      'approve the interlocal agreement. The motion passed unanimously.',
      '',
      'The meeting was adjourned at 8:20 p.m.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve Resolution 2023-01-03, expressing appreciation for Senator Karen Mayne',
      'to approve the interlocal agreement',
    ]);
  });

  it('reads a motion seconded below it, its vote recorded in a block after the second', () => {
    // Prepare
    const text = [
      'MINUTES OF THE CITY OF WEST JORDAN',
      'MUNICIPAL BUILDING AUTHORITY MEETING',
      'Wednesday, April 26, 2023 - 6:00 PM',
      '',
      ' 3. CONSENT ITEMS',
      '       MOTION:      Board Member Green moved to approve consent items as listed.',
      '                    Vice Chairperson Bloom seconded the motion.',
      '',
      '       The vote was recorded as follows:',
      '       Yes: Chris McConnehey, Pamela Bloom, Kelvin Green',
      '       No:',
      '       The motion passed 3-0.',
      '',
      ' 4. ADJOURN',
      'The meeting adjourned at 9:00 pm.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve consent items as listed',
    ]);
  });

  it('reads a motion given a point’s number, its outcome under the next number', () => {
    // Prepare
    const text = [
      'Draper City Council Meeting Minutes',
      'Tuesday, April 11, 2023',
      '',
      '5.0    Consent Items',
      '       a. Approval of the March 7, 2023, City Council Meeting Minutes',
      '',
      '5.1    Councilmember Vawdrey moved to approve the Consent Items.',
      '       Councilmember T. Lowery seconded the motion.',
      '',
      '5.2    A roll call vote was taken. The motion passed unanimously.',
      '',
      '6.0    Adjournment',
      'The meeting adjourned at 9:00 pm.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the Consent Items',
    ]);
  });
});

describe('attendance set out in two columns under their labels', () => {
  it('reads each column under its own label, the members beside the staff', () => {
    // Prepare
    const text = [
      'Riverton City, Utah',
      'CITY COUNCIL MEETING',
      'Minutes',
      'December 6, 2023',
      '',
      'Councilmembers:                            City Staff:',
      'Councilmember Tish Buroker                 Craig Giles, City Manager',
      'Councilmember Tawnee McCay                 Ryan Carter, City Attorney',
      'Councilmember Claude Wells - excused       Jamie Larsen, City Recorder',
      '                                           Josh Lee, Communications Director',
      '',
      'Mayor Staggs called the Riverton City Council Meeting to order at 5:57 PM.',
      'The meeting was adjourned at 9:32 PM.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.attendance).toEqual({
      present: ['Tish Buroker', 'Tawnee McCay'],
      apologies: ['Claude Wells'],
      inAttendance: ['Craig Giles', 'Ryan Carter', 'Jamie Larsen', 'Josh Lee'],
      substitutes: [],
    });
  });

  it('does not read a post run onto the next name as one more person', () => {
    // Prepare
    const text = [
      'MINUTES OF THE HOLLADAY CITY COUNCIL',
      'Thursday, April 6, 2023',
      '',
      'ATTENDANCE:',
      '     Mayor Rob Dahle                                 City Staff:',
      '     Paul Fotheringham                               Gina Chamness, City Manager',
      '     Dan Gibbons                                     Holly Smith, Assistant City Manager',
      '     Drew Quinn',
      '',
      'Mayor Rob Dahle called the meeting to order at approximately 6:00 p.m.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.attendance).toEqual({
      present: ['Rob Dahle', 'Paul Fotheringham', 'Dan Gibbons', 'Drew Quinn'],
      apologies: [],
      inAttendance: ['Gina Chamness', 'Holly Smith'],
      substitutes: [],
    });
  });
});
