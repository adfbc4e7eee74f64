import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const objectSuffix = '._S3rver_object';

/** Every file below `folder`, depth first. */
const filesBelow = function* (folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesBelow(path);
    else yield path;
  }
};

const isComplete = (object: string): boolean => {
  const metadata = `${object.slice(0, -objectSuffix.length)}._S3rver_metadata.json`;
  try {
    JSON.parse(readFileSync(metadata, 'utf8'));
    // The stand-in writes an object's bytes, then its MD5 and metadata: older metadata means the
    // bytes of a later write never finished.
    return statSync(metadata).mtimeMs >= statSync(object).mtimeMs;
  } catch {
    return false;
  }
};

/**
 * Removes the objects whose write the last run did not finish (killed mid-upload): the S3
 * stand-in writes an object in place, file by file, where S3 makes a put all or nothing. Such an
 * upload was never answered, so its sender sends it again; left, it would be served with another
 * write's ETag, or break listings with half-written metadata. Returns the keys' files removed.
 */
export const removeUnfinishedWrites = (s3Directory: string): string[] => {
  const removed: string[] = [];
  for (const file of filesBelow(s3Directory)) {
    if (!file.endsWith(objectSuffix) || isComplete(file)) continue;
    const base = file.slice(0, -objectSuffix.length);
    for (const part of [objectSuffix, `${objectSuffix}.md5`, '._S3rver_metadata.json'])
      rmSync(`${base}${part}`, { force: true });
    removed.push(file);
  }
  return removed;
};
