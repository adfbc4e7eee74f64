import { InvalidRequestError } from '../../domain/errors.ts';

type Key = Record<string, string>;

/** Turns DynamoDB's LastEvaluatedKey into an opaque, URL-safe cursor. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

/**
 * Reads a cursor back, accepting only a key of exactly the expected attributes (all strings) and
 * pinned values, so a forged cursor cannot make a query read outside the list it came from.
 */
export const decodeCursor = (
  cursor: string | undefined,
  attributes: readonly string[],
  pinned: Readonly<Key>,
): Key | undefined => {
  if (cursor === undefined) return undefined;
  const invalid = () =>
    new InvalidRequestError('The cursor is not one this list issued.', [
      { where: 'query.cursor', message: 'use the `next` value of the previous page unchanged' },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw Object.assign(invalid(), { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const entries = Object.entries(parsed);
  const shapeOk =
    entries.length === attributes.length &&
    entries.every(([name, value]) => attributes.includes(name) && typeof value === 'string') &&
    Object.entries(pinned).every(([name, value]) => (parsed as Key)[name] === value);
  if (!shapeOk) throw invalid();
  return parsed as Key;
};
