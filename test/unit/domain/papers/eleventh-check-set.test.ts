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
    expect(read.body).toMatch(/^(?:city of west jordan )?municipal building authority$/i);
  });
});
