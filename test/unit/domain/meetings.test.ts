import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../functions/domain/papers/extract-paper.ts';
import {
  bodyId,
  bodyKey,
  bodyMatches,
  bodySlug,
  meetingId,
  meetingsOf,
} from '../../../functions/domain/papers/meetings.ts';

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
    const meetings = meetingsOf(seed('000_9edff7cd89e1ecb6.txt'), 'pack', 3, 'Westhaven Council');
    expect(meetings.map((meeting) => [meeting.meetingId, meeting.roles])).toEqual([
      [
        'buckinghamshire-council--childrens-and-education-select-committee--2022-01-20',
        ['agenda', 'report', 'appendix', 'other', 'work-programme'],
      ],
      [
        'buckinghamshire-council--childrens-and-education-select-committee--2021-11-11',
        ['minutes'],
      ],
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

  it("gives a report that names no council the meeting it is for, under the deployment's council", () => {
    // Prepare
    const report = extractPaper(
      'Report to Cabinet\n\nDate:\tTuesday 9 May 2023\nTitle:\tChildren’s Services Update\n\n1. Summary',
    );

    // Act
    const meetings = meetingsOf(report, 'report', 1, 'Westhaven Council');

    // Assess
    expect(meetings.map((meeting) => [meeting.meetingId, meeting.bodyId, meeting.council])).toEqual(
      [
        [
          'westhaven-council--cabinet--2023-05-09',
          'westhaven-council--cabinet',
          'Westhaven Council',
        ],
      ],
    );
  });

  it("keys a pack's earlier minutes by the pack's council when the minutes name none", () => {
    // Act
    const meetings = meetingsOf(seed('001_d9cb9d1c97fa0289.txt'), 'pack', 1, 'Westhaven Council');

    // Assess
    expect(meetings.map((meeting) => meeting.meetingId)).toEqual([
      'buckinghamshire-county-council--childrens-select-committee--2018-11-27',
      'buckinghamshire-county-council--childrens-select-committee--2018-10-02',
    ]);
  });

  it('projects nothing it cannot place (no date) and nothing from exempt documents', () => {
    expect(
      meetingsOf(seed('003_3ac2e36a6a994582.txt'), 'untitled', 1, 'Westhaven Council'),
    ).toEqual([]);
    const exempt = extractPaper(
      'Report to Cabinet\nDate: 9 May 2023\nNOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A\n\nRESOLVED that the land be sold.',
    );
    expect(exempt.exempt.exempt).toBe(true);
    expect(meetingsOf(exempt, 'land', 1, 'Westhaven Council')).toEqual([]);
  });
});

describe('body and meeting ids', () => {
  it("keeps two councils' cabinets apart", () => {
    // Act
    const ours = meetingId('Westhaven District Council', 'Cabinet', '2024-05-09');
    const theirs = meetingId('Eastmoor Borough Council', 'The Cabinet', '2024-05-09');

    // Assess
    expect(ours).toBe('westhaven-district-council--cabinet--2024-05-09');
    expect(theirs).toBe('eastmoor-borough-council--cabinet--2024-05-09');
  });

  it('matches a body id to its council only, and a bare name to that body of any council', () => {
    // Prepare
    const id = bodyId('Westhaven District Council', 'Cabinet');

    // Act
    const matches = [
      bodyMatches('Westhaven District Council', 'Cabinet', id),
      bodyMatches('Eastmoor Borough Council', 'Cabinet', id),
      bodyMatches('Eastmoor Borough Council', 'The Cabinet', 'cabinet'),
      bodyMatches('Eastmoor Borough Council', 'Planning', 'Cabinet'),
    ];

    // Assess
    expect(matches).toEqual([true, false, true, false]);
  });

  it("reads a caller's body as an id or a slug", () => {
    expect([bodyKey('Westhaven-Council--Cabinet'), bodyKey('The Cabinet')]).toEqual([
      'westhaven-council--cabinet',
      'cabinet',
    ]);
  });
});
