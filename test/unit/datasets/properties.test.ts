import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../functions/domain/datasets/read-table.ts';
import type { Report } from '../../../functions/domain/datasets/report.ts';

// Text built from what CSV is made of, so quotes, delimiters and line ends meet in every order.
const csvish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '\t', '|', '"', "'", '\n', '\r\n', '\r', ' ', '£', '[c]', 'NA'),
    fc.constantFrom('1', '2,5', '-3', '05/04/2024', '2024-04-05', 'yes', 'Acme', '\uFFFD', '='),
    fc.string({ maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 200,
});

const expectCoherent = (report: Report) => {
  expect(report.valid).toBe(report.errors.length === 0 && !report.partial);
  expect(report.stats.errors).toBe(report.errors.length);
  for (const error of report.errors) {
    expect(typeof error.type).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    if (error.rowNumber !== null) expect(error.rowNumber).toBeGreaterThanOrEqual(1);
  }
};

describe('readTable properties', () => {
  it('turns any CSV-like text into a coherent report, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, async (text) => {
        const table = await readTable(new TextEncoder().encode(text));

        expectCoherent(table.report);
        expect(['accepted', 'accepted-with-errors', 'rejected']).toContain(table.outcome);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any bytes into a coherent report, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        expectCoherent((await readTable(bytes)).report);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps to the error limit whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.integer({ min: 0, max: 3 }), async (text, errorLimit) => {
        const { report } = await readTable(new TextEncoder().encode(text), { errorLimit });

        expect(report.errors.length).toBeLessThanOrEqual(errorLimit);
        expectCoherent(report);
      }),
      { numRuns: 300 },
    );
  });
});
