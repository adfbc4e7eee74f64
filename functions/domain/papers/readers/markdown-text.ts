/**
 * Plain text from Markdown, line for line (line numbers stay those of the file): YAML front matter
 * and a static site's metadata lines ("Date: …", "Category: …") blanked (it describes the web page, e.g. its publication date, not the meeting), block-quote
 * markers (and an Obsidian callout's `[!abstract]-` type) and backslash escapes (`1\.`, `a\)`)
 * removed, links read as their text, HTML character references (`&nbsp;`, `&#8217;`) decoded by
 * `decodeReference`. Emphasis and headings are left for line
 * cleaning, which treats every format alike.
 *
 * @example markdownText('---\ndate: 2025-06-02\n---\n1\\. Apologies', decodeHTML) // '\n\n\n1. Apologies'
 */
/** A key of the metadata static-site generators (Pelican, MultiMarkdown) read from a file's first lines. */
const metadataKey =
  /^(?:title|date|modified|category|categories|tags|slug|authors?|summary|status|lang|template|save_as|url):\s/i;
/** Keys that only a page's metadata has: a paper's own "Date:" label is not followed by "Category:". */
const siteOnlyKey =
  /^(?:modified|category|categories|tags|slug|summary|status|lang|template|save_as):/i;

/**
 * The last line of a metadata block without `---` ("Title: …", "Date: 2021-03-17 18:30",
 * "Category: Minutes", then a blank line), or -1: only a block of such keys from the first line on,
 * two or more, one of which no paper prints as a label of its own.
 */
const metadataEnd = (lines: readonly string[]): number => {
  // A web reader's header: "Title: …", "URL Source: https://…", "Markdown Content:".
  const content = lines.slice(0, 12).findIndex((line) => /^markdown content:\s*$/i.test(line));
  if (content > 0 && lines.slice(0, content).some((line) => /^url source:\s/i.test(line)))
    return content;
  const blank = lines.findIndex((line) => line.trim() === '');
  const block = lines.slice(0, blank < 0 ? lines.length : blank);
  return block.length >= 2 &&
    block.every((line) => metadataKey.test(line)) &&
    block.some((line) => siteOnlyKey.test(line))
    ? block.length - 1
    : -1;
};

/** Whether a line of a metadata block stays: a "Title:" with a value names the paper as its page does. */
const keptMetadata = (line: string) => /^title:\s*\S/i.test(line);

/**
 * A text paper with a static site's or a web reader's metadata lines blanked (line numbers stay):
 * they describe the page (its publication date, its address), not the meeting.
 */
export const withoutSiteMetadata = (text: string): string => {
  const lines = text.split('\n');
  const end = metadataEnd(lines);
  if (end < 0) return text;
  return lines.map((line, index) => (index > end || keptMetadata(line) ? line : '')).join('\n');
};

/** Words that name a kind of paper: a page title holding one names the paper. */
const kindOfPaper =
  /(?<![\p{L}])(?:minutes|agenda|report|notice|summons|proceedings|transcript|zápis|zasedán[ií]|protokoll?|niederschrift|tagesordnung|acta|orden\s+del\s+d[ií]a|ordre\s+del\s+dia|verbale|notulen)(?![\p{L}])/iu;
/** A YAML title or subtitle, its value unquoted. */
const yamlTitle = /^(?:title|subtitle):\s*["']?(.*?)["']?\s*$/i;

/**
 * Of YAML front matter, only the page's title when it names the kind of paper ("Minutes from PFA
 * meeting held 26 October 2022"), and its subtitle with it, each as a line of its own, and only when
 * the paper does not open with a title of its own: the page's title is then the paper's (its dates,
 * authors and tags describe the page, not the meeting).
 */
const keptYaml = (block: readonly string[], firstLine: string) => {
  const title = yamlTitle.exec(block.find((line) => /^title:/i.test(line)) ?? '')?.[1] ?? '';
  // "Board Meeting — March 9, 2026": a title that names the meeting names the paper too. The paper's
  // own title is a short line of its own, not "Supervisor Kibbey called the meeting to order …".
  const names = (text: string) =>
    kindOfPaper.test(text) || /(?<![\p{L}])(?:meeting|session)(?![\p{L}])/iu.test(text);
  const ownTitle =
    kindOfPaper.test(firstLine) ||
    (firstLine.split(/\s+/).length <= 12 && !/[.!?]$/.test(firstLine.trim()) && names(firstLine));
  if (!names(title) || ownTitle) return () => '';
  return (line: string) => yamlTitle.exec(line)?.[1] ?? '';
};

export const markdownText = (
  text: string,
  decodeReference: (reference: string) => string,
): string => {
  const lines = text.split('\n');
  const yaml = lines[0]?.trim() === '---';
  const frontMatterEnd = yaml
    ? lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
    : metadataEnd(lines);
  const firstLine = lines.slice(frontMatterEnd + 1).find((line) => line.trim() !== '') ?? '';
  const kept = yaml ? keptYaml(lines.slice(1, Math.max(frontMatterEnd, 1)), firstLine) : () => '';
  return lines
    .map((line, index) =>
      index <= frontMatterEnd
        ? yaml
          ? kept(line)
          : keptMetadata(line)
            ? line
            : ''
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
