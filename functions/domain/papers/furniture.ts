import { labelledColumns } from './columns.ts';
import { type CleanLine, cleanLine } from './lines.ts';
import { numberedStart } from './numbering.ts';
import { splitRunOnMinutes } from './run-on.ts';

/** A page number standing alone: "7", "- 7 -", "Page 7", "Page 7 of 12", "7 | Page", "Tudalen 7". */
const pageNumber =
  /^(?:(?:page|tudalen|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*\|\s*page)?$/i;

/**
 * Lines that mark where a pack's documents begin ("Agenda Item 5", "This page is intentionally left
 * blank"): kept for splitting a pack, and skipped as furniture by every reader of paragraphs.
 */
const marker =
  /^(?:agenda\s+item:?\s+\d+\w*|this page (?:is )?(?:intentionally|deliberately) (?:left )?blank\.?)$/i;

/** How many lines at each edge of a page can be furniture. */
const edge = 3;

/** A line as the repetition test compares it: case and numbers do not matter ("Page 2 of 9"). */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#');

interface PagedLine extends CleanLine {
  readonly page: number;
}

const paged = (text: string): PagedLine[] => {
  let page = 0;
  return text.split('\n').map((raw, index) => {
    const breaks = raw.split('\f').length - 1;
    // pdftotext puts the form feed at the start of the next page's first line; ours stand alone.
    const here = raw.startsWith('\f') ? page + breaks : page;
    page += breaks;
    return { number: index + 1, text: cleanLine(raw), page: here };
  });
};

/** The line numbers at the top and bottom edge of each page (blank lines skipped). */
const edges = (lines: readonly PagedLine[]) => {
  const byPage = new Map<number, PagedLine[]>();
  for (const line of lines) {
    if (line.text === '') continue;
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const top = new Map<number, PagedLine[]>();
  const bottom = new Map<number, PagedLine[]>();
  for (const [page, list] of byPage) {
    top.set(page, list.slice(0, edge));
    bottom.set(page, list.slice(-edge));
  }
  return { pages: byPage.size, top, bottom };
};

/**
 * Line numbers of page furniture: page numbers at a page's edge, running heads and footers (the
 * same line, numbers aside, at the edge of at least half the pages and of two or more), but not
 * the markers that split a pack. The first page's head is never furniture: it is the
 * paper's own heading, which later pages may repeat.
 */
const furnitureLines = (lines: readonly PagedLine[]): Set<number> => {
  const found = new Set<number>();
  const { pages, top, bottom } = edges(lines);
  if (pages < 2) return found;
  const seen = new Map<string, Set<number>>();
  for (const list of [...top.values(), ...bottom.values()])
    for (const line of list) {
      if (pageNumber.test(line.text)) found.add(line.number);
      const pagesWith = seen.get(shape(line.text)) ?? new Set<number>();
      pagesWith.add(line.page);
      seen.set(shape(line.text), pagesWith);
    }
  const firstPage = Math.min(...top.keys());
  const firstFoot = new Set((bottom.get(firstPage) ?? []).map((line) => line.number));
  const firstHead = new Set(
    (top.get(firstPage) ?? [])
      .map((line) => line.number)
      .filter((number) => !firstFoot.has(number)),
  );
  for (const list of [...top.values(), ...bottom.values()])
    for (const line of list) {
      const count = seen.get(shape(line.text))?.size ?? 0;
      if (
        count >= 2 &&
        count >= pages / 2 &&
        !firstHead.has(line.number) &&
        !marker.test(line.text)
      )
        found.add(line.number);
    }
  return found;
};

const endsSentence = /[.!?:;]["'”’)]?$/;

/** Words a sentence cannot end on. */
const joiningWord = /\b(?:and|or|of|the|for|to|in|on|at|by|with|from|an|be|is|are|was|were)$/i;

/**
 * Whether the line after a blank goes on with the sentence before it: the first stops on a word
 * no sentence ends with and the next goes on in lower case or with a name, or the first stops on a
 * comma and the next goes on in lower case or with a year.
 */
const runsOn = (before: string, after: string): boolean => {
  if (endsSentence.test(before) || numberedStart.test(after) || /^\(?\w{1,3}[.)]/.test(after))
    return false;
  if (joiningWord.test(before)) return /^[\p{L}\d"“‘']/u.test(after);
  if (/,$/.test(before)) return /^(?:\p{Ll}|(?:19|20)\d\d\b)/u.test(after);
  return /^\p{Ll}/u.test(after) && /[\p{Ll}\d]$/u.test(before) && before.split(/\s+/).length >= 6;
};

/**
 * The lines of a paper as extraction reads them, without page furniture. A paragraph that a page
 * break cut in two is joined again: the blank lines around the break are dropped when the text
 * runs on (the line before ends mid-sentence, or the next starts in lower case). Line numbers stay
 * those of the original text.
 *
 * @example readLines('The Council\n\n 1\n\fagreed to the plan.').map((l) => l.text) // ['The Council', 'agreed to the plan.']
 */
export const readLines = (text: string): CleanLine[] => {
  const lines = paged(text.replace(/\r\n?/g, '\n'));
  const furniture = furnitureLines(lines);
  const kept = lines.filter((line) => !furniture.has(line.number));
  // A converter that set every printed line apart ("… to replace Councillor Joe" / "" / "Crowley,
  // RIP, on both …"): most lines of text stand between single blank lines.
  const texts = kept.filter((line) => line.text !== '');
  const apart = kept.filter(
    (line, index) =>
      line.text !== '' && kept[index + 1]?.text === '' && (kept[index + 2]?.text ?? '') !== '',
  ).length;
  // Hard-wrapped so: most lines fill the width (a Markdown paragraph on one long line is not).
  const lengths = texts.map((line) => line.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const full = (text: string) => text.length >= width * 0.7;
  const spaced =
    texts.length >= 20 &&
    apart >= texts.length * 0.6 &&
    width <= 110 &&
    texts.filter((line) => full(line.text)).length >= texts.length * 0.4;
  const result: CleanLine[] = [];
  for (let index = 0; index < kept.length; index++) {
    const line = kept[index];
    if (!line) continue;
    if (line.text === '') {
      // Blank lines at a page break: dropped when the text on either side is one paragraph.
      let next = index;
      while (kept[next]?.text === '') next++;
      const before = result.findLast((candidate) => candidate.text !== '');
      const after = kept[next];
      const pageBreak =
        before && after && lines[before.number - 1]?.page !== after.page && after.text !== '';
      if (pageBreak && (!endsSentence.test(before.text) || /^[a-z]/.test(after.text))) {
        index = next - 1;
        continue;
      }
      // One blank line inside a sentence, as converters that set every printed line apart write
      // ("… to be" / "" / "held at …"): the sentence runs on, so the blank is no paragraph break.
      if (
        next === index + 1 &&
        before &&
        after &&
        (runsOn(before.text, after.text) ||
          // Set apart so, a long line that ends no sentence goes on in the next.
          (spaced &&
            full(before.text) &&
            !/\d$/.test(before.text) &&
            !endsSentence.test(before.text) &&
            !/[:;]$/.test(before.text) &&
            before.text.split(/\s+/).length >= 8 &&
            // An item's heading is a line of its own, numbered ("10. Millennium Green - …", "206/19…").
            !/^\(?\d/.test(before.text) &&
            !numberedStart.test(after.text) &&
            !/^\(?\d/.test(after.text) &&
            !/^\(?\w{1,3}[.)]/.test(after.text)))
      )
        continue;
    }
    result.push({ number: line.number, text: line.text });
  }
  return splitRunOnMinutes(labelledColumns(result, text.replace(/\r\n?/g, '\n').split('\n')));
};

/**
 * Where a saved web page's own text starts: at its `#` title (not a numbered item's heading) when
 * twenty lines or more above it are a site's frame ("Skip to main content", then menus of short
 * lines), else at the start.
 */
export const afterSiteChrome = (lines: readonly CleanLine[], raw: readonly string[]): number => {
  const title = lines.findIndex(
    (line) => /^#\s+\S/.test(raw[line.number - 1] ?? '') && !numberedStart.test(line.text),
  );
  if (title < 0) return 0;
  const above = lines.slice(0, title).filter((line) => line.text !== '');
  const frame = above.some((line) =>
    /^skip\s+to\s+(?:the\s+)?(?:main\s+)?content\b/i.test(line.text),
  );
  const short = above.filter((line) => line.text.split(' ').length <= 5);
  return frame && above.length >= 20 && short.length >= above.length * 0.8 ? title : 0;
};
