import { once } from './once.ts';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Months as French and Welsh councils write them (France's procès-verbaux, Welsh minutes). */
const otherMonths: Record<string, number> = {
  janvier: 0,
  février: 1,
  fevrier: 1,
  mars: 2,
  avril: 3,
  mai: 4,
  juin: 5,
  juillet: 6,
  août: 7,
  aout: 7,
  septembre: 8,
  octobre: 9,
  novembre: 10,
  décembre: 11,
  decembre: 11,
  ionawr: 0,
  chwefror: 1,
  mawrth: 2,
  ebrill: 3,
  mehefin: 5,
  gorffennaf: 6,
  awst: 7,
  medi: 8,
  hydref: 9,
  tachwedd: 10,
  rhagfyr: 11,
  // Spanish, Catalan, Italian, Portuguese ("15 de septiembre de 2023", "26 d'octubre de 2023").
  enero: 0,
  gener: 0,
  gennaio: 0,
  janeiro: 0,
  febrero: 1,
  febrer: 1,
  febbraio: 1,
  fevereiro: 1,
  marzo: 2,
  març: 2,
  março: 2,
  abril: 3,
  aprile: 3,
  mayo: 4,
  maig: 4,
  maggio: 4,
  maio: 4,
  junio: 5,
  juny: 5,
  giugno: 5,
  junho: 5,
  julio: 6,
  juliol: 6,
  luglio: 6,
  julho: 6,
  agosto: 7,
  agost: 7,
  septiembre: 8,
  setiembre: 8,
  setembre: 8,
  settembre: 8,
  setembro: 8,
  octubre: 9,
  ottobre: 9,
  outubro: 9,
  noviembre: 10,
  novembro: 10,
  diciembre: 11,
  desembre: 11,
  dicembre: 11,
  dezembro: 11,
  // German, Dutch and the Nordic languages ("15. September 2023", "2 maart 2023").
  januar: 0,
  jänner: 0,
  januari: 0,
  februar: 1,
  februari: 1,
  märz: 2,
  maart: 2,
  mei: 4,
  juni: 5,
  juli: 6,
  augustus: 7,
  oktober: 9,
  dezember: 11,
  desember: 11,
};

const monthIndex = (name: string): number => {
  const lower = name.toLowerCase();
  const other = otherMonths[lower];
  if (other !== undefined) return other;
  // Accept full names and the common three-letter (and "Sept") abbreviations.
  return months.findIndex(
    (month) => month === lower || (lower.length >= 3 && month.startsWith(lower.replace(/\.$/, ''))),
  );
};

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
};

const monthWords =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const otherMonthWords = Object.keys(otherMonths).join('|');
// "12 July 2023", "the 12th day of January, 2011", "1er juillet 2023", "12fed Chwefror 2020": the
// day's suffix in English, French or Welsh.
// "Thursday, 25th, January 2024"; "15. September 2023"; "15 de septiembre de 2023", "26 d'octubre 2023".
const dayMonthYear = new RegExp(
  `(?<!\\d)(?:(?<=day)|(?<!\\p{L}))(\\d{1,2})(?:\\s?(?:st|nd|rd|th|er|af|ail|ydd|ed|fed|eg),?|\\.)?(?:\\s+day)?(?:\\s+(?:of|de)\\s+|\\s+d['’]\\s?|\\s+)(${monthWords}|${otherMonthWords})(?![\\p{L}])\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`,
  'iu',
);
const monthDayYear = new RegExp(
  `\\b(${monthWords})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const numericDate = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;

/**
 * Finds the first calendar date written in a line of text and returns it as `YYYY-MM-DD`.
 * Numeric dates are read day-first, as UK councils write them.
 *
 * @example findDate('Date: Thursday 20 January 2022') // '2022-01-20'
 */
export const findDate = (text: string): string | undefined => {
  const candidates: { index: number; value: string | undefined }[] = [];
  const dmy = dayMonthYear.exec(text);
  if (dmy)
    candidates.push({
      index: dmy.index,
      value: iso(Number(dmy[3]), monthIndex(dmy[2] ?? '') + 1, Number(dmy[1])),
    });
  const mdy = monthDayYear.exec(text);
  if (mdy)
    candidates.push({
      index: mdy.index,
      value: iso(Number(mdy[3]), monthIndex(mdy[1] ?? '') + 1, Number(mdy[2])),
    });
  const isoMatch = isoDate.exec(text);
  if (isoMatch)
    candidates.push({
      index: isoMatch.index,
      value: iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])),
    });
  const numeric = numericDate.exec(text);
  if (numeric)
    candidates.push({
      index: numeric.index,
      value: iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])),
    });
  return candidates
    .filter((candidate) => candidate.value !== undefined)
    .sort((a, b) => a.index - b.index)[0]?.value;
};

// Made on first use: an Intl formatter loads its locale data, which no cold start should pay for.
const longDateFormat = once(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/**
 * A calendar date (`2023-05-09`) as people write it: `9 May 2023`; empty for none, the text as
 * given when it is no date.
 *
 * @example longDate('2023-05-09') // '9 May 2023'
 */
export const longDate = (isoDate: string | null | undefined): string => {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDateFormat().format(date);
};
