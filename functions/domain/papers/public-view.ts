import type { PaperExtraction, WithheldPart } from './model.ts';

const within = (parts: readonly WithheldPart[], line: number) =>
  parts.some((part) => part.startLine <= line && part.endLine >= line);

/** What the public is told in place of a withheld part. */
export const withheldNotice = (part: WithheldPart): string =>
  `[Withheld from publication (lines ${part.startLine}-${part.endLine}): ${part.reason}${part.paragraphs.length ? `, paragraph ${part.paragraphs.join(', ')} of Schedule 12A` : ''}.]`;

/**
 * A paper's text as the public sees it: each withheld part's lines replaced by one notice, every
 * other line as it was (line numbers keep their meaning: the notice stands on the part's first
 * line, the rest of the part is blank).
 */
export const publicText = (text: string, parts: readonly WithheldPart[]): string => {
  if (parts.length === 0) return text;
  return text
    .split('\n')
    .map((line, index) => {
      const number = index + 1;
      const part = parts.find((candidate) => candidate.startLine === number);
      if (part) return withheldNotice(part);
      return within(parts, number) ? '' : line;
    })
    .join('\n');
};

/**
 * A paper's extraction as the public sees it: decisions, declarations, actions, recommendations,
 * votes and tables read from a withheld part are left out. Agenda items stay: that an item was
 * taken in private, and its title, are public.
 *
 * @example publicExtraction(extraction).resolutions // without those read inside withheld parts
 */
export const publicExtraction = (extraction: PaperExtraction): PaperExtraction => {
  // Extractions archived before exempt parts were read have no list: nothing is withheld from them.
  const parts = extraction.withheldParts ?? [];
  if (parts.length === 0) return { ...extraction, withheldParts: parts };
  const keep = <T extends { readonly line: number }>(items: readonly T[]) =>
    items.filter((item) => !within(parts, item.line));
  const redact = <T extends PaperExtraction | PaperExtraction['documents'][number]>(
    fields: T,
  ): T => ({
    ...fields,
    declarations: keep(fields.declarations),
    resolutions: keep(fields.resolutions),
    actions: keep(fields.actions),
    recommendations: keep(fields.recommendations),
    votes: keep(fields.votes),
    tables: keep(fields.tables),
  });
  return {
    ...redact(extraction),
    withheldParts: parts,
    documents: extraction.documents.map(redact),
  };
};
