import slugify from '@sindresorhus/slugify';
import { UploadRejectedError } from './errors.ts';

/** Ids appear in URLs and DynamoDB keys: lower-case letters, digits, `-` and `_`, at most 200 long. */
export const idPattern = /^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$/;

const toSlug = (text: string): string =>
  slugify(text, { preserveCharacters: ['_'], decamelize: false })
    .slice(0, 200)
    .replace(/[-_]+$/, '');

/**
 * A record's id: the metadata id when the uploader gave one, otherwise the key below its upload
 * prefix with the extension dropped, slugified (`uploads/papers/Cabinet/9 May.pdf` → `cabinet-9-may`).
 *
 * @example recordIdFromKey('uploads/papers/000_9edff7cd89e1ecb6.txt', 'uploads/papers/') // '000_9edff7cd89e1ecb6'
 */
export const recordIdFromKey = (key: string, prefix: string, metadataId?: string): string => {
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
