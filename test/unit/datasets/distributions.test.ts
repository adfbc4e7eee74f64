import { describe, expect, it } from 'vitest';
import { distributionKey, rowEncoder } from '../../../functions/domain/datasets/distributions.ts';

const fields = ['ward', 'count'];
const rows = [
  { ward: 'Aylesbury', count: 3 },
  { ward: '=SUM(A1)', count: null },
];

const encodeAll = (format: 'csv' | 'ndjson' | 'json', batches: (typeof rows)[]) => {
  const encoder = rowEncoder(format, fields);
  return encoder.head() + batches.map((batch) => encoder.rows(batch)).join('') + encoder.tail();
};

describe('rowEncoder', () => {
  it('writes CSV with its header once, batch after batch, formulas neutralised', () => {
    // Prepare
    const batches = [[rows[0] as (typeof rows)[0]], [rows[1] as (typeof rows)[0]]];

    // Act
    const csv = encodeAll('csv', batches);

    // Assess
    expect(csv).toBe("ward,count\r\nAylesbury,3\r\n'=SUM(A1),\r\n");
  });

  it('writes NDJSON as one object per line, fields in schema order', () => {
    // Act
    const ndjson = encodeAll('ndjson', [rows]);

    // Assess
    expect(ndjson).toBe('{"ward":"Aylesbury","count":3}\n{"ward":"=SUM(A1)","count":null}\n');
  });

  it('writes JSON batches that parse back as one array of every row', () => {
    // Act
    const json = encodeAll('json', [
      [rows[0] as (typeof rows)[0]],
      [],
      [rows[1] as (typeof rows)[0]],
    ]);

    // Assess
    expect(JSON.parse(json)).toEqual(rows);
  });

  it('writes an empty table as a header line, nothing, and an empty array', () => {
    // Act
    const written = (['csv', 'ndjson', 'json'] as const).map((format) => encodeAll(format, []));

    // Assess
    expect(written).toEqual(['ward,count\r\n', '', '[]\n']);
  });
});

describe('distributionKey', () => {
  it('keys a distribution by the rowset it encodes, so identical bytes share one file', () => {
    // Act
    const key = distributionKey(`spend#${'a'.repeat(64)}`, 'ndjson');

    // Assess
    expect(key).toBe(`distributions/sha256/${'a'.repeat(64)}/spend.ndjson`);
  });
});
