import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPaperExtractions } from '../../../functions/domain/history/diff-extraction.ts';
import { diffFields } from '../../../functions/domain/history/diff-fields.ts';
import { diffRows, type RowDiff } from '../../../functions/domain/history/diff-rows.ts';
import type { AgendaItem, PaperExtraction } from '../../../functions/domain/papers/model.ts';
import type { DatasetRow } from '../../../functions/ports/row-store.ts';
import { paperVersion } from '../../support/records.ts';

const extraction = (overrides: Partial<PaperExtraction> = {}): PaperExtraction => ({
  documentType: 'minutes',
  council: 'Westhaven District Council',
  body: 'Cabinet',
  meetingDate: '2023-05-09',
  meetingTime: '19:00',
  venue: null,
  title: null,
  authors: [],
  wards: [],
  agendaItems: [],
  attendance: { present: [], apologies: [], inAttendance: [], substitutes: [] },
  declarations: [],
  resolutions: [],
  actions: [],
  recommendations: [],
  votes: [],
  tables: [],
  sections: [],
  nextMeetingDate: null,
  exempt: { exempt: false, paragraphs: [], reason: null, line: null },
  provenance: {},
  documents: [],
  withheldParts: [],
  warnings: [],
  pages: null,
  ...overrides,
});

const item = (number: string, title: string, line = 1): AgendaItem => ({
  number,
  title,
  time: null,
  pages: null,
  description: null,
  line,
});

const row = (rowNumber: number, values: DatasetRow['values']): DatasetRow => ({
  rowNumber,
  values,
});

/** Rows served a few at a time, as pages from the row store would be. */
async function* pages(rows: readonly DatasetRow[], size = 2): AsyncGenerator<DatasetRow> {
  for (let start = 0; start < rows.length; start += size) {
    const page = await Promise.resolve(rows.slice(start, start + size));
    yield* page;
  }
}

const diff = (
  left: readonly DatasetRow[],
  right: readonly DatasetRow[],
  options?: Parameters<typeof diffRows>[2],
) => diffRows(pages(left), pages(right), options);

describe('diffFields', () => {
  it('lists changed fields by name, ignoring bookkeeping that differs between any two versions', () => {
    const v1 = paperVersion();
    const v2 = paperVersion({
      version: 2,
      title: 'Children’s Services Update (revised)',
      committee: 'Full Council',
      sequencer: '0055AED6DCD90281F0',
      receivedAt: '2024-06-01T00:00:00.000Z',
      publishedAt: '2024-06-01T00:00:01.000Z',
      applied: { other: '01' },
      current: 2,
    });

    expect(diffFields(v1, v2)).toEqual([
      { field: 'committee', from: 'Cabinet', to: 'Full Council' },
      { field: 'reason', from: 'new', to: 'correction' },
      {
        field: 'title',
        from: 'Children’s Services Update',
        to: 'Children’s Services Update (revised)',
      },
    ]);
  });

  it('finds nothing between a version and itself, and ignores key order inside objects', () => {
    const v1 = paperVersion({ withdrawal: { reason: 'error', by: 'clerk', at: 't' } });
    const reordered = { ...v1, withdrawal: { at: 't', by: 'clerk', reason: 'error' } };
    expect(diffFields(v1, v1)).toEqual([]);
    expect(diffFields(v1, reordered)).toEqual([]);
  });

  it('reports a field missing from one version with undefined on that side', () => {
    const v1 = paperVersion();
    const { meetingIds: _dropped, ...older } = v1;
    expect(diffFields(older as typeof v1, v1)).toEqual([
      { field: 'meetingIds', from: undefined, to: ['cabinet-2023-05-09'] },
    ]);
  });
});

describe('diffPaperExtractions', () => {
  it('matches agenda items by number and lists added, removed and changed ones', () => {
    const a = extraction({
      agendaItems: [item('1', 'Apologies'), item('2', 'Minutes'), item('3', 'Budget')],
    });
    const b = extraction({
      agendaItems: [
        item('1', 'Apologies'),
        item('2', 'Minutes of the last meeting'),
        item('4', 'AOB'),
      ],
    });

    const { agendaItems } = diffPaperExtractions(a, b);

    expect(agendaItems.added).toEqual([item('4', 'AOB')]);
    expect(agendaItems.removed).toEqual([item('3', 'Budget')]);
    expect(agendaItems.changed).toEqual([
      {
        key: 'item 2',
        from: item('2', 'Minutes'),
        to: item('2', 'Minutes of the last meeting'),
        fields: ['title'],
      },
    ]);
  });

  it('does not count an item that only moved in the text as changed', () => {
    const a = extraction({ agendaItems: [item('5a', 'Budget', 10)] });
    const b = extraction({ agendaItems: [item('5a', 'Budget', 42)] });
    expect(diffPaperExtractions(a, b).agendaItems).toEqual({ added: [], removed: [], changed: [] });
  });

  it('matches item numbers written differently, listing the number as changed', () => {
    const a = extraction({ agendaItems: [item('5a', 'Budget')] });
    const b = extraction({ agendaItems: [item('5A.', 'Budget')] });
    expect(diffPaperExtractions(a, b).agendaItems.changed).toMatchObject([
      { key: 'item 5a', fields: ['number'] },
    ]);
  });

  it('matches unnumbered agenda items by normalised title', () => {
    const a = extraction({ agendaItems: [item('', 'Public Questions')] });
    const b = extraction({
      agendaItems: [{ ...item('', 'PUBLIC  QUESTIONS:'), description: 'Two received' }],
    });
    expect(diffPaperExtractions(a, b).agendaItems.changed).toMatchObject([
      { key: 'title public questions', fields: ['description', 'title'] },
    ]);
  });

  it('matches decisions by agenda item and wording, so reworded decisions are removed and added', () => {
    const approved = { item: '4', text: 'RESOLVED that the budget be approved.', line: 20 };
    const deferred = { item: '5', text: 'RESOLVED that the item be deferred.', line: 25 };
    const amended = { item: '5', text: 'RESOLVED that the item be withdrawn.', line: 25 };
    const a = extraction({ resolutions: [approved, deferred] });
    const b = extraction({
      resolutions: [
        { ...approved, text: 'Resolved that the budget be approved', line: 21 },
        amended,
      ],
    });

    const { resolutions } = diffPaperExtractions(a, b);

    expect(resolutions.added).toEqual([amended]);
    expect(resolutions.removed).toEqual([deferred]);
    // Only case and punctuation differ: the same decision, changed in its text as written.
    expect(resolutions.changed).toMatchObject([
      { key: '4|resolved that the budget be approved', fields: ['text'] },
    ]);
  });

  it('keeps two items sharing a key apart, matching them in order', () => {
    const a = extraction({ recommendations: [{ text: 'Note the report', line: 1 }] });
    const b = extraction({
      recommendations: [
        { text: 'Note the report', line: 1 },
        { text: 'Note the report', line: 9 },
      ],
    });
    expect(diffPaperExtractions(a, b).recommendations).toEqual({
      added: [{ text: 'Note the report', line: 9 }],
      removed: [],
      changed: [],
    });
  });

  it('diffs actions, votes and attendance names', () => {
    const action = {
      item: '3',
      owner: 'Director of Finance',
      text: 'Report back in June',
      line: 4,
    };
    const a = extraction({
      actions: [action],
      attendance: {
        present: ['Cllr A Smith', 'Cllr B Jones'],
        apologies: [],
        inAttendance: [],
        substitutes: [],
      },
    });
    const b = extraction({
      actions: [{ ...action, owner: 'Chief Executive' }],
      votes: [
        {
          item: '3',
          motion: 'Approve',
          for: ['A'],
          against: [],
          abstain: [],
          result: 'carried',
          line: 5,
        },
      ],
      attendance: {
        present: ['cllr a smith'],
        apologies: ['Cllr B Jones'],
        inAttendance: [],
        substitutes: [],
      },
    });

    const result = diffPaperExtractions(a, b);

    expect(result.actions.changed).toMatchObject([{ fields: ['owner'] }]);
    expect(result.votes.added).toHaveLength(1);
    expect(result.attendance.present).toEqual({ added: [], removed: ['Cllr B Jones'] });
    expect(result.attendance.apologies).toEqual({ added: ['Cllr B Jones'], removed: [] });
    expect(result.withheld).toBe(false);
  });

  it('treats a withheld extraction as having no items and says so', () => {
    const b = extraction({ agendaItems: [item('1', 'Apologies')] });

    const result = diffPaperExtractions(null, b);

    expect(result.withheld).toBe(true);
    expect(result.agendaItems.added).toEqual([item('1', 'Apologies')]);
    expect(diffPaperExtractions(b, null).agendaItems.removed).toEqual([item('1', 'Apologies')]);
    expect(diffPaperExtractions(null, null)).toMatchObject({
      withheld: true,
      agendaItems: { added: [], removed: [], changed: [] },
    });
  });
});

describe('diffRows by row number', () => {
  const base = [row(1, { a: 1, b: 'x' }), row(2, { a: 2, b: 'y' }), row(3, { a: 3, b: 'z' })];

  it('lists rows added at the end', async () => {
    const result = await diff(base, [...base, row(4, { a: 4, b: 'w' })]);
    expect(result).toEqual({
      matchedBy: 'rowNumber',
      why: 'no-primary-key',
      added: [row(4, { a: 4, b: 'w' })],
      removed: [],
      changed: [],
      counts: { added: 1, removed: 0, changed: 0 },
      truncated: false,
    });
  });

  it('lists rows removed from the end', async () => {
    const result = await diff(base, base.slice(0, 1));
    expect(result.removed).toEqual(base.slice(1));
    expect(result.counts).toEqual({ added: 0, removed: 2, changed: 0 });
  });

  it('lists changed rows with the cells that changed, before and after, treating absent as null', async () => {
    const result = await diff(
      [row(1, { a: 1, b: 'x' }), row(2, { a: 2, b: 'y' })],
      [row(1, { a: 1, b: 'x', c: null }), row(2, { a: 2, b: 'Y', c: 5 })],
    );
    expect(result.changed).toEqual([
      {
        key: 2,
        from: row(2, { a: 2, b: 'y' }),
        to: row(2, { a: 2, b: 'Y', c: 5 }),
        fields: ['b', 'c'],
        cells: [
          { field: 'b', from: 'y', to: 'Y' },
          { field: 'c', from: null, to: 5 },
        ],
      },
    ]);
  });

  it('matches by number when the primary keys differ between versions', async () => {
    const result = await diff(base, base, { leftKey: 'a', rightKey: 'b' });
    expect(result).toMatchObject({ matchedBy: 'rowNumber', why: 'different-primary-keys' });
  });

  it('refuses rows that are not in rowNumber order', async () => {
    await expect(diff([row(2, {}), row(1, {})], [])).rejects.toThrow(/out of order/);
  });
});

describe('diffRows by primary key', () => {
  it('does not count reordered rows as changes', async () => {
    const left = [row(1, { id: 1, v: 'a' }), row(2, { id: 2, v: 'b' }), row(3, { id: 3, v: 'c' })];
    const right = [row(1, { id: 3, v: 'c' }), row(2, { id: 1, v: 'a' }), row(3, { id: 2, v: 'B' })];

    const result = await diff(left, right, { leftKey: 'id', rightKey: ['id'] });

    expect(result).toEqual({
      matchedBy: 'primaryKey',
      why: 'same-primary-key',
      added: [],
      removed: [],
      changed: [
        {
          key: { id: 2 },
          from: left[1],
          to: right[2],
          fields: ['v'],
          cells: [{ field: 'v', from: 'b', to: 'B' }],
        },
      ],
      counts: { added: 0, removed: 0, changed: 1 },
      truncated: false,
    });
  });

  it('matches composite keys whatever order the schema names their fields in', async () => {
    const left = [
      row(1, { ward: 'North', year: 2023, n: 1 }),
      row(2, { ward: 'South', year: 2023, n: 2 }),
    ];
    const right = [
      row(1, { ward: 'South', year: 2023, n: 2 }),
      row(2, { ward: 'North', year: 2024, n: 3 }),
    ];

    const result = await diff(left, right, {
      leftKey: ['ward', 'year'],
      rightKey: ['year', 'ward'],
    });

    expect(result.matchedBy).toBe('primaryKey');
    expect(result.added).toEqual([right[1]]);
    expect(result.removed).toEqual([left[0]]);
    expect(result.changed).toEqual([]);
  });

  it('matches a key column retyped between versions by its text', async () => {
    const result = await diff([row(1, { id: 7, v: 'a' })], [row(1, { id: '7', v: 'b' })], {
      leftKey: 'id',
      rightKey: 'id',
    });
    expect(result.changed).toMatchObject([{ key: { id: '7' }, fields: ['id', 'v'] }]);
  });

  it('falls back to row numbers when a side has more rows than it may hold', async () => {
    const left = [row(1, { id: 1 }), row(2, { id: 2 }), row(3, { id: 3 })];
    const right = [row(1, { id: 2 }), row(2, { id: 1 })];
    const options = { leftKey: 'id', rightKey: 'id', maxKeyedRows: 2 };

    const tooManyLeft = await diff(left, right, options);
    const tooManyRight = await diff(right, left, options);

    expect(tooManyLeft).toMatchObject({
      matchedBy: 'rowNumber',
      why: 'too-many-rows',
      removed: [left[2]],
      counts: { added: 0, removed: 1, changed: 2 },
    });
    expect(tooManyRight).toMatchObject({
      matchedBy: 'rowNumber',
      why: 'too-many-rows',
      added: [left[2]],
      counts: { added: 1, removed: 0, changed: 2 },
    });
  });

  it('falls back to row numbers when the key repeats', async () => {
    const left = [row(1, { id: 1, v: 'a' }), row(2, { id: 1, v: 'b' })];
    const result = await diff(left, left, { leftKey: 'id', rightKey: 'id' });
    expect(result).toMatchObject({ matchedBy: 'rowNumber', why: 'duplicate-key', changed: [] });
  });
});

describe('diffRows limit', () => {
  const left = Array.from({ length: 10 }, (_, i) => row(i + 1, { n: i }));
  const right = [
    ...left.slice(0, 6).map((r) => row(r.rowNumber, { n: -1 })),
    ...left.slice(6, 8),
    row(9, { n: 8 }),
  ];

  it('lists at most the limit across all kinds but counts every difference', async () => {
    const result = await diff(left, right, { limit: 4 });
    expect(result.changed.map((c) => c.key)).toEqual([1, 2, 3, 4]);
    expect(result.removed).toEqual([]);
    expect(result.counts).toEqual({ added: 0, removed: 1, changed: 6 });
    expect(result.truncated).toBe(true);
  });

  it('is not truncated when everything fits', async () => {
    const result = await diff(left, right, { limit: 7 });
    expect(result.changed).toHaveLength(6);
    expect(result.removed).toEqual([left[9]]);
    expect(result.truncated).toBe(false);
  });

  it('lists nothing with a limit of zero, still counting', async () => {
    const result = await diff(left, right, { limit: 0 });
    expect(result).toMatchObject({ added: [], removed: [], changed: [], truncated: true });
    expect(result.counts).toEqual({ added: 0, removed: 1, changed: 6 });
  });
});

describe('diffRows properties', () => {
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('a', 'b'),
    fc.boolean(),
  );
  const values = fc.record({ x: cellValue, y: cellValue });
  /** Ascending, possibly gappy row numbers, each with values over the same fields. */
  const rows = fc
    .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 25 })
    .chain((numbers) =>
      fc.tuple(...numbers.sort((a, b) => a - b).map((n) => values.map((v) => row(n, v)))),
    );

  const apply = (left: readonly DatasetRow[], result: RowDiff): DatasetRow[] => {
    const byNumber = new Map(left.map((r) => [r.rowNumber, r]));
    for (const r of result.removed) byNumber.delete(r.rowNumber);
    for (const change of result.changed) byNumber.set(change.to.rowNumber, change.to);
    for (const r of result.added) byNumber.set(r.rowNumber, r);
    return [...byNumber.values()].sort((a, b) => a.rowNumber - b.rowNumber);
  };

  it('finds no difference between rows and themselves', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), async (xs, keyed) => {
        const options = keyed ? { leftKey: 'x', rightKey: 'x' } : {};
        const result = await diff(xs, xs, options);
        expect(result.counts).toEqual({ added: 0, removed: 0, changed: 0 });
        expect(result.truncated).toBe(false);
      }),
    );
  });

  it('turns the left into the right when its differences are applied', async () => {
    await fc.assert(
      fc.asyncProperty(rows, rows, async (left, right) => {
        const result = await diff(left, right, { limit: Number.POSITIVE_INFINITY });
        expect(result.truncated).toBe(false);
        expect(apply(left, result)).toEqual(right);
      }),
    );
  });
});
