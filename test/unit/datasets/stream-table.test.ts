import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type ByteSource, bytesSource, headBytes } from '../../../functions/domain/byte-source.ts';
import {
  maxJsonTableBytes,
  type NumberedRow,
  readTable,
  streamTable,
} from '../../../functions/domain/datasets/read-table.ts';

/** The same bytes as a source that hands them over `size` bytes at a time. */
const chunked = (bytes: Uint8Array, size: number): ByteSource => ({
  size: bytes.length,
  head: bytes.subarray(0, headBytes),
  async *chunks() {
    for (let start = 0; start < bytes.length; start += size)
      yield bytes.subarray(start, start + size);
  },
  range: (start, end) => bytesSource(bytes).range(start, end),
});

const collect = async (source: ByteSource, batchRows = 1000) => {
  const batches: NumberedRow[][] = [];
  const summary = await streamTable(source, { batchRows }, async (batch) => {
    batches.push(batch);
  });
  return { summary, batches, rows: batches.flat() };
};

const spend = [
  'Spend over £500 — Q1 2024',
  '',
  'Date;Supplier;"Amount"',
  '01/04/2024;"Acme; Ltd";"1,200.50"',
  '02/04/2024;"Line one',
  'line two";£300',
  '',
  '03/04/2024;Café Noir;45',
].join('\r\n');

describe('streamTable', () => {
  it('reads the same table whatever the chunk boundaries, even inside a character or quote', async () => {
    const bytes = new TextEncoder().encode(spend);
    const whole = await readTable(bytes);
    for (const size of [1, 2, 3, 7, 64]) {
      const { summary, rows } = await collect(chunked(bytes, size));
      expect(rows.map((row) => row.values)).toEqual(whole.rows);
      expect(summary.report).toEqual(whole.report);
      expect(summary.schema).toEqual(whole.schema);
    }
    expect(whole.rows).toEqual([
      ['2024-04-01', 'Acme; Ltd', 1200.5],
      ['2024-04-02', 'Line one\r\nline two', 300],
      ['2024-04-03', 'Café Noir', 45],
    ]);
  });

  it('hands rows over in batches, numbered among the rows kept', async () => {
    const text = `n\n${Array.from({ length: 2500 }, (_, index) => index + 1).join('\n')}\n`;
    const { batches, summary } = await collect(bytesSource(new TextEncoder().encode(text)), 1000);

    expect(batches.map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    expect(batches[2]?.at(-1)).toEqual({ rowNumber: 2500, values: [2500] });
    expect(summary.rowCount).toBe(2500);
  });

  it('reads again as Windows-1252 a file whose first 64 KiB and first 10,000 rows were UTF-8 and whose rest is not', async () => {
    const filler = Array.from({ length: 12000 }, (_, index) => `${index},plain text`).join('\n');
    const bytes = new Uint8Array(
      iconv.encode(`id,label\n${filler}\n12000,£5 “fee”\n`, 'windows-1252'),
    );
    expect(bytes.length).toBeGreaterThan(headBytes);
    const numbers: number[] = [];
    const rows = new Map<number, unknown>();
    const summary = await streamTable(chunked(bytes, 4096), { batchRows: 100 }, async (batch) => {
      for (const row of batch) {
        numbers.push(row.rowNumber);
        rows.set(row.rowNumber, row.values);
      }
    });

    expect(summary.encoding).toBe('windows-1252');
    expect(rows.get(12001)).toEqual([12000, '£5 “fee”']);
    expect(summary.report.valid).toBe(true);
    // The first reading stopped at the bad byte; the second read every row again, from the top.
    expect(numbers.filter((number) => number === 1)).toHaveLength(2);
  });

  it('refuses JSON too large to parse whole, with the way out', async () => {
    const source = {
      ...bytesSource(new TextEncoder().encode('[{"a":1}]')),
      size: maxJsonTableBytes + 1,
    };
    const { summary } = await collect(source);

    expect(summary.outcome).toBe('rejected');
    expect(summary.report.errors[0]?.message).toMatch(/Upload a table this large as CSV/);
  });

  it('reports a file that ends inside a quoted value, streamed in small chunks', async () => {
    const bytes = new TextEncoder().encode('id,name\n1,Acme\n2,"Bob\n3,Carol\n');
    const { summary, rows } = await collect(chunked(bytes, 5));

    expect(rows.map((row) => row.values)).toEqual([[1, 'Acme']]);
    expect(summary.report.errors[0]?.message).toMatch(/starting on line 3 is never closed/);
  });
});
