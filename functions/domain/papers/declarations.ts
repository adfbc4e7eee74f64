import { type CleanLine, paragraphs, sentences } from './lines.ts';
import type { Declaration } from './model.ts';
import { isPlausibleName, stripMemberTitle } from './names.ts';

const declared =
  /((?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Councilmember)\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s+(?:declared|declares|registered|disclosed|stated|reported)\s+(?:that\s+(?:she|he|they)\s+(?:was|were|had)\s+|an?\s+|his\s+|her\s+|their\s+)?[^.]*?(?:interest|member|governor|trustee|employ|director|owner)/u;

/** A member's surname, lower case: one member's two declarations share it. */
const surname = (name: string) => name.split(/\s+/).at(-1)?.toLowerCase();

/**
 * An interest shown by what the member did about it: "Councilmember Phan recused herself from
 * Agenda Item No. 11 …", "Chair Kemp indicated that due to a conflict of interest, he will be
 * abstaining …", "Clr Agate left meeting as he had interest in the initial planning matter".
 */
const actedOnInterest =
  /((?:(?:Councillor|Cllr\.?|Clr\.?|Mr|Mrs|Ms|Miss|Dr|Councilmember|Council\s+Member|Commissioner|Trustee|Director|Chair|Vice\s+Chair|Mayor|Supervisor|Alderman)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:recused\s+(?:himself|herself|themselves)\b|(?:said|stated)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+to|would|will|must)\s+recuse\b|(?:indicated|noted|stated|said|declared)\s+that\s+(?:due\s+to|because\s+of)\s+(?:a|an|his|her|their)\s+(?:potential\s+|possible\s+)?conflict\s+of\s+interest,?\s+(?:he|she|they)\b|left\s+(?:the\s+)?meeting\s+(?:as|because)\s+(?:he|she|they)\s+(?:had|has|have)\s+(?:an?\s+)?(?:\p{L}+\s+)?interest\b)/u;

/** "2727. Declarations of interest: Cllrs Hillard & Hayward re 2733 - LWVBPT." */
const declarationsLabel =
  /^(?:\d[\d./]*\.?\s+)?declarations?\s+of\s+(?:\p{L}+\s+)?interests?\s*[:–—-]\s*(.+)$/iu;
const title = String.raw`(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+`;
const namedFirst = new RegExp(
  String.raw`^((?:${title})?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?(?:\s*(?:,|&|and)\s*(?:${title})?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)*)\s+(\p{Ll}.*)$`,
  'u',
);

/** The members a declarations label lists first, each with what they declared. */
const labelledDeclarations = (text: string): Omit<Declaration, 'line' | 'endLine'>[] => {
  const rest = declarationsLabel.exec(text)?.[1]?.trim().replace(/\.$/, '');
  if (!rest || /^(?:none|nil|no\b|there\s+were\s+no)/i.test(rest)) return [];
  const named = namedFirst.exec(rest);
  if (!named?.[1] || !named[2]) return [];
  const members = named[1]
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((member) => stripMemberTitle(member.replace(new RegExp(`^${title}`), '')))
    .filter((member) => isPlausibleName(member));
  return members.map((member) => ({ member, text: named[2] ?? '' }));
};

/**
 * Declarations of interest: every sentence in which a named member declares an interest (or, as
 * some minutes put it, states a membership that is one), read anywhere in the minutes.
 */
export const readDeclarations = (lines: readonly CleanLine[]): Declaration[] => {
  const found: Declaration[] = [];
  for (const paragraph of paragraphs(lines)) {
    const listed = labelledDeclarations(paragraph.text);
    if (listed.length > 0) {
      for (const declaration of listed)
        found.push({ ...declaration, line: paragraph.number, endLine: paragraph.endLine });
      continue;
    }
    if (
      !/\b(?:declared|declares|disclosed|registered|stated|reported|recused?|conflict\s+of\s+interest|had\s+(?:an?\s+)?(?:\p{L}+\s+)?interest)\b/u.test(
        paragraph.text,
      )
    )
      continue;
    for (const sentence of sentences(paragraph.text)) {
      const acted = actedOnInterest.exec(sentence);
      const actor = acted?.[1] ? stripMemberTitle(acted[1]) : undefined;
      // One declaration a member: "Chad Stearns said he had to recuse himself …", then "Stearns
      // recused himself from the vote." at the motion.
      if (actor && found.some((declaration) => surname(declaration.member) === surname(actor)))
        continue;
      if (
        actor &&
        isPlausibleName(actor) &&
        !/^(?:The|It|There|This|No|All|Members?)$/i.test(actor)
      ) {
        found.push({
          member: actor,
          text: sentence.trim(),
          line: paragraph.number,
          endLine: paragraph.endLine,
        });
        continue;
      }
      const match = declared.exec(sentence);
      if (!match?.[1]) continue;
      if (!/interest|governor|trustee|member of|director|employ/i.test(sentence)) continue;
      // "stated" and "reported" declare only when what follows is the member's own tie: "stated
      // that she was a trustee of …", not "She reported the Forest Service … would employ …".
      const reported = /\b(?:stated|reported)\b/.exec(match[0]);
      if (
        reported &&
        !/^\s*(?:that\s+)?(?:(?:she|he|they)\s+(?:was|were|is|are|had|has)\b[^.]{0,60}\b(?:interest|member|governor|trustee|director|employee|employed|owner)\b|(?:an?|his|her|their)\s+(?:\p{L}+\s+)?interest\b)/iu.test(
          sentence.slice(match.index + reported.index + reported[0].length),
        )
      )
        continue;
      const member = stripMemberTitle(match[1]);
      if (!isPlausibleName(member) || /^(?:The|It|There|This|No|All|Members?)$/i.test(member))
        continue;
      found.push({
        member,
        text: sentence.trim(),
        line: paragraph.number,
        endLine: paragraph.endLine,
      });
    }
  }
  return found;
};
