import { findDate } from '../dates.ts';
import type { TypedCell } from './model.ts';

const integer = /^[-−]?\d{1,3}(?:,\d{3})+$|^[-−]?\d+$/;
const decimal = /^[-−]?\d{1,3}(?:,\d{3})*\.\d+$|^[-−]?\d+\.\d+$/;
const percentage = /^([-−]?\d+(?:\.\d+)?)\s?%$/;
const money =
  /^([-−]?)[£$€]\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s?(k|m|bn|million|billion)?$/i;
const scale: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

const toNumber = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'));

/**
 * Types a table cell only when the text leaves no doubt; anything else ("342 67%", "1,170*",
 * "c. 40", "n/a") stays the string it was.
 *
 * @example typeCell('£1,250.50') // { type: 'money', value: 1250.5 }
 */
export const typeCell = (text: string): TypedCell => {
  const cell = text.trim();
  if (cell === '') return { type: 'empty', value: null };
  if (integer.test(cell)) return { type: 'integer', value: toNumber(cell) };
  if (decimal.test(cell)) return { type: 'number', value: toNumber(cell) };
  const percent = percentage.exec(cell);
  if (percent?.[1]) return { type: 'percentage', value: toNumber(percent[1]) };
  const amount = money.exec(cell);
  if (amount?.[2]) {
    const value =
      toNumber(amount[2]) * (scale[(amount[3] ?? '').toLowerCase()] ?? 1) * (amount[1] ? -1 : 1);
    return { type: 'money', value };
  }
  const date =
    /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}$/.test(
      cell,
    )
      ? findDate(cell)
      : undefined;
  if (date) return { type: 'date', value: date };
  return { type: 'string', value: cell };
};
