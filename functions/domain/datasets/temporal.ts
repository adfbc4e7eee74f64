const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` when the parts name a real calendar day (no 31 April, 29 February only in leap years). */
const calendarDate = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  if (date.getUTCDate() !== day || year < 1000) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

const clock = (hours: number, minutes: number, seconds: number): string | undefined =>
  hours < 24 && minutes < 60 && seconds < 60
    ? `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`
    : undefined;

interface Parts {
  readonly Y: number;
  readonly m: number;
  readonly d: number;
  readonly H: number;
  readonly M: number;
  readonly S: number;
  readonly zone: string;
}

const isoPattern =
  /^(?<Y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/;
// Day first, as UK councils write dates; `-` and `.` separators appear in exports from older systems.
const dayFirstPattern =
  /^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<Y>\d{4})(?:[ T](?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?)?$/;

const strptimeParts: Readonly<Record<string, string>> = {
  '%d': '(?<d>\\d{1,2})',
  '%m': '(?<m>\\d{1,2})',
  '%Y': '(?<Y>\\d{4})',
  '%H': '(?<H>\\d{1,2})',
  '%M': '(?<M>\\d{2})',
  '%S': '(?<S>\\d{2})',
};
const compiled = new Map<string, RegExp | undefined>();

/** A strptime pattern (`%d/%m/%Y %H:%M`) as a regular expression; undefined for unsupported ones. */
const strptime = (format: string): RegExp | undefined => {
  if (compiled.has(format)) return compiled.get(format);
  let source = '';
  let supported = true;
  for (const piece of format.split(/(%.)/)) {
    if (/^%.$/.test(piece)) {
      const part = strptimeParts[piece];
      if (part === undefined) supported = false;
      source += part ?? '';
    } else source += piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  let pattern: RegExp | undefined;
  try {
    pattern = supported ? new RegExp(`^${source}$`) : undefined;
  } catch {
    pattern = undefined; // a repeated token makes duplicate group names
  }
  compiled.set(format, pattern);
  return pattern;
};

const patternsFor = (format: string | undefined): readonly RegExp[] => {
  if (format === 'default') return [isoPattern];
  if (format === undefined || format === 'any') return [isoPattern, dayFirstPattern];
  const pattern = strptime(format);
  return pattern ? [pattern] : [];
};

const partsOf = (text: string, format: string | undefined): Parts | undefined => {
  for (const pattern of patternsFor(format)) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const number = (name: string) => Number(groups[name] ?? 0);
    const [Y, m, d, H, M, S] = ['Y', 'm', 'd', 'H', 'M', 'S'].map(number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { Y, m, d, H, M, S, zone: groups.zone?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') ?? '' };
  }
  return undefined;
};

/**
 * Reads a date in ISO or day-first form (or the field's strptime `format`) as `YYYY-MM-DD`. A time of
 * midnight is allowed, because spreadsheets export dates as `05/04/2024 00:00:00`; any other time is not.
 *
 * @example parseDate('05/04/2024') // '2024-04-05'
 */
export const parseDate = (text: string, format?: string): string | undefined => {
  const parts = partsOf(text, format);
  if (!parts || parts.H + parts.M + parts.S !== 0 || parts.zone) return undefined;
  return calendarDate(parts.Y, parts.m, parts.d);
};

/**
 * Reads a date and time as `YYYY-MM-DDTHH:MM:SS`, keeping a zone (`Z`, `+01:00`) when one is written.
 * A date alone is midnight.
 *
 * @example parseDateTime('05/04/2024 09:30') // '2024-04-05T09:30:00'
 */
export const parseDateTime = (text: string, format?: string): string | undefined => {
  const parts = partsOf(text, format);
  if (!parts) return undefined;
  const date = calendarDate(parts.Y, parts.m, parts.d);
  const time = clock(parts.H, parts.M, parts.S);
  return date && time ? `${date}T${time}${parts.zone}` : undefined;
};
