import { describe, expect, it } from 'vitest';
import { findDate } from '../../../functions/domain/dates.ts';

describe('findDate', () => {
  it.each([
    ['Date: Thursday 20 January 2022', '2022-01-20'],
    ['held on 11th November 2021', '2021-11-11'],
    ['Tuesday 2 October, 2018', '2018-10-02'],
    ['9 Sept 2023', '2023-09-09'],
    ['May 9, 2023 at 7 pm', '2023-05-09'],
    ['20/01/2022', '2022-01-20'],
    ['2022-01-20T10:00', '2022-01-20'],
    ['the 1st of March 2020', '2020-03-01'],
  ])('reads %s', (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it('takes the first date in the text', () => {
    expect(findDate('From 1 April 2023 to 31 March 2024')).toBe('2023-04-01');
  });

  it('rejects impossible dates rather than rolling them over', () => {
    expect(findDate('31 February 2023')).toBeUndefined();
    expect(findDate('31/02/2023')).toBeUndefined();
  });

  it('finds nothing in text without a date', () => {
    expect(findDate('Page 12 of 40, item 2023')).toBeUndefined();
  });
});
