import { type Paragraph, sentences } from './lines.ts';

/**
 * Decisions that minutes record in sentences rather than under a RESOLVED heading, read only from
 * minutes (an agenda's "to approve the minutes" is business to come, not a decision), and only in
 * forms that say a decision was taken (broader ones, such as "The Board approved …" or any passive,
 * were measured and wrongly took reports of other bodies' decisions on unseen papers):
 * - the minutes of the last meeting approved: "The minutes … were approved as a correct record";
 * - "It was RESOLVED that …", "It was unanimously agreed that …" (the lead-in left out), "It was
 *   agreed to …";
 * - an item whose record opens with its outcome: "Approval of minutes: Approved and signed";
 * - a motion that carried: "Moved by A, seconded by B, that …" or "A made a motion, seconded by
 *   B, to …", when its paragraph or the next ones, up to the next item or motion, say it carried
 *   (a failed, lost or withdrawn motion decides nothing);
 * - French minutes: "le Conseil Municipal décide / valide / accepte …", "… est approuvé".
 */
export interface DecisionSentence {
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
}

const adverbs = String.raw`(?:(?:\p{L}+ly|also|further|then|therefore|duly|nem\.?\s*con\.?)\s+)*`;

/**
 * The passive, only for the minutes of the last meeting ("The minutes of the meeting held on … were
 * approved as a correct record"): other passives in minutes often report other bodies' decisions.
 */
const passive = new RegExp(
  String.raw`^(?:the\s+)?(?:\p{L}+\s+){0,3}?minutes\b[^.]{0,200}?\b(?:was|were|had\s+been|have\s+been)\s+(?:${adverbs}(?:approved|agreed|adopted|accepted|confirmed|signed)\b|[^.]{0,80}?\b(?:approved|agreed|accepted|confirmed)\s+as\s+(?:a|the)\s+(?:true|correct|accurate)\b)`,
  'iu',
);
/** An item's record that starts with its outcome: "Approval of minutes: Approved and signed as correct." */
const outcomeFirst =
  /^(?:approved|agreed|adopted|accepted|ratified|confirmed)\b(?!\s+(?:by|that)\b)/i;
/** "It was RESOLVED that …", "It was unanimously agreed that …": the lead-in that names a decision. */
const itWas = new RegExp(
  String.raw`\bit\s+was\s+${adverbs}(?:resolved|agreed(?=\s+(?:that|to|(?:we|they)\s+(?:would|will|should))\b)|decided(?=\s+(?:that|to|the)\b))\b\s*(?:that\b\s*[:,]?\s*)?`,
  'iu',
);
const french =
  /\b(?:le\s+)?conseil\s+municipal\s+(?:\p{L}+\s+)?(?:décide|valide|accepte|approuve|adopte|autorise|fixe|émet|vote)\b|\b(?:est|sont)\s+(?:approuvée?s?|adoptée?s?)\b/iu;

/** Any character of a sentence: a full stop only after an initial or a title ("Cllr. D. Jones"). */
const inSentence = String.raw`(?:[^.]|(?<=\b(?:[A-Z]|Cllrs?|Mrs?|Ms|Dr|Cyng|Coun|Hon|Nos?|St|Inc|Ltd|Corp|Co|Jr|Sr|vs))\.|\.(?=\d))`;
/** A motion and its outcome, to the end of its sentence. */
const motionClause = new RegExp(
  String.raw`\b(?:moved|motioned|proposed|made\s+a\s+motion|motion\s+(?:by|from|(?:was\s+)?made\s+by))\b${inSentence}*?\bsecond(?:ed)?\b(?:\s+by)?(?:(?!,)${inSentence})*?,?\s+(?:(?:and\s+)?(?:unanimously\s+)?(?:agreed|carried|resolved|passed)(?:\s+unanimously|\s+by\s+(?:all\s+)?(?:the\s+)?(?:members|those)\s+present|\s+\([^()]*\)|\s+\d{1,2}-\d{1,2}(?:-\d{1,2})?)*,?\s+)?((?:that|to)\b(?:${inSentence}+\.?|.+$))`,
  'i',
);
/** Welsh: "Cynigiwyd gan …, eiliwyd gan … ac roedd pawb yn gytun bod …" (proposed, seconded, all agreed). */
const welshMotion = new RegExp(
  String.raw`\bcynigiwyd\s+gan\b${inSentence}*?\beiliwyd\s+gan\b(?:(?!,)${inSentence})*?\s+(?:ac\s+roedd\s+pawb\s+yn\s+(?:gytun|unfrydol)|a\s+chytunwyd(?:\s+yn\s+unfrydol)?)\s+(?:bod\s+|(?:y|i)\s+(?=dylid|dylai))?(${inSentence}+\.?)`,
  'iu',
);
/**
 * A decision that lists what it decided: "The following payments were approved:", "Cytunwyd i'r
 * canlynol:" (Welsh: the following was agreed), then the list, to the end of the item.
 */
const followingDecided =
  /^(?:the\s+following\s+(?:\p{L}+\s+){0,2}(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:agreed|approved|resolved|accepted|adopted)|(?:cytunwyd|cymeradwywyd|penderfynwyd)\b.{0,60}\bcanlynol)\s*:/iu;
const dulyMade =
  /\b(?:upon|on)\s+(?:a\s+)?motion\s+(?:duly\s+)?made\s+and\s+seconded,?\s+((?:the\s+\p{L}+\s+)?(?:approved|adopted|authori[sz]ed|accepted|agreed|resolved|awarded|ratified|endorsed|granted)\b.+)$/iu;
/**
 * "Stearns made the motion to authorize … Emerson seconded the motion.", "Power moved to approve the
 * Consent Calendar. Pavlik seconded the motion.": the words first, then the second.
 */
const motionFirst = new RegExp(
  String.raw`\b(?:made\s+(?:a|the)\s+motion|moved|motioned|motion\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})\s*((?:to|that)\b${inSentence}+\.?)(?=[\s\S]*\b(?:second(?:ed)?|supported)\b)`,
  'iu',
);
/** The second named before the motion's words: "Council Member Peterson, seconded by Council Member Butterfield, moved to approve …". */
const seconderFirst = new RegExp(
  String.raw`\bseconded\s+by\s+(?:[^.,;]|(?<=\b[A-Z])\.){1,80},\s+(?:moved|motioned)\s+((?:to|that)\b${inSentence}+\.?)`,
  'iu',
);
/** Who seconded, run on at the end of a motion's words: "… the resolution and Rohleder". */
const seconderAtEnd =
  /[,;]?\s+(?:and\s+)?(?:(?:Mr|Mrs|Ms|Dr|Commissioner|Director|Trustee|Councilmember|Councillor|Cllr|Member)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s*){1,2}$/u;
/** The words of a motion, whichever order the minutes give them in; adjourning decides nothing. */
const motionWords = (text: string): string | undefined => {
  let words = motionClause.exec(text)?.[1];
  if (words === undefined) {
    const first = motionFirst.exec(text);
    // "Powers moved to adopt the resolution and Rohleder seconded the motion": who seconded it is
    // not part of the words.
    const seconded = first && /^\s*seconded\b/i.test(text.slice(first.index + first[0].length));
    words = seconded ? first?.[1]?.replace(seconderAtEnd, '') : first?.[1];
  }
  words ??= seconderFirst.exec(text)?.[1];
  // "Motion by Carey to approve the treasurer's report, second by Tobin, all in favor, motion
  // carried": the words end where the second starts.
  const own = words
    ?.replace(/,?\s+(?:and\s+)?second(?:ed)?\s+by\b.*$/is, '')
    .replace(/[,;]\s*$/, '');
  return own && !/^to\s+adjourn\b/i.test(own) ? own : undefined;
};
/** The outcome run on after a motion's words: "…, The motion carried, 6-0-1, by …", "… VOTE: All in favor". */
const runOnOutcome =
  /[,.;]?\s+(?:the\s+(?:substitute\s+)?motion\s+(?:carried|passed|failed)\b|vote\s*:|roll\s+call\s+vote\b|ayes?\s*:).*$/is;
/** Where a motion starts in a paragraph. */
const motionStart =
  /\b(?:it\s+was\s+)?(?:moved|motioned|proposed|made\s+(?:a|the)\s+motion|motion\s+(?:by|from|(?:was\s+)?made\s+by))\b/gi;
/** The outcome after a motion's words: "… to buy a bench. Carried." */
const trailingOutcome =
  /[.;]?\s*(?:(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|approved|passed))?\.?$/i;
const carried =
  /\b(?:motion|amendment|resolution|it)\s+(?:was\s+)?(?:carried|carries|passed|passes|approved|adopted)\b|\bRESULT:\s*(?:APPROVED|ADOPTED|CARRIED|PASSED)\b|^(?:carried|passed|adopted|approved)\b|\band\s+(?:unanimously\s+)?(?:agreed|carried)\b|\b(?:all|\w+)\s+(?:were\s+|voted\s+)?(?:in\s+)?favou?r\b|\bunanimously\s+(?:agreed|approved|carried)\b|\bby\s+a\s+unanimous\s+vote\b|\b(?:resolution|ordinance)\s+(?:no\.\s*)?[\d-]+\s+(?:was|were)\s+(?:approved|adopted|passed)\b|\b(?:second(?:ed)?\s+by\b[^.]{0,60}?,\s*)(?:carried|passed)\b/i;
/** "VOTED 9-0-0", "VOTE: 7/0", "Vote: 5-2": a recorded tally, carried when more voted for than against. */
const tally = /\bvote[ds]?\s*:?\s*(\d{1,3})\s*[-–/]\s*(\d{1,3})\b/i;
const carriedByTally = (text: string): boolean => {
  const counts = tally.exec(text);
  return counts !== null && Number(counts[1]) > Number(counts[2]);
};
/** One member's vote as recorded: "Commissioner Froerer – aye", "Durham-Aye", "Huff: Yes". */
const recordedVote = /[-–:]\s*(?:aye|yes|nay|no)\b/i;
/** "Commissioner Froerer – aye; Commissioner Harvey – aye; Chair Bolos – aye": every vote recorded for. */
const allAyes = (text: string): boolean =>
  (text.match(/[-–:]\s*(?:aye|yes)\b/gi)?.length ?? 0) >= 2 && !/[-–:]\s*(?:nay|no)\b/i.test(text);
const isCarried = (text: string): boolean =>
  carried.test(text) || carriedByTally(text) || allAyes(text);

/** A motion put in one sentence by who moved it: "Mr. Henningson made a motion to approve …", "I move to continue …". */
const soloMotion =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+,?\s+(?:(?:I\s+)?(?:make|made)\s+a\s+motion|I\s+move|moved|motioned)\s+(?:to|that)\b/u;
/** The result a record gives above a motion: "MOTION: APPROVED W/ CONDITIONS", "MOTION: CONTINUED". */
const motionResult = /^motion\s*:\s*(?:approved|carried|adopted|passed|continued|denied)\b/i;

/** Where a motion's list ends: its vote or its outcome ("Roll Call Vote:", "Aye: …", "Motion carried; 6:0"). */
const outcomeLine =
  /^(?:roll\s+call(?:\s+vote)?|(?:recorded\s+)?vote[ds]?\b|(?:the|a)\s+(?:roll\s+call\s+)?vote\s+was\s+(?:recorded|taken)\b|ayes?\s*:|yeas?\s*:|yes\s*:|(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|failed|approved)|carried\b|passed\b)/i;
/** A vote or outcome given a point's number of its own: "5.2 A roll call vote was taken. The motion passed unanimously." */
const pointNumber = /^\d{1,3}\.\d{1,2}\.?\s+/;
const numberedOutcome = (text: string): boolean =>
  pointNumber.test(text) && outcomeLine.test(text.replace(pointNumber, ''));
/** A lettered or roman sub-point of a motion's list: "a) Extend …", "(ii) Grant …". */
const subPoint = /^\(?(?:[ivx]{1,5}|[a-z])[.)]\s/i;

/** A motion that the minutes of the last meeting be signed: "… seconded by B that the Minutes … be signed as a correct record". */
const correctRecord =
  /\bminutes\b.{0,200}\bbe\s+(?:signed|approved|accepted|adopted|taken)\b.{0,40}\bas\s+(?:a|the)\s+(?:true|correct|accurate)\s+record\b/i;
/**
 * A decision the meeting itself is said to take: "Councillors agreed that …", "The meeting agreed
 * to …", "the Council agreed that …", "The Parish Council approved payment …", "The Parish Council
 * were unanimously in favour". Not "The Board approved …", which minutes write of other bodies too.
 */
/** "The CC agreed to support …": the body by its initials, in capitals. */
const abbreviatedBody =
  /(?:^|,\s*)(?:[Tt]he\s+)?[A-Z]{2,4}\s+(?:agreed|resolved|decided)\s+(?:that|to)\b/u;
const meetingDecided = new RegExp(
  String.raw`(?:^|,\s*|\b(?:following|after)\b[^,.]{0,80}?\s)(?:the\s+)?(?:(?:(?:parish|town|community)\s+)?council\s+|(?:all\s+)?(?:the\s+)?(?:(?:parish\s+)?councillors|members)(?:\s+present)?\s+|meeting\s+|we\s+)(?:(?:were|was)\s+)?${adverbs}(?:(?:agreed|resolved|decided)\s+(?:that|to)\b|(?<!\bcouncil\s+(?:\p{L}+\s+)?)approved\b|in\s+favou?r\b)`,
  'iu',
);
/** "Cllr A proposed …, which was seconded by Cllr B, all were in favour.": the sentence whole. */
const proposedAndSeconded = /\bpropos(?:ed|al)\b.{0,300}?\bseconded\b/i;
const failed =
  /\b(?:failed|lost|defeated|fell|withdrawn|not\s+carried|RESULT:\s*FAILED|(?:was\s+)?not\s+seconded|died\s+for\s+(?:the\s+)?lack\s+of\s+a\s+second|no\s+second(?:er)?)\b/i;

/** Sentences not to read as decisions: what is still to come, or a negation. */
const notTaken =
  /\b(?:will|would|should|could|may|might|must|shall|to\s+be|not|whether|if)\s+(?:\p{L}+\s+){0,2}?(?:approved|agreed|adopted|accepted|ratified|endorsed|carried)\b|\bnot\s+(?:approved|agreed)\b/iu;

const verbatim = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Only the forms that name a decision themselves: "it was resolved …", "it was agreed that …". */
const explicitDecisionOf = (sentence: string): string | undefined => {
  if (notTaken.test(sentence)) return undefined;
  const lead = itWas.exec(sentence);
  if (!lead) return undefined;
  return lead[0].toLowerCase().includes('that')
    ? sentence.slice(lead.index + lead[0].length)
    : sentence.slice(lead.index);
};

/** An assent that names nothing: "The Parish Council were unanimously in favour." */
const bareAssent =
  /^(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|councillors|members|meeting)\s+(?:were|was)\s+(?:all\s+)?(?:unanimously\s+)?in\s+favou?r\.?$/i;

/** The decision in a sentence, without its lead-in ("It was agreed that"), or undefined. */
const decisionOf = (sentence: string, first: boolean): string | undefined => {
  if (notTaken.test(sentence)) return undefined;
  const explicit = explicitDecisionOf(sentence);
  if (explicit !== undefined) return explicit;
  // "Meeting minutes were approved by the City Council on June 7, 2022.": a note of when these
  // minutes were approved, at a later meeting.
  if (passive.test(sentence) && !/\bapproved\s+by\s+[^.]{0,60}\bon\s+\S/i.test(sentence))
    return sentence;
  if (meetingDecided.test(sentence) || abbreviatedBody.test(sentence)) return sentence;
  if (
    proposedAndSeconded.test(sentence) &&
    !failed.test(sentence) &&
    (carried.test(sentence) || correctRecord.test(sentence))
  )
    return sentence;
  if (first && outcomeFirst.test(sentence)) return sentence;
  if (french.test(sentence)) {
    const start = /\b(?:le\s+)?conseil\s+municipal\b/iu.exec(sentence);
    return start ? sentence.slice(start.index) : sentence;
  }
  return undefined;
};

/**
 * Decision sentences of a minutes document's paragraphs. `bodyOf` gives the text of a paragraph
 * to read (an item heading's title is left out: "2728. Approval of minutes: Approved and signed");
 * `startsItem` tells where the next item begins, which ends the search for a motion's outcome.
 */
export const readDecisionSentences = (
  paragraphs: readonly Paragraph[],
  bodyOf: (paragraph: Paragraph) => string,
  startsItem: (text: string) => boolean,
  explicitOnly = false,
): DecisionSentence[] => {
  const found: DecisionSentence[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const body = bodyOf(paragraph);
    if (!body) continue;
    // Several motions in one paragraph ("Motion by A, second by B to … Motion carried. Motion by
    // C …") are read one by one, each with the outcome said after it.
    const motionStarts = explicitOnly
      ? []
      : [...body.matchAll(motionStart)].map((match) => match.index ?? 0);
    if (motionStarts.length > 1) {
      for (const [position, start] of motionStarts.entries()) {
        const segment = body.slice(start, motionStarts[position + 1] ?? body.length);
        const words = motionWords(segment);
        if (!words || failed.test(segment) || !isCarried(segment)) continue;
        found.push({
          text: verbatim(words.replace(trailingOutcome, '')),
          line: paragraph.number,
          endLine: paragraph.endLine,
        });
      }
      continue;
    }
    // "… moved to approve …." / "Councilor Hancock seconded the motion.": the second said in the
    // next paragraph, as a layout that sets each sentence apart gives it.
    const next = paragraphs[index + 1]?.text ?? '';
    const secondedBelow =
      /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}seconded\b/u.test(next);
    const ownMotion = explicitOnly ? undefined : motionWords(body);
    const motion = explicitOnly
      ? undefined
      : (ownMotion ?? (secondedBelow ? motionWords(`${body} ${next}`) : undefined));
    // Words the layout broke off mid-sentence ("… to adopt the Resolution in" / "Support of …,
    // as amended.") go on in the next paragraph, to its full stop.
    const carriedOn =
      motion &&
      !/[.;:!?]["”’)]?$/.test(motion) &&
      next &&
      !startsItem(next) &&
      motionWords(next) === undefined &&
      // Not the votes recorded under it ("Commissioner Froerer – aye; …").
      !outcomeLine.test(next) &&
      !recordedVote.test(next)
        ? `${motion} ${next.slice(0, next.search(/[.;](?:\s|$)/) + 1 || next.length)}`
        : motion;
    // A motion that ends on a colon goes on in the list below it ("that the Board of Trustees:",
    // then "a) Extend the contracts …" and its names), to the vote or outcome.
    const list: Paragraph[] = [];
    if (carriedOn?.endsWith(':'))
      for (const next of paragraphs.slice(index + 1, index + 40)) {
        if (outcomeLine.test(next.text) || motionWords(next.text) !== undefined) break;
        if (startsItem(next.text) && !subPoint.test(next.text)) break;
        // A heading in capitals ("CLOSED SESSION") starts the next business, not the list.
        if (/^[\p{Lu}\d\s'’&,–-]{3,60}$/u.test(next.text)) break;
        list.push(next);
      }
    const words = list.length
      ? `${carriedOn} ${list.map((part) => part.text).join(' ')}`
      : carriedOn;
    if (words) {
      // The outcome is said in the motion's paragraph or the next ones, up to the next item or motion;
      // after a roll call ("Roll Call Vote:", "Aye: …", "No: None", "Motion carried; 6:0"), at its end.
      // The second said below the motion is part of it: the outcome is looked for after it too.
      const after = index + list.length;
      const seconding = secondedBelow && ownMotion === undefined ? 1 : 0;
      const span = paragraphs
        .slice(after + 1, after + 3 + seconding)
        .some((candidate) => outcomeLine.test(candidate.text) || numberedOutcome(candidate.text))
        ? 9
        : 2 + seconding;
      const following = paragraphs.slice(after + 1, after + 1 + span);
      const stop = following.findIndex(
        (candidate) =>
          (startsItem(candidate.text) && !numberedOutcome(candidate.text)) ||
          motionWords(candidate.text) !== undefined,
      );
      const outcome = [
        list.length ? words : body.slice(body.indexOf(words)),
        ...(stop < 0 ? following : following.slice(0, stop)).map((candidate) => candidate.text),
      ].join(' ');
      if (!failed.test(outcome) && (isCarried(`${body} ${outcome}`) || correctRecord.test(words)))
        found.push({
          text: verbatim(words.replace(runOnOutcome, '').replace(trailingOutcome, '')),
          line: paragraph.number,
          endLine: list.at(-1)?.endLine ?? paragraph.endLine,
        });
      continue;
    }
    // "MOTION: APPROVED 1st: Ms. Titus 2nd: Ms. Parati" / "Ms. Titus, I make a motion to approve
    // this application as submitted." / "VOTE: 7/0": a motion said alone, its outcome recorded
    // around it (a tally for it, or the motion's result above it).
    if (!explicitOnly && soloMotion.test(body) && !failed.test(body)) {
      const above = paragraphs[index - 1]?.text ?? '';
      const below = paragraphs
        .slice(index + 1, index + 3)
        .map((candidate) => candidate.text)
        .join(' ');
      if (motionResult.test(above) || (carriedByTally(below) && !failed.test(below))) {
        found.push({ text: verbatim(body), line: paragraph.number, endLine: paragraph.endLine });
        continue;
      }
    }
    // "UPON MOTION duly made and seconded, the Board approved …": the decision is what follows.
    const duly = explicitOnly ? null : dulyMade.exec(body);
    if (duly?.[1] && !failed.test(duly[1]) && !notTaken.test(duly[1])) {
      // A sentence the layout broke into paragraphs goes on to its full stop.
      const rest: Paragraph[] = [];
      for (const next of paragraphs.slice(index + 1, index + 4)) {
        if (/(?<!\b[A-Z])[.:]\s*$/.test([duly[1], ...rest.map((part) => part.text)].join(' ')))
          break;
        if (startsItem(next.text)) break;
        rest.push(next);
      }
      const text = verbatim([duly[1], ...rest.map((part) => part.text)].join(' '));
      found.push({
        text: text.replace(/[.:]$/, ''),
        line: paragraph.number,
        endLine: rest.at(-1)?.endLine ?? paragraph.endLine,
      });
      continue;
    }
    const welsh = explicitOnly ? null : welshMotion.exec(body);
    if (welsh?.[1]) {
      found.push({ text: verbatim(welsh[1]), line: paragraph.number, endLine: paragraph.endLine });
      continue;
    }
    if (!explicitOnly && followingDecided.test(body.trim())) {
      const rest = paragraphs.slice(index + 1, index + 30);
      // The list's own entries ("i) …", "(a) …") continue it; the next item ends it.
      const stop = rest.findIndex(
        (candidate) =>
          startsItem(candidate.text) && !/^\(?(?:[ivx]{1,5}|[a-z])[.)]\s/i.test(candidate.text),
      );
      const list = stop < 0 ? rest : rest.slice(0, stop);
      found.push({
        text: verbatim([body, ...list.map((candidate) => candidate.text)].join(' ')),
        line: paragraph.number,
        endLine: list.at(-1)?.endLine ?? paragraph.endLine,
      });
      continue;
    }
    // Only an item's own record may open with its outcome, not any paragraph under it.
    const record = body !== paragraph.text;
    const said = sentences(body);
    for (const [position, sentence] of said.entries()) {
      const decision = explicitOnly
        ? explicitDecisionOf(sentence)
        : decisionOf(sentence, record && position === 0);
      // "The Chair … suggested a change to 3 minutes. The Parish Council were unanimously in
      // favour.": an assent that names nothing decides what the sentences before it proposed.
      const assent = decision !== undefined && bareAssent.test(decision.trim()) && position > 0;
      if (decision && decision.length >= 3)
        found.push({
          text: verbatim(assent ? said.slice(position - 1, position + 1).join(' ') : decision),
          line: paragraph.number,
          endLine: paragraph.endLine,
        });
    }
  }
  return found;
};
