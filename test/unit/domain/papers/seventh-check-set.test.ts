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

  it('keeps the numbered items when the headings are the cover’s lists of who attended', () => {
    // Prepare
    const text = [
      '## City of Coral Gables City Commission Meeting',
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
      'Agenda Item F-5 [Start: 1:23 p.m.]',
      '',
      'F-5. Discussion regarding the Christmas decorations on Miracle Mile',
      '',
      'Mayor Lago: Moving onto item F-5.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.every(([number]) => number !== null)).toBe(true);
  });
});
