/**
 * Reads a clock time written the British or American way ("2.00 pm", "7pm", "19:00", "10.30am",
 * "noon") and returns it as 24-hour `HH:MM`.
 *
 * @example findTime('Time: 2.00 pm') // '14:00'
 */
export const findTime = (text: string): string | undefined => {
  if (/\bnoon\b|\bmidday\b/i.test(text)) return '12:00';
  // "6:30-8:30 P.M.": the meridiem of a range's end is its start's too, unless the start is later
  // in the day's twelve hours ("11:30-1:00 pm" starts in the morning).
  const range =
    /\b(\d{1,2})(?:[.:](\d{2}))?\s*(?:[-–]|to)\s*(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?/i.exec(
      text,
    );
  if (range) {
    const [start, end] = [Number(range[1]), Number(range[3])];
    const minute = Number(range[2] ?? '0');
    if (start < 1 || start > 12 || end < 1 || end > 12 || minute > 59) return undefined;
    const pm = (range[5] ?? '').toLowerCase() === 'p';
    const sameHalf = start % 12 <= end % 12;
    return format((start % 12) + (pm === sameHalf ? 12 : 0), minute);
  }
  const twelveHour = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?/i.exec(text);
  if (twelveHour) {
    const hour = Number(twelveHour[1]);
    const minute = Number(twelveHour[2] ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = (twelveHour[3] ?? '').toLowerCase() === 'p';
    return format((hour % 12) + (pm ? 12 : 0), minute);
  }
  // French: "à 20 heures", "20h30", "20 h 30".
  const french =
    /(?<![\d.:])([01]?\d|2[0-3])(?:\s+heures?|\s?h)(?:\s?([0-5]\d))?(?![\p{L}\d])/iu.exec(text);
  if (french) return format(Number(french[1]), Number(french[2] ?? '0'));
  const twentyFour =
    /(?<![\d.])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.])(?:\s*(?:hrs|hours|h)\b)?/.exec(text);
  // "18:30", "09:30", "19.00 hrs"; not "6:35" without a meridiem, which a US paper means as
  // evening and a 24-hour reading would put at dawn.
  if (
    twentyFour &&
    /[:]|hrs|hours/.test(twentyFour[0]) &&
    (/^\d{2}/.test(twentyFour[0]) || /hrs|hours|h\b/.test(twentyFour[0]))
  )
    return format(Number(twentyFour[1]), Number(twentyFour[2]));
  return undefined;
};

const format = (hour: number, minute: number) =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
