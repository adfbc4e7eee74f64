import slugify from '@sindresorhus/slugify';
import { UploadRejectedError } from './errors.ts';

/** Ids appear in URLs and DynamoDB keys: lower-case letters, digits, `-` and `_`, at most 200 long. */
export const idPattern = /^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$/;

/** The longest id: DynamoDB keys and URLs hold it with room to spare. */
export const maxIdLength = 200;

const fullSlug = (text: string): string =>
  slugify(text, { preserveCharacters: ['_'], decamelize: false });

const toSlug = (text: string): string =>
  fullSlug(text)
    .slice(0, maxIdLength)
    .replace(/[-_]+$/, '');

/**
 * An uploader's id is theirs to choose, so it is never cut short: two long ids that differ only
 * past the limit would otherwise become one record.
 */
const checkMetadataIdLength = (metadataId: string): void => {
  const length = fullSlug(metadataId).length;
  if (length > maxIdLength)
    throw new UploadRejectedError(
      'invalid-id',
      `The metadata id (x-amz-meta-id) is ${length} characters long as an id; ids are at most ${maxIdLength}: give a shorter one.`,
    );
};

/**
 * A record's id: the metadata id when the uploader gave one, otherwise the key below its upload
 * prefix with the extension dropped, slugified (`uploads/papers/Cabinet/9 May.pdf` → `cabinet-9-may`).
 *
 * @example recordIdFromKey('uploads/papers/000_9edff7cd89e1ecb6.txt', 'uploads/papers/') // '000_9edff7cd89e1ecb6'
 */
export const recordIdFromKey = (key: string, prefix: string, metadataId?: string): string => {
  if (metadataId?.trim()) checkMetadataIdLength(metadataId);
  const source = metadataId?.trim() ? metadataId : stripExtension(key.slice(prefix.length));
  return recordIdFrom(
    source.replaceAll('/', ' '),
    metadataId ? `metadata id "${metadataId}"` : `key "${key}"`,
  );
};

/** A record id from any name, such as a data package's and its resource's; `what` says where it came from. */
export const recordIdFrom = (name: string, what: string): string => {
  const id = toSlug(name);
  if (!idPattern.test(id)) {
    throw new UploadRejectedError(
      'invalid-id',
      `Cannot make a record id from ${what}: it needs at least one letter or digit.`,
    );
  }
  return id;
};

const stripExtension = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? path.slice(0, path.length - (name.length - dot)) : path;
};

/** A run of digits, or of hex digits long enough to be a hash: nothing a person reads. */
const opaqueToken = /^(?:\d+|[0-9a-f]{8,})$/;

/**
 * Whether an upload's file name says nothing about the paper: only numbers and hash-like runs
 * (`000_9edff7cd89e1ecb6.txt`, `20240509-0001.pdf`), as scanners and document systems name files.
 *
 * @example isOpaqueName('uploads/papers/000_9edff7cd89e1ecb6.txt') // true
 * @example isOpaqueName('uploads/papers/Cabinet 9 May.pdf') // false
 */
export const isOpaqueName = (key: string): boolean => {
  const tokens = stripExtension(key.slice(key.lastIndexOf('/') + 1))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return tokens.every((token) => opaqueToken.test(token));
};

/** What a paper says of itself that names it: as the extraction reads it. */
export interface PaperNaming {
  readonly documentType: string;
  readonly body: string | null;
  readonly meetingDate: string | null;
  readonly title: string | null;
}

const words = (text: string) => toSlug(text.replace(/&/g, ' and ').replace(/['’]/g, ''));

/** A title's words at most this long, cut at a word: an id stays short enough to read and type. */
const cut = (slug: string, length: number) =>
  slug.length <= length ? slug : slug.slice(0, slug.lastIndexOf('-', length) + 1 || length);

/**
 * A paper's id from what it says of itself, for uploads whose file name says nothing: its body,
 * meeting date and title (the title's words that repeat the body dropped), or, when the paper
 * states none of them, `untitled-<type>` and the name's numbers.
 *
 * @example readablePaperId({ documentType: 'report', body: 'Cabinet', meetingDate: '2023-05-09', title: "Children's Services Update" }, 'uploads/papers/002_d1557ae21bff9908.txt') // 'cabinet-2023-05-09-childrens-services-update'
 */
export const readablePaperId = (paper: PaperNaming, key: string): string => {
  if (!paper.body && !paper.meetingDate && !paper.title) {
    const numbers = stripExtension(key.slice(key.lastIndexOf('/') + 1))
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((token) => /^\d+$/.test(token));
    return recordIdFrom(['untitled', paper.documentType, ...numbers].join(' '), `key "${key}"`);
  }
  const body = paper.body ? words(paper.body) : '';
  const title = paper.title ? words(paper.title) : '';
  const rest = body && title.startsWith(body) ? title.slice(body.length) : title;
  const named = [body, paper.meetingDate, cut(rest, 80) || paper.documentType].filter(Boolean);
  return recordIdFrom(named.join(' '), `the paper's body, date and title (key "${key}")`);
};
