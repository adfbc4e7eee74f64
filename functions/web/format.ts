import { once } from '../domain/once.ts';

// Made on first use: an Intl formatter loads its locale data, which no cold start should pay for.
const dateTimeFormat = once(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }),
);

export { longDate } from '../domain/dates.ts';

/** An instant as people read it, in UTC: `9 May 2024 at 10:15 UTC`. */
export const longDateTime = (instant: string): string => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateTimeFormat().format(date);
};

/** A byte count in the units people use: `1.2 MB`. */
export const fileSize = (bytes: number): string => {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
};

/** `document-type` words as a sentence starts them: `agenda-pack` → `Agenda pack`. */
export const label = (slug: string): string => {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A count with its noun: `1 row`, `3 rows`. */
export const plural = (count: number, noun: string, nouns = `${noun}s`): string =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? noun : nouns}`;
