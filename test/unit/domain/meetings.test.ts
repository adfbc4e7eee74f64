import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../functions/domain/papers/extract-paper.ts';
import { bodySlug, meetingsOf } from '../../../functions/domain/papers/meetings.ts';

const seed = (name: string) =>
  extractPaper(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'));

describe('bodySlug', () => {
  it('maps spellings of one body to one key', () => {
    expect(bodySlug("Children's & Education Select Committee")).toBe(
      'childrens-and-education-select-committee',
    );
    expect(bodySlug('The Children’s and Education Select Committee')).toBe(
      'childrens-and-education-select-committee',
    );
    expect(bodySlug("CHILDREN'S SELECT COMMITTEE")).toBe('childrens-select-committee');
  });
});

describe('meetingsOf', () => {
  it('gives an agenda pack its own meeting and the earlier meeting whose minutes it carries', () => {
    const meetings = meetingsOf(seed('000_9edff7cd89e1ecb6.txt'), 'pack', 3);
    expect(meetings.map((meeting) => [meeting.meetingId, meeting.roles])).toEqual([
      [
        'childrens-and-education-select-committee-2022-01-20',
        ['agenda', 'report', 'other', 'work-programme'],
      ],
      ['childrens-and-education-select-committee-2021-11-11', ['minutes']],
    ]);
    const [own, previous] = meetings;
    expect(own).toMatchObject({
      paperId: 'pack',
      paperVersion: 3,
      meetingTime: '14:00',
      council: 'Buckinghamshire Council',
    });
    expect(own?.agendaItems).toHaveLength(8);
    expect(previous?.decisions.map((decision) => decision.item)).toEqual(['3', '8']);
    expect(previous?.attendance.present).toHaveLength(11);
    expect(previous?.agendaItems.map((item) => item.title).slice(0, 3)).toEqual([
      'APOLOGIES FOR ABSENCE',
      'DECLARATIONS OF INTEREST',
      'MINUTES OF THE PREVIOUS MEETING',
    ]);
  });

  it('gives a report the meeting it is for', () => {
    expect(
      meetingsOf(seed('002_d1557ae21bff9908.txt'), 'report', 1).map((meeting) => meeting.meetingId),
    ).toEqual(['cabinet-2023-05-09']);
  });

  it('projects nothing it cannot place (no date) and nothing from exempt documents', () => {
    expect(meetingsOf(seed('003_3ac2e36a6a994582.txt'), 'untitled', 1)).toEqual([]);
    const exempt = extractPaper(
      'Report to Cabinet\nDate: 9 May 2023\nNOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A\n\nRESOLVED that the land be sold.',
    );
    expect(exempt.exempt.exempt).toBe(true);
    expect(meetingsOf(exempt, 'land', 1)).toEqual([]);
  });
});
