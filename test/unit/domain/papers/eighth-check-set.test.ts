import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../functions/domain/dates.ts';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';

// Layouts met on the eighth check set (notices of English parish meetings, a Bermudian town's
// agenda, Spanish and Catalan councils' summonses), each reduced to the few lines that carry it.

const items = (text: string) =>
  extractPaper(text).agendaItems.map((item) => [item.number, item.title]);

describe('dates written in other styles', () => {
  it('reads a day with its suffix and a comma before the month', () => {
    // Prepare
    const text = 'on Thursday, 25th, January 2024 at 6:00PM';

    // Act
    const date = findDate(text);

    // Assess
    expect(date).toBe('2024-01-25');
  });

  it('reads Spanish and Catalan dates joined by "de" and "d’"', () => {
    // Prepare
    const texts = ['el próximo día 15 de septiembre de 2023', "el proper 26 d'octubre 2023"];

    // Act
    const dates = texts.map(findDate);

    // Assess
    expect(dates).toEqual(['2023-09-15', '2023-10-26']);
  });

  it('reads a German date with a stop after the day', () => {
    // Prepare
    const text = 'Sitzung am 15. September 2023';

    // Act
    const date = findDate(text);

    // Assess
    expect(date).toBe('2023-09-15');
  });
});

describe('a summons that names its meeting without "held"', () => {
  it('dates and times the meeting councillors are summoned to', () => {
    // Prepare
    const text = [
      'Westleigh Parish Council – Notice of Parish Meeting',
      'Councillors are summoned to the next meeting of the Parish Council on Wednesday 7th April 2021 via Zoom, at 7.30pm',
      'Agenda',
      '1. Apologies received in respect of the meeting',
      '2. Minutes – to confirm the minutes of the meeting held on the 3rd March 2021.',
      '3. Any other business not covered',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.meetingDate, read.meetingTime]).toEqual(['2021-04-07', '19:30']);
  });

  it('takes the place of a meeting councillors are invited to join', () => {
    // Prepare
    const text = [
      'March 2023 Agenda',
      '',
      'To all Parish Councillors - You are invited to join members of the Parish Council in a meeting in the Village Hall on Tuesday March 14th 2023 commencing at approx. 7.30 p.m.',
      '',
      '1. Public Forum',
      '',
      '2. Apologies for Absence',
      '',
      '3. Reports from Councillors.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.meetingDate, read.venue]).toEqual(['2023-03-14', 'Village Hall']);
  });

  it('reads a letter that announces a meeting "to consider the following" as an agenda of those items', () => {
    // Prepare
    const text = [
      'Dear Members:',
      '',
      'There will be a meeting of the General Council of the Corporation of St. George’s on Thursday, 25th, January 2024 at 6:00PM in the Towne Hall to consider the following:',
      '',
      '1. Confirmation of Quorum',
      '2. Apologies',
      '3. Committee Reports & Recommendations',
      'a. Finance & Property – Councillor Lynwood Trott JP',
      'b. Activities – Councillor Tianny Butterfield',
      '4. Board Member Reports',
      'a. St. George’s Preservation Authority',
      '5. Any Other Business',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect({
      type: read.documentType,
      council: read.council,
      date: read.meetingDate,
      venue: read.venue,
      items: read.agendaItems
        .filter((item) => /^\d+$/.test(item.number ?? ''))
        .map((item) => item.title),
    }).toEqual({
      type: 'agenda',
      council: 'Corporation of St. George’s',
      date: '2024-01-25',
      venue: 'Towne Hall',
      items: [
        'Confirmation of Quorum',
        'Apologies',
        'Committee Reports & Recommendations',
        'Board Member Reports',
        'Any Other Business',
      ],
    });
  });

  it('takes the date a Spanish summons calls the meeting for, not the date the notice was posted', () => {
    // Prepare
    const text = [
      'CONVOCATORIA A PLENO 15 Septiembre',
      '',
      '13 septiembre, 2023',
      '',
      'Resolución de la Presidencia del Pleno por la que se convoca sesión de carácter Ordinaria a celebrar el próximo día 15 de septiembre de 2023, viernes, a las 19:00 horas, en el Salón de Plenos de la Casa Consistorial.',
      'ORDEN DEL DÍA',
      '1. Dación al Pleno de las cuentas hasta el mes de julio de 2023.',
      '2. Solicitudes de vecin@s.',
      '3. Ruegos y Preguntas.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect([read.documentType, read.meetingDate]).toEqual(['agenda', '2023-09-15']);
  });
});

describe('items the run of numbers vouches for', () => {
  it('keeps the words after a title’s dash as part of the title', () => {
    // Prepare
    const text = [
      'Agenda',
      '1. Apologies',
      '2. Declarations of Interest – to receive declarations from Councillors of any disclosable, pecuniary, or other interests in items on the agenda',
      '3. Any other business',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read[1]).toEqual([
      '2',
      'Declarations of Interest – to receive declarations from Councillors of any disclosable, pecuniary, or other interests in items on the agenda',
    ]);
  });

  it('reads an item whose line does not read as a title when the numbers before and after it leave its place', () => {
    // Prepare
    const text = [
      'Agenda',
      '',
      '1. Apologies',
      '',
      '2. Finance',
      '',
      '3. Footpath No 4. Upgrade proposal quotes and application for funding via the SKDC prosperity fund, (part of Levelling up funding) updates.',
      '',
      '4. Reports from Councillors',
      '',
      '5. Any other business',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.map(([number]) => number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('reads an agenda’s items on after the run stops, each numbered next', () => {
    // Prepare
    const text = [
      'AGENDA',
      '',
      '1. Call to Order',
      '',
      '2. Roll Call',
      '',
      '3. Consideration of Resolution #2023-38 approving the allocation of PARC tax funds for recreation and cultural facilities, the grants listed in the council packet and the organisations named.',
      '',
      '4. Consideration of Resolution #2023-37 approving a street improvement agreement with Quicksilver Concrete, the contractor chosen in May after the bids were opened.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.map(([number]) => number)).toEqual(['1', '2', '3', '4']);
  });

  it('does not take the numbered speakers after minutes’ last item as items', () => {
    // Prepare
    const text = [
      'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL',
      '',
      'Present: Mayor Amezcua, Councilmember Bacerra',
      '',
      '1. Call to Order',
      '',
      '2. Public Comments',
      '',
      '3. Resolution on the Needle Exchange Program, which was read and discussed at length.',
      '',
      '4. Michal L. spoke in opposition to the item and asked the Council to wait for the report.',
      '',
      '5. Emma spoke in support of the item and thanked the staff for their work on the program.',
    ].join('\n');

    // Act
    const read = items(text);

    // Assess
    expect(read.map(([number]) => number)).toEqual(['1', '2']);
  });
});
