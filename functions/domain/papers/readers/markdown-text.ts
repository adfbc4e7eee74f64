/**
 * Plain text from Markdown, line for line (line numbers stay those of the file): YAML front matter
 * blanked (it describes the web page, e.g. its publication date, not the meeting), block-quote
 * markers and backslash escapes (`1\.`, `a\)`) removed. Emphasis and headings are left for line
 * cleaning, which treats every format alike.
 *
 * @example markdownText('---\ndate: 2025-06-02\n---\n1\\. Apologies') // '\n\n\n1. Apologies'
 */
export const markdownText = (text: string): string => {
  const lines = text.split('\n');
  const frontMatterEnd =
    lines[0]?.trim() === '---'
      ? lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
      : -1;
  return lines
    .map((line, index) =>
      index <= frontMatterEnd
        ? ''
        : line
            .replace(/^(?:\s{0,3}>)+\s?/, '')
            // Inline HTML: elements hidden from view go whole ("<span style="display:none;">…"),
            // other tags leave their text; comments go.
            .replace(/<(\w+)\b[^>]*\bdisplay\s*:\s*none[^>]*>[^<]*<\/\1\s*>/gi, '')
            .replace(/<!--.*?-->|<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, '')
            .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1'),
    )
    .join('\n');
};
