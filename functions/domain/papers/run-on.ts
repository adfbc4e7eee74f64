import type { CleanLine } from './lines.ts';

/**
 * Minute numbers of the form councils use for a year's minutes: "70/17", "2024/113" is not one
 * (a year first), "19/05/01" is (year, month, item).
 */
const minuteNumber =
  /(?:^|(?<=[\s.;:]))(\d{1,3}\/\d{2}(?:\/\d{2})?)(?:\s+|(?=\p{Lu}\p{Ll}))(?=[\p{Lu}"“‘'])/gu;

/** What a minute's record opens with, after its title: "Apologies had been received", "CC confirmed". */
const recordVerb =
  /^(?:had|has|have|was|were|is|are|being|noted|reported|confirmed|agreed|said|stated|asked|explained|advised|welcomed|thanked|proposed|commented|informed|requested|resolved|declared|gave|presented|received|updated|circulated|attended|raised|discussed|will|would|could)\b/i;

/** Words that open a minute's record after a title in title case. */
const clauseOpener =
  /^(?:the|no|all|a|an|this|these|it|there|upon|cllrs?|councillors?|mr|mrs|ms|miss|dr|members?)$/i;

/** A month's name, which a date's day number comes before: "24 June 2019" opens no clause. */
const month =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words that open a record whatever follows: "Upon the proposition of …", "There being no …". */
const recordOpener = /^(?:upon|there)$/i;

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
const titleAndRecord = (text: string, dashEnds = true): [string, string] | undefined => {
  // "205/19 Openness and Transparency Notice - The Parish Council record …": a dash ends the title.
  const dashed = dashEnds ? /^(\S+\s+(?:\S+\s+){0,11}?\S+)\s+[-–—]\s+(\S.*)$/.exec(text) : null;
  if (dashed?.[1] && dashed[2]) return [dashed[1], dashed[2]];
  const words = text.split(/\s+/);
  const cutAt = (index: number): [string, string] => [
    cleanTitle(words.slice(0, index)),
    words.slice(index).join(' '),
  ];
  for (let index = 2; index < Math.min(words.length - 1, 16); index++) {
    const word = words[index] ?? '';
    const previous = words[index - 1] ?? '';
    if (!/^[\p{Lu}]/u.test(word) || /[,;:]$/.test(previous) || month.test(word)) continue;
    // "Any Other Business P Keymer proposed …": an initial, a surname, then the verb.
    if (
      /^\p{Lu}$/u.test(word) &&
      /^\p{Lu}/u.test(words[index + 1] ?? '') &&
      recordVerb.test(words[index + 2] ?? '')
    )
      return cutAt(index);
    // "… ended 31st March 2018 The audited Income …": a capitalised determiner after a word that is
    // not capitalised starts a sentence.
    if (/^(?:The|This|These|It|There)$/.test(word) && !/^\p{Lu}/u.test(previous))
      return cutAt(index);
    // Inside a title in capitals or title case ("Emergency Evacuation Procedures was read by the
    // Chair") a capital opens no clause, unless a word that opens one does: "Clerk's Report The …".
    if (/^\p{Lu}/u.test(previous) && !clauseOpener.test(word)) continue;
    if (recordOpener.test(word)) return cutAt(index);
    // A person's style or initial opens a name of two or three words: "Cllr Janet Taylor
    // proposed", "P Keymer proposed".
    const reach = /^(?:cllrs?|councillors?|mr|mrs|ms|miss|dr|\p{Lu})$/iu.test(word) ? 4 : 2;
    const next = words.slice(index + 1, index + 1 + reach);
    if (next.some((candidate) => recordVerb.test(candidate))) return cutAt(index);
    // "No declarations were made": a determiner, its noun, then the verb.
    if (/^(?:no|the|all|a|an)$/i.test(word) && recordVerb.test(words[index + 2] ?? ''))
      return cutAt(index);
  }
  return undefined;
};

/** "4. Election of Officers Upon the proposition of …": a numbered minute with its record run on. */
const numberedLine = /^(\d{1,2})\.\s+(\S.*)$/;

/**
 * Minutes a website flattened one to a line, "1. Minutes of the 2017 Annual General Meeting Upon the
 * proposition of P Sewell, …", "2. Accounts for the year ended 31st March 2018 The audited …": when
 * three or more long lines are numbered 1, 2, 3 … in turn, each is split into its numbered title and
 * its record where a clause opens ({@link titleAndRecord}); a line that shows no such place is kept.
 */
const numberedRunOn = (lines: readonly CleanLine[]): CleanLine[] => {
  const numbered = lines
    .map((line, at) => ({ at, match: numberedLine.exec(line.text) }))
    .filter(({ match }) => match !== null && (match[2] ?? '').split(/\s+/).length > 12);
  const inTurn = numbered.filter(({ match }, index) => {
    const number = Number(match?.[1]);
    const previous = Number(numbered[index - 1]?.match?.[1]);
    const next = Number(numbered[index + 1]?.match?.[1]);
    return previous === number - 1 || next === number + 1;
  });
  if (inTurn.length < 3) return [...lines];
  const runOn = new Set(inTurn.map(({ at }) => at));
  return lines.flatMap((line, at) => {
    const match = runOn.has(at) ? numberedLine.exec(line.text) : null;
    // A title its record already follows after a colon ("1. Minutes: The minutes …") is read as
    // is; titles hold dashes ("Rezoning – 260 Wellington Crescent – DAZ 235/2014"), so no dash ends
    // one here; and a record is a sentence of some length.
    const delimited = /^[^:]{2,80}:\s/.test(match?.[2] ?? '');
    const split = match?.[2] && !delimited ? titleAndRecord(match[2], false) : undefined;
    if (
      !match ||
      !split ||
      split[1].split(/\s+/).length < 6 ||
      !/[.!?]["”’']?(?:\s|$)/.test(split[1])
    )
      return [line];
    return [
      { number: line.number, text: `${match[1]}. ${split[0]}` },
      { number: line.number, text: split[1] },
    ];
  });
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
  if (kept.length < 3) return numberedRunOn(lines);
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
