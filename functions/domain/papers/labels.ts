import type { CleanLine } from './lines.ts';

export interface LabelledValue {
  readonly value: string;
  readonly line: number;
}

/**
 * Finds the value of a label in front matter: on the same line ("Date: 9 May 2023", "Date⇥9 May
 * 2023") or, when the label stands alone ("Venue:"), on the next non-empty lines up to a blank one.
 */
export const findLabel = (
  lines: readonly CleanLine[],
  label: RegExp,
  raw?: readonly string[],
): LabelledValue | undefined => {
  // Bilingual covers put the other language first: "Dyddiad ac amser / Date and time:".
  const pattern = new RegExp(
    `^(?:[^:/]{1,40}\\s\\/\\s)?(?:${label.source})\\s*(?::|-|–|\\t)\\s*(.*)$`,
    'i',
  );
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    // Tabs separate label and value in PDF text; the clean line has folded them, so use the raw one.
    const source =
      raw?.[line.number - 1]?.replace(/<\/?[a-z]+[^>]*>|\*\*/gi, '').trim() ?? line.text;
    const match = pattern.exec(source) ?? pattern.exec(line.text);
    if (!match) continue;
    const inline = (match[1] ?? '').replace(/\s+/g, ' ').trim();
    if (inline) {
      // A value broken over two lines ends the first with a comma or dash: "Gatehouse Road, HP19 8FF -".
      const next = lines[index + 1];
      const continued = /[,–-]$/.test(inline) && next && next.text !== '' && !/:/.test(next.text);
      return { value: continued ? `${inline} ${next.text}` : inline, line: line.number };
    }
    const following: string[] = [];
    for (const next of lines.slice(index + 1, index + 4)) {
      if (next.text === '') {
        if (following.length > 0) break;
        continue;
      }
      following.push(next.text);
      if (following.length >= 2) break;
    }
    if (following.length > 0) return { value: following.join(' '), line: line.number };
  }
  return undefined;
};
