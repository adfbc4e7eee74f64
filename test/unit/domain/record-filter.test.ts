import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../../functions/domain/record-filter.ts';
import { paperVersion } from '../../support/records.ts';

const paper = paperVersion({
  title: 'Children’s Services Update',
  committee: 'Health & Wellbeing Board',
  meetingDate: '2024-05-09',
  documentType: 'report',
  publishedAt: '2024-05-10T09:00:00.000Z',
});

describe('matchesFilter', () => {
  it('matches a body by name or slug, ampersands and a leading "the" aside', () => {
    expect(matchesFilter(paper, { body: 'health-and-wellbeing-board' })).toBe(true);
    expect(matchesFilter(paper, { body: 'The Health and Wellbeing Board' })).toBe(true);
    expect(matchesFilter(paper, { body: 'Cabinet' })).toBe(false);
  });

  it('narrows by type, inclusive meeting dates and update time', () => {
    expect(matchesFilter(paper, { type: 'report', from: '2024-05-09', to: '2024-05-09' })).toBe(
      true,
    );
    expect(matchesFilter(paper, { type: 'minutes' })).toBe(false);
    expect(matchesFilter(paper, { from: '2024-05-10' })).toBe(false);
    expect(matchesFilter(paper, { updatedSince: '2024-05-10T09:00:00.000Z' })).toBe(true);
    expect(matchesFilter(paper, { updatedSince: '2024-05-10T09:00:00.001Z' })).toBe(false);
    expect(matchesFilter(paperVersion({ meetingDate: null }), { from: '2000-01-01' })).toBe(false);
  });

  it('finds text regardless of case and accents', () => {
    expect(matchesFilter(paper, { q: 'CHILDREN' })).toBe(true);
    expect(matchesFilter(paperVersion({ title: 'Café licensing' }), { q: 'cafe' })).toBe(true);
    expect(matchesFilter(paper, { q: 'planning' })).toBe(false);
  });
});
