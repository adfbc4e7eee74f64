/**
 * A council's archive for the scale bench, generated from a seed: text papers of realistic sizes
 * (an agenda or minutes header naming the body, date, time and venue, then numbered sections of
 * council prose, 1,000 to 8,000 words, as the seeds are 5 to 25 thousand words) with several
 * versions each (each a corrected paragraph), and spending datasets of a hundred to two thousand
 * rows.
 */
import { type GeneratedPaper, generatePapers, prng } from './search-corpus.ts';

export interface ArchivePaper {
  readonly key: string;
  readonly id: string;
  /** The text of each version, first to last. */
  readonly versions: readonly string[];
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const longDate = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

/** A paper as an officer uploads its text: a header the extraction reads, then the body. */
const paperText = (paper: GeneratedPaper, kind: 'Agenda' | 'Minutes', body: string) =>
  [
    `${paper.body} ${kind}`,
    `Date: ${longDate(paper.meetingDate)}`,
    'Time: 2.00 pm',
    'Venue: Council Chamber, Town Hall, High Street',
    paper.title,
    body,
  ].join('\n\n');

/**
 * Papers `from` (inclusive) to `to` (exclusive) of the archive; the same index always gives the
 * same paper, so a run can grow the archive from 1,000 to 10,000 papers by generating the rest.
 */
export function* archivePapers(
  from: number,
  to: number,
  versions: number,
  seed: number,
): Generator<ArchivePaper> {
  const random = prng(seed + from);
  // Text comes in chunks of about 1,000 words from one generator (its vocabulary is costly to build).
  const chunks = generatePapers(Number.POSITIVE_INFINITY, 1_000, seed + from);
  for (let index = from; index < to; index++) {
    // Sizes vary as real papers do: most short, a few long (agenda packs).
    const words = Math.round(1_000 + 7_000 * random() ** 3);
    const parts: GeneratedPaper[] = [];
    for (let done = 0; done < words; done += 1_000)
      parts.push(chunks.next().value as GeneratedPaper);
    const [paper] = parts;
    if (!paper) return;
    const id = `scale-${String(index).padStart(6, '0')}`;
    const kind = index % 2 === 0 ? 'Agenda' : 'Minutes';
    const paragraphs = parts.flatMap((part) => part.text.split('\n\n'));
    yield {
      key: `uploads/papers/${id}.txt`,
      id,
      versions: Array.from({ length: versions }, (_, version) => {
        // Each later version corrects one paragraph, as a republished paper does.
        const edited = [...paragraphs];
        const at = (version * 7) % edited.length;
        if (version > 0) edited[at] = `${edited[at]} (Corrected in version ${version + 1}.)`;
        return paperText(paper, kind, edited.join('\n\n'));
      }),
    };
  }
}

const directorates = ['Adult Social Care', 'Children’s Services', 'Place', 'Resources'];

/** Dataset `index` of the archive: a spend-over-£500 CSV of 100 to 2,000 rows (most small). */
export const archiveDataset = (index: number, seed: number): { key: string; csv: string } => {
  const random = prng(seed * 31 + index);
  const rows = Math.round(100 + 1_900 * random() ** 3);
  const lines = ['Transaction ID,Date,Directorate,Supplier,Cost centre,Amount,Description'];
  for (let row = 1; row <= rows; row++) {
    const day = String((row % 28) + 1).padStart(2, '0');
    lines.push(
      `${row},${day}/04/2024,${directorates[row % 4]},"Supplier ${Math.floor(random() * 997)}, Ltd",CC${String(row % 500).padStart(5, '0')},${(500 + random() * 20_000).toFixed(2)},Payment for services ref ${row * 7}`,
    );
  }
  return {
    key: `uploads/datasets/spend-${String(index).padStart(4, '0')}.csv`,
    csv: `${lines.join('\n')}\n`,
  };
};
