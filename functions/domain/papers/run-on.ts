import type { CleanLine } from './lines.ts';

/**
 * Minute numbers of the form councils use for a year's minutes: "70/17", "2024/113" is not one
 * (a year first), "19/05/01" is (year, month, item).
 */
const minuteNumber =
  /(?:^|(?<=[\s.;:]))(\d{1,3}\/\d{2}(?:\/\d{2})?)(?:\s+|(?=\p{Lu}\p{Ll}))(?=[\p{Lu}"“‘'])/gu;

/** What a minute's record opens with, after its title: "Apologies had been received", "CC confirmed". */
const recordVerb =
  /^(?:had|has|have|was|were|is|are|noted|reported|confirmed|agreed|said|stated|asked|explained|advised|welcomed|thanked|proposed|commented|informed|requested|resolved|declared|gave|presented|received|updated|circulated|attended|raised|discussed|will|would|could)\b/i;

/** Words that open a minute's record after a title in title case. */
const clauseOpener =
  /^(?:the|no|all|a|an|this|these|it|there|cllrs?|councillors?|mr|mrs|ms|miss|dr|members?)$/i;

const serial = (number: string) => number.split('/').map(Number);

/** Whether minute number b follows a: same year, the next item. */
const follows = (a: string, b: string): boolean => {
  const [itemA = 0, ...restA] = serial(a);
  const [itemB = 0, ...restB] = serial(b);
  return (
    itemB > itemA && itemB - itemA <= 3 && restA.join('/') === restB.join('/') && restA.length > 0
  );
};

/** "78/17 Police Report –": the title without the dash or colon it ended with. */
const cleanTitle = (words: readonly string[]): string =>
  words
    .join(' ')
    .replace(/\s*[-–—:]+$/, '')
    .trim();

/**
 * A minute whose title and record were flattened onto one line ("70/17 Apologies for absence
 * Apologies had been received from …"): the title ends before the first capitalised word that
 * opens a clause (a capitalised word, then a verb within two words).
 */
const titleAndRecord = (text: string): [string, string] | undefined => {
  // "205/19 Openness and Transparency Notice - The Parish Council record …": a dash ends the title.
  const dashed = /^(\S+\s+(?:\S+\s+){0,11}?\S+)\s+[-–—]\s+(\S.*)$/.exec(text);
  if (dashed?.[1] && dashed[2]) return [dashed[1], dashed[2]];
  const words = text.split(/\s+/);
  for (let index = 2; index < Math.min(words.length - 1, 16); index++) {
    const word = words[index] ?? '';
    const previous = words[index - 1] ?? '';
    if (!/^[\p{Lu}]/u.test(word) || /[,;:]$/.test(previous)) continue;
    // Inside a title in capitals or title case ("Emergency Evacuation Procedures was read by the
    // Chair") a capital opens no clause, unless a word that opens one does: "Clerk's Report The …".
    if (/^\p{Lu}/u.test(previous) && !clauseOpener.test(word)) continue;
    // A person's style opens a name of two or three words: "Cllr Janet Taylor proposed".
    const reach = /^(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)$/i.test(word) ? 4 : 2;
    const next = words.slice(index + 1, index + 1 + reach);
    if (next.some((candidate) => recordVerb.test(candidate)))
      return [cleanTitle(words.slice(0, index)), words.slice(index).join(' ')];
    // "No declarations were made": a determiner, its noun, then the verb.
    if (/^(?:no|the|all|a|an)$/i.test(word) && recordVerb.test(words[index + 2] ?? ''))
      return [cleanTitle(words.slice(0, index)), words.slice(index).join(' ')];
  }
  return undefined;
};

/**
 * Minutes flattened by a website's export ("70/17 Apologies … 71/17 Declaration of Interest …
 * 72/17 …" on one line, or a minute run on after the last one's sentence), split where each
 * numbered minute begins, with each minute's title on a line of its own. A number counts only
 * when it follows the one before it or leads to the next (so a date or a reference inside a
 * sentence splits nothing), and only at a line's start or after a sentence's end. Every part keeps
 * the original line's number.
 */
export const splitRunOnMinutes = (lines: readonly CleanLine[]): CleanLine[] => {
  const found = lines.flatMap((line, at) =>
    [...line.text.matchAll(minuteNumber)]
      .filter((match) => {
        const before = line.text.slice(0, match.index).trimEnd();
        return before === '' || /[.!?)”"]$/.test(before);
      })
      .map((match) => ({ at, offset: match.index ?? 0, number: match[1] ?? '' })),
  );
  const kept = found.filter((token, index) => {
    const previous = found[index - 1];
    const next = found[index + 1];
    return (
      (previous !== undefined && follows(previous.number, token.number)) ||
      (next !== undefined && follows(token.number, next.number))
    );
  });
  if (kept.length < 3) return [...lines];
  const cutsByLine = new Map<number, number[]>();
  for (const token of kept)
    cutsByLine.set(token.at, [...(cutsByLine.get(token.at) ?? []), token.offset]);
  return lines.flatMap((line, at) => {
    const cuts = cutsByLine.get(at);
    if (!cuts) return [line];
    const parts = [
      line.text.slice(0, cuts[0]),
      ...cuts.map((cut, index) => line.text.slice(cut, cuts[index + 1])),
    ]
      .map((part) => part.trim())
      .filter((part) => part !== '');
    return parts.flatMap((raw) => {
      // "206/19Apologies for Absence": the space the export lost.
      const part = raw.replace(/^(\d{1,3}\/\d{2}(?:\/\d{2})?)(?=\p{Lu})/u, '$1 ');
      const split =
        /^\d{1,3}\//.test(part) && part.split(/\s+/).length > 5 ? titleAndRecord(part) : undefined;
      return (split ?? [part]).map((text) => ({ number: line.number, text }));
    });
  });
};
