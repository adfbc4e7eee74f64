import { type CleanLine, paragraphs, sentences } from './lines.ts';
import type { Declaration } from './model.ts';
import { isPlausibleName, stripMemberTitle } from './names.ts';

const declared =
  /((?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Councilmember)\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s+(?:declared|declares|registered|disclosed|stated|reported)\s+(?:that\s+(?:she|he|they)\s+(?:was|were|had)\s+|an?\s+|his\s+|her\s+|their\s+)?[^.]*?(?:interest|member|governor|trustee|employ|director|owner)/u;

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
    if (!/\b(?:declared|declares|disclosed|registered|stated|reported)\b/.test(paragraph.text))
      continue;
    for (const sentence of sentences(paragraph.text)) {
      const match = declared.exec(sentence);
      if (!match?.[1]) continue;
      if (!/interest|governor|trustee|member of|director|employ/i.test(sentence)) continue;
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
