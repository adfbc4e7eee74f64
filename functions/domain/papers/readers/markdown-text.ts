/**
 * Plain text from Markdown, line for line (line numbers stay those of the file): YAML front matter
 * blanked (it describes the web page, e.g. its publication date, not the meeting), block-quote
 * markers (and an Obsidian callout's `[!abstract]-` type) and backslash escapes (`1\.`, `a\)`)
 * removed, links read as their text, HTML character references (`&nbsp;`, `&#8217;`) decoded by
 * `decodeReference`. Emphasis and headings are left for line
 * cleaning, which treats every format alike.
 *
 * @example markdownText('---\ndate: 2025-06-02\n---\n1\\. Apologies', decodeHTML) // '\n\n\n1. Apologies'
 */
export const markdownText = (
  text: string,
  decodeReference: (reference: string) => string,
): string => {
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
            .replace(/^\[![\w-]+\][+-]?\s*/, '')
            // Inline HTML: elements hidden from view go whole ("<span style="display:none;">…"),
            // other tags leave their text; comments go.
            .replace(/<(\w+)\b[^>]*\bdisplay\s*:\s*none[^>]*>[^<]*<\/\1\s*>/gi, '')
            // A link or image reads as its text; its address is not the paper's words.
            .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
            .replace(/<!--.*?-->|<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, '')
            .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
            .replace(/&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/gi, (reference) =>
              decodeReference(reference).replace(/\u00a0/g, ' '),
            ),
    )
    .join('\n');
};
