import { describe, expect, it } from 'vitest';
import {
  datasetOrigin,
  naturalOrder,
  tableTitle,
} from '../../../functions/domain/datasets/origin.ts';

const paper = {
  id: 'cabinet-2024-05-09-budget',
  title: 'Budget 2024/25',
  committee: 'Cabinet',
  meetingDate: '2024-05-09',
  documentType: 'report',
};

describe('tableTitle', () => {
  it('names a table by its number, heading and paper', () => {
    expect(tableTitle(2, 'Budget summary', paper)).toBe(
      'Table 2: Budget summary — Cabinet 9 May 2024 report',
    );
  });

  it('names a table with no heading by its number and paper', () => {
    expect(tableTitle(3, null, { ...paper, documentType: 'agenda-pack' })).toBe(
      'Table 3 — Cabinet 9 May 2024 agenda pack',
    );
  });

  it("falls back to the paper's title when it has no body or date", () => {
    expect(tableTitle(1, 'Costs', { ...paper, committee: null, meetingDate: null })).toBe(
      'Table 1: Costs — Budget 2024/25',
    );
  });
});

describe('naturalOrder', () => {
  it('sorts digit runs as numbers', () => {
    // Prepare
    const ids = ['p-table-10', 'p-table-2', 'p-table-1', 'p-table-11'];

    // Act
    const sorted = [...ids].sort(naturalOrder);

    // Assess
    expect(sorted).toEqual(['p-table-1', 'p-table-2', 'p-table-10', 'p-table-11']);
  });
});

describe('datasetOrigin', () => {
  it('reads a recorded origin, else the source of a version stored before origins were', () => {
    expect([
      datasetOrigin({ origin: 'paper', source: null }),
      datasetOrigin({ source: '/v1/papers/p/versions/1#lines-3-9' }),
      datasetOrigin({ source: 'https://example.org/spend.csv' }),
    ]).toEqual(['paper', 'paper', 'upload']);
  });
});
