import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaperBasics } from '../../../functions/domain/extract/paper-basics.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

describe('extractPaperBasics on the sample papers', () => {
  it('reads the 2022 agenda pack: front sheet title and date, minutes and reports inside', () => {
    expect(extractPaperBasics(seed('000_9edff7cd89e1ecb6.txt'))).toEqual({
      documentType: 'agenda-pack',
      title: "Children's & Education Select Committee Agenda",
      meetingDate: '2022-01-20',
    });
  });

  it('reads the 2018 agenda pack, dated by its own meeting not the minutes inside', () => {
    expect(extractPaperBasics(seed('001_d9cb9d1c97fa0289.txt'))).toMatchObject({
      documentType: 'agenda-pack',
      meetingDate: '2018-11-27',
    });
  });

  it('reads the 2023 cabinet report from its labelled front matter', () => {
    expect(extractPaperBasics(seed('002_d1557ae21bff9908.txt'))).toEqual({
      documentType: 'report',
      title: "Children's Services Update",
      meetingDate: '2023-05-09',
    });
  });

  it('calls an untitled report a report, with null for what it does not state', () => {
    expect(extractPaperBasics(seed('003_3ac2e36a6a994582.txt'))).toEqual({
      documentType: 'report',
      title: null,
      meetingDate: null,
    });
  });

  it('reads Markdown with stray HTML tags around its labels', () => {
    expect(extractPaperBasics(seed('004_594d3babb122730d.txt'))).toEqual({
      documentType: 'report',
      title: "Children's Services Update",
      meetingDate: '2017-11-13',
    });
  });
});

describe('extractPaperBasics on other styles', () => {
  it('reads minutes dated by "held on"', () => {
    const text =
      'Anytown Parish Council\n\nMinutes of the Parish Council meeting\n\nheld on Monday 4th March 2024 at 7.30pm in the Village Hall';
    expect(extractPaperBasics(text)).toEqual({
      documentType: 'other',
      title: 'Anytown Parish Council',
      meetingDate: '2024-03-04',
    });
  });

  it('types minutes by their title', () => {
    expect(
      extractPaperBasics('Minutes of the Planning Committee\nDate: 12/02/2024').documentType,
    ).toBe('minutes');
  });

  it('skips page furniture when looking for a title and says null when none fits', () => {
    expect(
      extractPaperBasics('Page 3\n\nThis page is intentionally left blank\n\nCabinet Agenda').title,
    ).toBe('Cabinet Agenda');
    expect(extractPaperBasics('The quick brown fox.').title).toBeNull();
  });

  it('returns only nulls and "other" for empty text', () => {
    expect(extractPaperBasics('')).toEqual({
      documentType: 'other',
      title: null,
      meetingDate: null,
    });
  });
});
