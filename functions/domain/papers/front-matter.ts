import { findDate } from '../dates.ts';
import { agendaSection } from './documents.ts';
import { findLabel } from './labels.ts';
import type { CleanLine } from './lines.ts';
import { isFurniture, paragraphs } from './lines.ts';
import { findMeetingDate } from './meeting-date.ts';
import type { DocumentFields, Provenance } from './model.ts';
import { isPlausibleName, stripMemberTitle } from './names.ts';
import { findTime } from './times.ts';
import { findVenue } from './venue.ts';

/** The fields a document's front matter gives: the same fields, and types, every document has. */
export type FrontMatter = Pick<
  DocumentFields,
  | 'council'
  | 'body'
  | 'meetingDate'
  | 'meetingTime'
  | 'venue'
  | 'title'
  | 'authors'
  | 'wards'
  | 'provenance'
> & {
  /** Why no date was taken when the front states several. */
  readonly dateConflict: string | null;
};

const councilName =
  /((?:\b(?:St|ST|Ste|STE|Mt|MT)\.\s+)?\b(?:(?:[A-Z][\p{L}'’&-]+|of|and|upon|on|the|in|le|under|with)\s+){0,5}?(?:[A-Z][\p{L}'’&-]+\s+)(?:(?:(?:County|District|Borough|City|Town|Parish|Community|Metropolitan(?: Borough)?|Unitary|Regional|Combined)\s+)?(?:Council|Corporation)|(?:Combined|Unitary|Regional|London|Local)\s+Authority))\b(?!\s+[Mm]embers?\b)/u;

const bodyName =
  /\b((?:[A-Z][\p{L}'’&,-]*\s+|&\s+|and\s+|of\s+|for\s+){0,6}(?:Select\s+Committee|Sub-Committee|Committee|Cabinet|Executive|Board|Panel|Forum|Commission|Partnership|Full\s+Council|Council|(?<=[A-Z][\p{L}'’&-]*\s+)Authority))\b/u;

/** A special district's name: "San Juan Unified School District", "Fair Oaks Water District". */
const districtName = String.raw`(?:[A-Z][\p{L}'’.-]+\s+){1,4}(?:(?:Unified|Union|Community|College|Water|School|Fire|Sanitation|Irrigation|Park|Hospital|Transit|Utility|Library)\s+)+District`;
/** "San Juan Unified School District", "Cuyahoga Community College District": the whole line. */
const specialDistrict = new RegExp(`^(${districtName})$`, 'u');

/** A special district or port at the head of a line, before what meets or what the paper is. */
const districtLeading = new RegExp(
  String.raw`^(${districtName}|Port\s+of\s+[A-Z][\p{L}'’-]+(?:\s+(?!(?:Regular|Special|Annual|Adjourned|Board|Commission|Meeting|Agenda|Minutes)\b)[A-Z][\p{L}'’-]+)?)(?=\s+(?:[-–—•:|]\s*)?(?:Board|Agenda|Minutes|(?:Regular|Special|Annual|Adjourned)\b|Meeting|Commission|Financing)\b)`,
  'u',
);

/** A word of a proper name, not the words around one. */
const nameWord = String.raw`(?!(?:Of|The|For|On|In|At|To|Held|Meeting|Minutes|Agenda|Special|Regular|Revised|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\p{L}'’-]*`;

/**
 * Bodies named by what they are of, as US boards and Irish districts are: "Board of Estimates",
 * "Board of Water and Power Commissioners", "Committee of the Whole", "Municipal District of
 * Cappamore-Kilmallock", "Norwalk Housing Authority".
 */
const bodyOf = [
  // "Sacramento County Committee on School District Organization": a committee on a subject
  // goes with the name of the place it serves.
  new RegExp(
    String.raw`\b((?:${nameWord}\s+){0,3}Committee\s+on\s+(?:the\s+)?${nameWord}(?:(?:\s+(?:and|And|&)\s+|\s+)${nameWord}){0,4})`,
    'u',
  ),
  new RegExp(
    String.raw`\b((?:Board|Commission|Committee)\s+of\s+(?:the\s+)?${nameWord}(?:(?:\s+(?:and|And|&)\s+|\s+)${nameWord}){0,4})`,
    'u',
  ),
  new RegExp(
    String.raw`\b((?:Municipal|Metropolitan)\s+District\s+of\s+${nameWord}(?:[\s-]+${nameWord}){0,3})`,
    'u',
  ),
  new RegExp(String.raw`\b((?:${nameWord}\s+){0,3}Housing\s+Authority)\b`, 'u'),
];

/**
 * Words that make a council-shaped phrase something else: "the County Council's policy"; a kind
 * of council without its place ("Metro Township Council", "General Council").
 */
const notACouncil =
  /^(?:the|this|our|a|an|each|every)\s+council$|^(?:(?:local|parish|town|county|district|borough|city|full|metro|metropolitan|township|village|community|general|regular|special|pre)\s+)+council$/i;

/** Headings and labelled values, not prose: a council named in a sentence is not the paper's council. */
const headingOrLabel = (line: CleanLine) =>
  (line.text.length <= 80 &&
    !/[.;,]$/.test(line.text) &&
    line.text.split(/\s+/).length <= 10 &&
    !/\b(?:is|are|was|were|be|has|have|will|asked|to\s+note)\b/.test(line.text)) ||
  /^[A-Z][\w ()/]{1,30}:/.test(line.text);

/**
 * "City of Winnipeg", "CITY OF / ROLLING HILLS ESTATES", "City and County of San Francisco",
 * "Commune de Coulon": a municipality by its style.
 */
const municipality =
  /\b((?:City\s+and\s+County|City|Town|Village|County|Borough|Municipality|Township|Commune)\s+(?:[Oo]f|[Dd]e|[Dd]’|[Dd]')\s*(?:(?!(?:City|Commission|Council|Committee|Board|Meeting|Agenda|Minutes)\b)[A-Z][\p{L}'’.-]+(?:\s+|$)){1,4})/u;

/** A name in capitals as a name is written: "CITY OF ROLLING HILLS" → "City of Rolling Hills". */
const nameCase = (text: string) =>
  titleCase(text).replace(/(?<=\s)(Of|De|And|The|Upon|On)(?=\s)/g, (word) => word.toLowerCase());

/** The words before a council's name in a heading: "Minutes of the meeting of Souldern Parish Council". */
const documentLead =
  /^.*\b(?:minutes|agenda|meeting|notice|summons|report|réunion)\b(?:\s+(?:of|for|to|du|de))?(?:\s+(?:the|a|an|la|le))?\s+/i;

/** A council's name of a local council's kind opening a line: "Stoke Ferry Parish Council …". */
const leadingCouncil =
  /^((?:(?!(?:Draft|Minutes|Agenda|Of|The|Meeting|Notice)\b)[A-Z][\p{L}'’&-]+\s+){1,5}(?:Parish|Town|Community|City|County|District|Borough)\s+Council)\b/u;
/** "… minutes of the West Dereham Parish Council meeting …": the council the meeting is of. */
const councilOfMeeting =
  /\bminutes\s+of\s+(?:the\s+|a\s+)?(?:(?:\p{L}+\s+)?meeting\s+of\s+(?:the\s+)?)?((?:(?!(?:Meeting|Of|The)\b)\p{L}[\p{L}'’&-]*\s+){1,5}(?:Parish|Town|Community|City|County|District|Borough)\s+Council)\b/iu;

/** The kind of a meeting, before the name of the council that holds it. */
const meetingKind =
  /^(?:special|regular|annual|extraordinary|ordinary|adjourned|emergency|joint|reconvened)\s+/i;

const findCouncil = (front: readonly CleanLine[]): { value: string; line: number } | undefined => {
  const accept = (named: string | undefined, line: CleanLine, inHeading = true) => {
    // "Special Town Council Meeting": the kind of meeting, not part of the name.
    const value = named?.replace(meetingKind, '');
    if (!value || notACouncil.test(value) || /\b(?:committee|cabinet)\b/i.test(value))
      return undefined;
    // "Watch Council meetings here": in a heading, a name runs to the end of its words.
    const rest = line.text.slice(line.text.indexOf(value) + value.length);
    if (inHeading && line.text.includes(value) && /^\s+\p{Ll}/u.test(rest)) return undefined;
    // "7:00 PM Council Chambers": a room and a time, not an authority.
    if (/^\s*chambers?\b/i.test(rest) || /^(?:[AP]\.?M\.?|\d)/i.test(value)) return undefined;
    return { value, line: line.number };
  };
  const clean = (value: string | undefined) =>
    value
      ?.replace(documentLead, '')
      // "Particulars of Decision That Trafford Council hereby …": the name starts after the
      // sentence's own words.
      .replace(/^.*\b(?:that|this|which|whereas|where|when)\s+/i, '')
      .replace(/^(?:the|of|and)\s+/i, '')
      .trim();
  // An item's title ("209/19 To Update on the Parish Council's Neighbourhood Plan") names no council.
  // Nor does an entry of a lettered list ("a. St. George’s Preservation Authority").
  const headings = front.filter(
    (line) => headingOrLabel(line) && !/^(?:\d|\(?[a-z]\)\s|[a-z]\.\s)/.test(line.text),
  );
  // As written in a heading; then as written in a sentence ("Minutes of the Meeting of X Council");
  // then from a heading in capitals, which has no other spelling to offer; then a municipality's
  // style ("City of …"), also over two heading lines.
  for (const line of headings) {
    const found = accept(clean(councilName.exec(line.text)?.[1]), line);
    if (found) return found;
  }
  for (const line of front) {
    const found = accept(
      clean(
        /\bof\s+((?:[A-Z][\p{L}'’&-]+\s+){1,5}(?:County|District|Borough|City|Town|Parish|Community)?\s*Council)\b|\bof\s+the\s+((?:[A-Z][\p{L}'’&-]+\s+){1,4}(?:County|District|Borough|City|Town|Parish|Community)\s+Council)\b/u
          .exec(line.text)
          ?.slice(1)
          .find((group) => group !== undefined),
      ),
      line,
      false,
    );
    if (found) return found;
    // A municipal corporation, as Canadian and Bermudian towns are styled: "a meeting of the General
    // Council of the Corporation of St. George’s", "The Corporation of the Town of Cobourg".
    const corporation =
      /\b(Corporation\s+of\s+(?:the\s+)?(?:(?:City|Town|Township|Village|County|Municipality)\s+of\s+)?(?:(?:St|Mt)\.\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})/u.exec(
        line.text,
      )?.[1];
    if (corporation) return { value: corporation, line: line.number };
  }
  // The minutes' opening sentence: "Manordeilo and Salem Community Council held their meeting at …",
  // "Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am …".
  for (const line of front.slice(0, 12)) {
    const subject =
      /^((?:[A-Z][\p{L}'’&-]+\s+|(?:and|of|upon|on)\s+){1,6}?(?:(?:County|District|Borough|City|Town|Parish|Community)\s+)?Council)\s+held\s+(?:their|its|a|an)\b/u.exec(
        line.text,
      )?.[1];
    const welsh =
      /\b[Cc]ynhaliwyd\s+cyfarfod\s+(Cyngor\s+(?:Cymuned|Tref|Sir|Dinas)\s+[A-Z][\p{L}'’-]+(?:\s+(?:a|ac|y|yr)\s+[A-Z][\p{L}'’-]+|\s+[A-Z][\p{L}'’-]+)*)/u.exec(
        line.text,
      )?.[1];
    const found = accept(subject ?? welsh, line, false);
    if (found) return found;
  }
  // The first lines in capitals, however long: "STOKE FERRY PARISH COUNCIL Draft (Until approved …)
  // Minutes …", "DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD AT …".
  for (const line of front.filter((candidate) => candidate.text !== '').slice(0, 3)) {
    const value =
      matchAsWritten(leadingCouncil, line.text) ?? matchAsWritten(councilOfMeeting, line.text);
    const found = value ? accept(value, line, false) : undefined;
    if (found) return found;
  }
  for (const line of headings) {
    const found = accept(clean(matchAsWritten(councilName, line.text)), line);
    if (found) return found;
  }
  // A special district governs itself as a council does: "San Juan Unified School District" as a
  // heading line of its own (not "Municipal District of …", a council's district).
  for (const line of headings.slice(0, 12)) {
    const value = matchAsWritten(specialDistrict, line.text);
    if (value) return { value, line: line.number };
  }
  // Or leading a line that names its board or paper: "Fair Oaks Water District Agenda", "LOS RIOS
  // COMMUNITY COLLEGE DISTRICT Board Meeting Minutes", "Port of Alsea Regular Commission Meeting".
  for (const line of front.filter((candidate) => candidate.text !== '').slice(0, 12)) {
    const value = matchAsWritten(districtLeading, line.text);
    if (value) return { value, line: line.number };
  }
  // A US county's board names its county: "LANCASTER COUNTY BOARD OF COMMISSIONERS", "BOARD OF
  // COUNTY COMMISSIONERS, UTAH COUNTY, UTAH".
  for (const line of front.filter((candidate) => candidate.text !== '').slice(0, 6)) {
    const county =
      /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}County)\s+Board\s+of\s+(?:County\s+)?(?:Commissioners|Supervisors)\b/iu.exec(
        line.text,
      )?.[1] ??
      /^Board\s+of\s+County\s+(?:Commissioners|Supervisors)\s*,\s*((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}County)\b/iu.exec(
        line.text,
      )?.[1];
    if (county && !/^(?:the|board|of)\s/i.test(county))
      return {
        value: county === county.toUpperCase() ? nameCase(county) : county,
        line: line.number,
      };
  }
  // French minutes name the commune in their opening: "… réunis à la mairie de la commune de Coulon".
  for (const line of front.slice(0, 20)) {
    const commune = /\bcommune\s+de\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,3})/u.exec(
      line.text,
    )?.[1];
    if (commune) return { value: `Commune de ${commune}`, line: line.number };
  }
  // "City of Santa Ana," over "California": a heading line that a comma joins to the state's name.
  const styled = front
    .map((line) => ({ ...line, text: line.text.replace(/,$/, '') }))
    .filter((line) => headingOrLabel(line) && !/^\d/.test(line.text));
  for (const [index, line] of styled.slice(0, 12).entries()) {
    const next = styled[index + 1];
    const joined =
      /\b(?:city|town|village|county|borough)\s+of$/i.test(line.text) && next
        ? `${line.text} ${next.text}`
        : line.text;
    const value = matchAsWritten(municipality, joined)?.trim();
    if (value && value.split(/\s+/).length <= 6)
      return { value: value === value.toUpperCase() ? nameCase(value) : value, line: line.number };
  }
  return undefined;
};

/** Matches capitalised names in upper-case headings too ("CHILDREN'S SELECT COMMITTEE"), returning the text as written. */
const titleCase = (text: string) =>
  text.replace(/\p{L}+/gu, (word) =>
    word === word.toUpperCase() && word.length > 1 ? word[0] + word.slice(1).toLowerCase() : word,
  );

const matchAsWritten = (pattern: RegExp, text: string): string | undefined => {
  // "BOARD OF COMMISSIONERS" reads as "Board of Commissioners": the small words as names write them.
  const titled = titleCase(text).replace(
    /(?<=\S\s+)(Of|The|And|On|For|Upon|In|At|To)(?=\s)/g,
    (word) => word.toLowerCase(),
  );
  const match = pattern.exec(titled);
  return match?.[1] === undefined
    ? undefined
    : text.slice(
        match.index + match[0].indexOf(match[1]),
        match.index + match[0].indexOf(match[1]) + match[1].length,
      );
};

/**
 * A body name that says no more than its kind once the council is taken off ("Select Committee"),
 * or than the kind of meeting ("SPECIAL BOARD"): not a name.
 */
const genericBody =
  /^(?:(?:select|special|regular|annual|extraordinary|ordinary|adjourned|emergency|the)\s+)*(?:committee|sub-committee|board|panel|forum)$/i;

const stripHeadingNoise = (text: string) =>
  text
    .replace(/\b(?:agenda|minutes|notice of meeting|supplement(?:ary)?)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();

const findBody = (
  front: readonly CleanLine[],
  title: string | null,
): { value: string; line: number } | undefined => {
  const reportTo = front.find((line) => /^report\s+(?:to|for)\s+(?:the\s+)?/i.test(line.text));
  if (reportTo) {
    const value = reportTo.text
      .replace(/^report\s+(?:to|for)\s+(?:the\s+)?/i, '')
      .replace(/[.:]$/, '')
      .trim();
    if (value) return { value, line: reportTo.number };
  }
  const headings = front.slice(0, 25).filter(headingOrLabel);
  // A body's name is often broken over two heading lines: "Children's & Education Select" / "Committee".
  // Not an item ("1. CALL TO ORDER") over a label ("BOARD:").
  const pairs = headings.slice(0, -1).flatMap((line, index) => {
    const next = headings[index + 1]?.text ?? '';
    return /^\d/.test(line.text) || /:$/.test(next)
      ? []
      : [{ text: `${line.text} ${next}`, number: line.number, first: line.text, second: next }];
  });
  const joined = pairs.map(({ text, number }) => ({ text, number }));
  // The line under a heading that names only the kind of paper ("MEETING MINUTES" / "Open Source
  // Voting System Technical Advisory Committee (OSVTAC)") names the body, before any letterhead
  // above it ("Elections Commission").
  const kind = headings.findIndex((line) =>
    /^(?:(?:regular|special|annual|meeting|official)\s+)*(?:minutes|agenda)$/i.test(line.text),
  );
  const underKind = kind >= 0 ? headings.slice(kind + 1, kind + 2) : [];
  // A name in capitals wrapped after a word or two ("BOARD OF WATER AND POWER" / "COMMISSIONERS")
  // is read whole before its first line.
  const wrappedName = pairs
    .filter(
      ({ text, first, second }) =>
        inCapitals(first) &&
        inCapitals(second) &&
        second.split(/\s+/).length <= 2 &&
        !/\d/.test(second) &&
        text.length <= 80,
    )
    .map(({ text, number }) => ({ text, number }));
  const candidates = [
    ...(title ? [{ text: title, number: 0 }] : []),
    ...underKind,
    ...wrappedName,
    ...headings,
    ...joined,
  ];
  for (const line of candidates) {
    if (
      /^(?:minutes|report|date|time|venue|membership|members)\b/i.test(line.text) &&
      !/committee|cabinet|board|panel|district|authority|commission/i.test(line.text)
    )
      continue;
    const stripped = stripHeadingNoise(line.text);
    const of = bodyOf
      .map((pattern) => matchAsWritten(pattern, stripped))
      // A name runs to the end of its words: "Municipal District of New le" is a broken line.
      .find(
        (found) =>
          found !== undefined &&
          !/^[\s-]*\p{Ll}/u.test(stripped.slice(stripped.indexOf(found) + found.length)),
      );
    const value = (of ?? matchAsWritten(bodyName, stripped))
      ?.replace(/^(?:of|and|for|&)\s+/i, '')
      .replace(/,$/, '')
      .trim();
    // "Mr. A. Poitras, Senior Committee Clerk": a post, not a body.
    const after = value ? stripped.slice(stripped.indexOf(value) + value.length) : '';
    if (
      /^\s*(?:clerks?|officers?|managers?|secretary|chair(?:man|person)?|members?|co-?ordinator|administrator|assistant|advisers?|director|chambers?|room|president|vice)\b/i.test(
        after,
      )
    )
      continue;
    // "LOS RIOS COMMUNITY COLLEGE DISTRICT Board Meeting Minutes": a name in capitals run into a
    // word that is not is two names, not one.
    if (value && /^(?:\p{Lu}{2,}\s+){2,}\p{Lu}\p{Ll}/u.test(value)) continue;
    const withoutCouncil = value && titleCase(value).replace(councilName, '').trim();
    if (!value || !withoutCouncil || genericBody.test(withoutCouncil)) continue;
    if (value.split(/\s+/).length <= 9 && !notACouncil.test(value) && !/^council$/i.test(value)) {
      const found = front.find((candidate) => candidate.text.includes(value));
      return { value, line: found?.number ?? line.number };
    }
  }
  return undefined;
};

/** The body a meeting is of, in the sentence that calls it to order. */
const orderedBody = String.raw`(Board\s+of\s+(?:Directors|Trustees|Commissioners|Supervisors|Selectmen|Education|Health|Governors)|(?:[A-Z][\p{L}'’-]+\s+){1,4}(?:Board|Commission|Committee))`;
const calledToOrderPatterns = [
  new RegExp(
    String.raw`\bcalled\s+the\s+(?:\p{L}+\s+){0,2}meeting\s+of\s+the\s+${orderedBody}\s+to\s+order\b`,
    'u',
  ),
  new RegExp(
    String.raw`\bmeeting\s+of\s+the\s+${orderedBody}\s+(?:was\s+)?called\s+to\s+order\b`,
    'u',
  ),
];
/**
 * The body whose meeting the minutes say was called to order: "President Underwood called the annual
 * meeting of the Board of Directors to order at 6:30 p.m.", "The regular meeting of the Board of
 * Trustees was called to order …".
 */
const calledToOrder = (
  front: readonly CleanLine[],
): { value: string; line: number } | undefined => {
  for (const line of front)
    for (const pattern of calledToOrderPatterns) {
      const value = pattern.exec(line.text)?.[1];
      if (value) return { value, line: line.number };
    }
  return undefined;
};

/**
 * The council of a US or Canadian municipality ("Town of Amherst", "City of Coral Gables") meets as
 * its "Town Council" or "City Commission": a heading line that names that body alone, or with the
 * kind of meeting ("Special Town Council Meeting", "## City Commission"), names the body.
 */
const municipalBody = (
  front: readonly CleanLine[],
  council: string | undefined,
): { value: string; line: number } | undefined => {
  const kind = /^(City|Town|Village|Township|County|Borough)\s+of\b/i.exec(council ?? '')?.[1];
  if (!kind) return undefined;
  const named = new RegExp(
    String.raw`^(?:(?:special|regular|annual|adjourned|emergency|joint)\s+)?(${kind}\s+(?:Council|Commission|Board(?:\s+of\s+\p{Lu}\p{L}+)?))(?:\s+(?:meeting|minutes|agenda))*$`,
    'iu',
  );
  for (const line of front.slice(0, 25).filter(headingOrLabel)) {
    const value = named.exec(line.text)?.[1];
    if (value)
      return { value: value === value.toUpperCase() ? nameCase(value) : value, line: line.number };
  }
  return undefined;
};

const titleWords =
  /\b(agenda|minutes|report|committee|council|cabinet|board|panel|meeting|forum|scrutiny|plan|strategy|update|review|programme|notice|summons|calendar|appendix)\b/i;

const documentWords =
  /\b(?:agenda|minutes|report|calendar|programme|strategy|update|review|notice\s+of|summons)\b/i;

/** "Report by Matthew Hill, Director …", "Author of report – Younes Hamade", "Lead inspector: …". */
const byline =
  /^(?:[Rr]eport\s+(?:by|of|from)|[Aa]uthor\s+of\s+(?:the\s+)?report|[Rr]eport\s+author|[Ll]ead\s+inspector|By|BY|From|FROM)\s*[:–—-]?\s+(\p{Lu}.+)$/u;

/**
 * A report's title as ModernGov and CMIS lay out its cover: the heading lines just above the
 * byline ("Report by …"), below the committee and the date.
 */
const titleAboveByline = (
  front: readonly CleanLine[],
): { value: string; line: number } | undefined => {
  const lines = front.filter((line) => line.text !== '' && !isFurniture(line.text));
  // "Report of the Chief Executive", not "REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED …",
  // which heads a committee's items in a council's agenda.
  const at = lines.findIndex(
    (line) =>
      /^report\s+(?:by|of|from)\b/i.test(line.text) && !/\b(?:committee|dated)\b/i.test(line.text),
  );
  if (at < 1) return undefined;
  const above: CleanLine[] = [];
  for (let index = at - 1; index >= 0 && above.length < 3; index--) {
    const line = lines[index];
    if (
      !line ||
      findDate(line.text) ||
      /:/.test(line.text) ||
      /\b(?:committee|council|cabinet|board)$/i.test(line.text)
    )
      break;
    above.unshift(line);
  }
  const first = above[0];
  return first
    ? { value: above.map((line) => line.text).join(' '), line: first.number }
    : undefined;
};

const inCapitals = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
};

/**
 * A heading in capitals that the typesetter wrapped ("MINUTES OF PROCEEDINGS AT MEETING OF THE
 * MUNICIPAL" / "DISTRICT OF ADARE-RATHKEALE IN DUNRAVEN ARMS HOTEL,"), joined up to where it says
 * where or when the meeting was: that is the venue and date, not the title.
 */
const wrappedHeading = (heading: CleanLine, front: readonly CleanLine[]): string => {
  const joiningEnd = /\b(?:OF|THE|AND|FOR|TO|IN|AT|ON|BY)$/;
  // Wrapped: it stops on a joining word, or runs long with no stop ("… OF THE MUNICIPAL").
  const wrapped =
    joiningEnd.test(heading.text) ||
    (heading.text.split(/\s+/).length >= 6 && !/[.,:;!?)]$/.test(heading.text));
  const at = front.findIndex((line) => line.number === heading.number);
  // "Minutes of the Regular Meeting of the City" / "Council": the body's name wrapped after its place.
  const nextText = front.slice(at + 1).find((line) => line.text !== '')?.text ?? '';
  if (
    /\b(?:City|Town|County|Village|Parish|District|Borough)$/.test(heading.text) &&
    /^(?:Council|Commission|Board|Committee|Authority)$/.test(nextText)
  )
    return `${heading.text} ${nextText}`;
  if (!inCapitals(heading.text) || !wrapped) return heading.text;
  let joined = heading.text;
  // Converters that set every printed line apart put a blank line between the parts.
  const following = front.slice(at + 1, at + 5);
  const spaced = following[0]?.text === '' && following[1]?.text !== '';
  for (const next of following.filter((_line, index) => !spaced || index % 2 === 1).slice(0, 2)) {
    if (next.text === '' || !inCapitals(next.text) || /:/.test(next.text)) break;
    joined = `${joined} ${next.text}`;
    if (!joiningEnd.test(next.text)) break;
  }
  const where = joined.slice(heading.text.length).search(/\s(?:HELD|IN|AT|ON)\s|,/);
  return (where >= 0 ? joined.slice(0, heading.text.length + where) : joined).trim();
};

const findTitle = (
  front: readonly CleanLine[],
  raw: readonly string[],
): { value: string; line: number } | undefined => {
  // A cover's "Title:" stands above the paper's body; one below its first table or paragraph of
  // prose belongs to a document the pack did not split off ("Rapid Review Group Proposed Scope"
  // under a work programme's table).
  const body = front.find(
    (line) =>
      (raw[line.number - 1]?.split('\t').filter((cell) => cell.trim() !== '').length ?? 0) >= 3 ||
      (line.text.split(/\s+/).length >= 12 && /[.!?]$/.test(line.text)),
  );
  const labelled = findLabel(front, /(?:report\s+)?title|subject/, raw);
  if (labelled && (!body || labelled.line <= body.number)) return labelled;
  const cover = titleAboveByline(front);
  if (cover) return cover;
  const opening = front.filter((line) => !isFurniture(line.text)).slice(0, 6);
  // A title stands above the agenda's sections ("INTRODUCTION", "DELEGATIONS"), never below them.
  const sectionAt = opening.findIndex((line) => agendaSection.test(line.text));
  if (sectionAt >= 0) opening.splice(sectionAt);
  // A heading that names the kind of document ("Calendar of Meetings 2024/25") beats the council
  // banner above it; failing that, the first line, if it reads like a heading at all.
  const named = opening.find(
    (line) =>
      line.text.length <= 150 &&
      documentWords.test(line.text) &&
      headingOrLabel(line) &&
      !/:/.test(line.text) &&
      // An item ("71/17 Declaration of Interest on agenda items") is not the document's title, nor
      // the item a paper is filed under ("AGENDA ITEM III.1").
      !/^\d/.test(line.text) &&
      !/^(?:agenda\s+)?item\s+(?:no\.?\s*)?[\w.()-]+$/i.test(line.text),
  );
  if (named) return { value: wrappedHeading(named, front), line: named.number };
  const first = opening[0];
  // The council's name alone ("TINTERN COMMUNITY COUNCIL", "COUNCIL OF THE CITY OF WINNIPEG") is
  // a banner, not the document's title.
  const councilOnly = (text: string) =>
    /^(?:the\s+)?(?:[\p{L}'’&-]+\s+){0,5}council$|^council\s+of\s+the\s+(?:city|town|county|borough|district)\s+of\s+[\p{L}\s'’-]+$/iu.test(
      text,
    );
  if (first && first.text.length <= 150 && titleWords.test(first.text) && !councilOnly(first.text))
    return { value: wrappedHeading(first, front), line: first.number };
  // The minutes' own opening names them: "Minutes of a meeting of the above Council held on …",
  // "… (Registered Charity No, 274033) Minutes of the Annual General Meeting held at …".
  for (const line of opening) {
    const stated =
      /(?:^|\)\s+)((?:draft\s+|unconfirmed\s+)?minutes\s+of\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:meeting|session)(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:council|committee|board))?)\s+held\b/iu.exec(
        line.text,
      )?.[1];
    if (stated) return { value: stated, line: line.number };
  }
  return undefined;
};

/** Roles and contact details written after a name: "Ruth Adeyemi, Head of Housing Options, 01632 …". */
const roleWords =
  /\b(?:director|head|manager|officer|member|executive|chief|leader|lead|clerk|team|services?|portfolio|cabinet|council|tel|email|telephone|engineer|principal|senior|deputy|assistant|interim|acting)\b|\d{3,}/i;

/**
 * The person in an author or contact value: the name before a comma when what follows is a role,
 * or the whole value when it is only a name; null when it names a role only.
 */
export const personOf = (value: string): string | null => {
  const [whole = '', ...rest] = value.split(/\s*,\s*/);
  // "Younes Hamade Principal Engineer": a post set after the name with no comma.
  const post =
    /\s+(?:Principal|Senior|Chief|Deputy|Assistant|Head|Director|Manager|Officer|Engineer|Lead|Interim|Acting|Corporate|Strategic|Executive|Clerk|Democratic|Committee|Service|Team)\b.*$/;
  const first = whole.replace(post, '');
  if (first !== whole && rest.length === 0) rest.push(whole.slice(first.length));
  const name = stripMemberTitle(first.trim());
  if (!isPlausibleName(name) || roleWords.test(name)) return null;
  if (rest.length > 0 && !roleWords.test(rest.join(' '))) return null;
  return name.split(/\s+/).length <= 5 ? name : null;
};

const splitList = (value: string): string[] =>
  value
    .replace(/[()]/g, '')
    .split(/\s*[;,]\s*|\s+and\s+/)
    .map((part) => part.trim().replace(/\.$/, ''))
    .filter((part) => part !== '');

/** Reads the front matter of one document: the labelled block and heading lines at its start. */
export const readFrontMatter = (
  front: readonly CleanLine[],
  raw: readonly string[],
): FrontMatter => {
  const provenance: Record<string, Provenance> = {};
  const note = <T extends { line: number }>(field: string, found: T | undefined): T | undefined => {
    if (found) provenance[field] = { line: found.line };
    return found;
  };

  const title = note('title', findTitle(front, raw));
  const dated = findMeetingDate(front, raw);
  const dateSource = dated.found && { value: dated.found.text, line: dated.found.line };
  const meetingDate = note(
    'meetingDate',
    dated.found && { value: dated.found.value, line: dated.found.line },
  );

  const timeLabel = findLabel(front, /time|start(?:ing)?\s+time/, raw);
  const timeSource =
    (timeLabel && findTime(timeLabel.value) ? timeLabel : undefined) ??
    (dateSource && findTime(dateSource.value) ? dateSource : undefined) ??
    // Lines first, then whole paragraphs (a sentence that says when, wrapped over lines).
    [
      ...front,
      // A paragraph that dates another meeting ("… the Annual Parish meeting, to be held at 7.30pm
      // on Tuesday 22 April 2025") does not say when this one is.
      ...paragraphs(front).filter((paragraph) => {
        const date = findDate(paragraph.text);
        return !date || date === dated.found?.value;
      }),
    ]
      .filter(
        (line) =>
          // Welsh "am 7.30pm", French "à 20 heures".
          (/\b(?:commencing|starting|begins?|at|am)\b|(?:^|\s)à\s/i.test(line.text) &&
            // A time in any sentence ("Bubble Church on a Sunday at 11am") is not the meeting's.
            /\b(?:meeting|commenc\w*|start\w*|begin\w*|held|cyfarfod|réunion|séance|session)\b/i.test(
              line.text,
            ) &&
            !/\b(?:closed|ended|adjourned|finished|suspended|reconvened|resumed|next\s+meeting)\b/i.test(
              line.text,
            )) ||
          // A cover's line that is only the time: "5:45 P.M.".
          /^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?$/i.test(line.text),
      )
      .map((line) => ({ value: line.text, line: line.number }))
      .find((line) => findTime(line.value));
  const meetingTime = note(
    'meetingTime',
    timeSource && { value: findTime(timeSource.value) ?? '', line: timeSource.line },
  );

  const venue = note('venue', findVenue(front, raw, dated.found));
  const council = note('council', findCouncil(front));
  const found = findBody(front, title?.value ?? null);
  // "City of Coral Gables City Commission Meeting": the body is what follows the council's name.
  const ownName =
    found && council && found.value.startsWith(`${council.value} `)
      ? found.value.slice(council.value.length + 1)
      : undefined;
  const body = note(
    'body',
    (found && ownName ? { ...found, value: ownName } : found) ??
      municipalBody(front, council?.value) ??
      calledToOrder(front),
  );

  const authorLabels = [
    /author(?:\s+and\/or\s+contact\s+officer)?|report\s+author|authors?/,
    /contact\s+officers?|contact|lead\s+officers?|officer\s+contact/,
    /report\s+of|report\s+by|from/,
  ];
  const bylines = front
    .map((line) => byline.exec(line.text)?.[1])
    .filter((value): value is string => value !== undefined)
    .map((value) => personOf(value))
    .filter((name): name is string => !!name);
  const authors = [
    ...new Set([
      ...bylines,
      ...authorLabels
        .map((label) => findLabel(front, label, raw))
        .filter((found): found is NonNullable<typeof found> => !!found)
        .sort((a, b) => a.line - b.line)
        // "Katie Dover, Senior Scrutiny Officer & Cllr Mark Dormer": two people, each with a post.
        .flatMap((found) =>
          found.value.split(/\s+(?:&|and)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)/),
        )
        .map((value) => personOf(value))
        .filter((name): name is string => !!name),
    ]),
  ];
  const wardLabel = note(
    'wards',
    findLabel(
      front,
      /wards?\s*(?:\(s\))?\s+affected|(?:electoral\s+)?divisions?\s+affected|local\s+members\s+affected|wards?/,
      raw,
    ),
  );

  return {
    council: council?.value ?? null,
    body: body?.value ?? null,
    meetingDate: meetingDate?.value || null,
    dateConflict: dated.conflict ?? null,
    meetingTime: meetingTime?.value || null,
    venue: venue?.value ?? null,
    title: title?.value ?? null,
    authors,
    wards: wardLabel ? splitList(wardLabel.value) : [],
    provenance,
  };
};

/** An authority's full name as prose writes it: "Buckinghamshire County Council", "Hampshire Council". */
const authorityInProse =
  /\b((?:(?!(?:That|This|These|Each|Every|Any|Our|Said|Such|The|A|An|Does|Did|And|Of|In|By|With|From)\b)[A-Z][\p{L}'’-]+\s+){1,3}(?:(?:City\s+and\s+County|County|District|Borough|City|Town|Parish|Community|Metropolitan\s+Borough)\s+)?Council)\b/gu;

/**
 * The council a paper's body names when its heading names none: the one authority the text
 * names more than any other, at least twice as often as the next, whose place the text names on
 * six lines or more ("In Buckinghamshire, …"). A report to Cabinet rarely spells out its own
 * council on the cover; it does in its prose. Nothing when the text weighs two alike.
 */
export const councilInText = (
  lines: readonly CleanLine[],
): { value: string; line: number; mentions: number } | undefined => {
  const counts = new Map<string, { mentions: number; line: number }>();
  for (const line of lines)
    for (const match of line.text.matchAll(authorityInProse)) {
      const value = match[1] ?? '';
      if (!value || notACouncil.test(value) || /^(?:full|care)\b/i.test(value)) continue;
      const seen = counts.get(value);
      counts.set(value, { mentions: (seen?.mentions ?? 0) + 1, line: seen?.line ?? line.number });
    }
  const [top, next] = [...counts.entries()].sort((a, b) => b[1].mentions - a[1].mentions);
  if (!top || (next && next[1].mentions * 2 > top[1].mentions)) return undefined;
  const place = top[0].replace(
    /\s+(?:(?:City\s+and\s+County|County|District|Borough|City|Town|Parish|Community|Metropolitan\s+Borough)\s+)?Council$/,
    '',
  );
  const mentions = (pattern: RegExp) => lines.filter((line) => pattern.test(line.text)).length;
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A place the text names a few times may be a neighbour it deals with ("transfer the toilets to
  // Selcombe Town Council"); its own place it names throughout.
  if (mentions(new RegExp(`\\b${escaped}\\b`)) < 6) return undefined;
  // "San Diego City Council" beside "City of San Diego": the council is the city's body; the text
  // does not settle which name is the authority's.
  if (mentions(new RegExp(`\\b(?:City|Town|County|Village|Borough)\\s+of\\s+${escaped}\\b`)) > 0)
    return undefined;
  return { value: top[0], line: top[1].line, mentions: top[1].mentions };
};
