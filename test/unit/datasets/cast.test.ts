import { describe, expect, it } from 'vitest';
import { castCell } from '../../../functions/domain/datasets/cast.ts';
import type { Field, FieldType } from '../../../functions/domain/datasets/table-schema.ts';

const field = (type: FieldType, extra: Partial<Field> = {}): Field => ({
  name: 'f',
  type,
  ...extra,
});

describe('castCell', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['£1,200', 1200],
    ['-£5.25', -5.25],
    ['£-5.25', -5.25],
    ['(1,200.00)', -1200],
    ['−3', -3],
    [' 42 ', 42],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads the number %j as %d', (cell, value) => {
    expect(castCell(field('number'), cell)).toEqual({ ok: true, value });
  });

  it.each(['1,23', '12,34,567', '£', '1.2.3', '--5', 'five', '12%'])(
    'refuses %j as a number',
    (cell) => {
      expect(castCell(field('number'), cell)).toEqual({ ok: false, error: 'is not a number' });
    },
  );

  it('reads numbers with the separators the field names', () => {
    const european = field('number', { groupChar: '.', decimalChar: ',' });

    expect(castCell(european, '1.234,5')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads whole numbers and refuses fractions, exponents and unsafe sizes', () => {
    expect(castCell(field('integer'), '£1,200')).toEqual({ ok: true, value: 1200 });
    expect(castCell(field('integer'), '1.0')).toEqual({
      ok: false,
      error: 'is not a whole number',
    });
    expect(castCell(field('integer'), '1e3')).toEqual({
      ok: false,
      error: 'is not a whole number',
    });
    expect(castCell(field('integer'), '9007199254740993')).toEqual({
      ok: false,
      error: 'is too large to keep exactly',
    });
  });

  it.each([
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    ['Y', true],
    ['n', false],
    ['1', true],
    ['0', false],
  ])('reads the boolean %j as %s', (cell, value) => {
    expect(castCell(field('boolean'), cell)).toEqual({ ok: true, value });
  });

  it('reads booleans with only the field’s own words when it has them', () => {
    const custom = field('boolean', { trueValues: ['Paid'], falseValues: ['Unpaid'] });

    expect(castCell(custom, 'Paid')).toEqual({ ok: true, value: true });
    expect(castCell(custom, 'yes').ok).toBe(false);
  });

  it.each([
    ['2024-04-05', '2024-04-05'],
    ['05/04/2024', '2024-04-05'],
    ['5/4/2024', '2024-04-05'],
    ['05.04.2024', '2024-04-05'],
    ['05/04/2024 00:00:00', '2024-04-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads the date %j as %s', (cell, value) => {
    expect(castCell(field('date'), cell)).toEqual({ ok: true, value });
  });

  it.each(['31/04/2024', '29/02/2023', '2024-13-01', '05/04/2024 09:30', 'April 2024'])(
    'refuses %j as a date',
    (cell) => {
      expect(castCell(field('date'), cell).ok).toBe(false);
    },
  );

  it('reads dates only in the field’s format when it names one', () => {
    expect(castCell(field('date', { format: 'default' }), '05/04/2024').ok).toBe(false);
    expect(castCell(field('date', { format: '%d/%m/%Y' }), '2024-04-05').ok).toBe(false);
    expect(castCell(field('date', { format: '%Y%m%d' }), '20240405')).toEqual({
      ok: true,
      value: '2024-04-05',
    });
    expect(castCell(field('date', { format: '%q' }), '2024-04-05').ok).toBe(false);
  });

  it('reads datetimes with their zone, and a bare date as midnight', () => {
    expect(castCell(field('datetime'), '2024-04-05T09:30:00Z')).toEqual({
      ok: true,
      value: '2024-04-05T09:30:00Z',
    });
    expect(castCell(field('datetime'), '05/04/2024 9:30')).toEqual({
      ok: true,
      value: '2024-04-05T09:30:00',
    });
    expect(castCell(field('datetime'), '2024-04-05 10:00+0100')).toEqual({
      ok: true,
      value: '2024-04-05T10:00:00+01:00',
    });
    expect(castCell(field('datetime'), '2024-04-05')).toEqual({
      ok: true,
      value: '2024-04-05T00:00:00',
    });
    expect(castCell(field('datetime'), '2024-04-05 25:00').ok).toBe(false);
  });

  it('reads four-digit years', () => {
    expect(castCell(field('year'), '2024')).toEqual({ ok: true, value: 2024 });
    expect(castCell(field('year'), '24').ok).toBe(false);
  });

  it('keeps strings exactly as written', () => {
    expect(castCell(field('string'), '  Acme Ltd ')).toEqual({ ok: true, value: '  Acme Ltd ' });
  });

  it.each(['', '  ', 'NA', 'n/a', 'N/A', '-', '*', '[c]', '[x]', '[z]', '..'])(
    'reads the missing value %j as null',
    (cell) => {
      expect(castCell(field('number'), cell)).toEqual({ ok: true, value: null });
    },
  );

  it('uses the missing values it is given instead of the defaults', () => {
    expect(castCell(field('string'), 'NA', ['missing'])).toEqual({ ok: true, value: 'NA' });
    expect(castCell(field('string'), 'missing', ['missing'])).toEqual({ ok: true, value: null });
  });
});
