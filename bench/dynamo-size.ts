/**
 * An item's size as DynamoDB bills it (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * each attribute's name in UTF-8 bytes plus its value: a string its UTF-8 bytes, a number about one
 * byte per two significant digits plus one, null and booleans one byte, a map or list three bytes
 * plus one byte and the size of each element (a map's element names counted as names).
 */
const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

const numberBytes = (value: number) => {
  const digits = Math.abs(value)
    .toExponential()
    .replace(/e.*$/, '')
    .replace(/[.-]/g, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
};

export const valueBytes = (value: unknown): number => {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number') return numberBytes(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value))
    return 3 + value.reduce((sum: number, element) => sum + 1 + valueBytes(element), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (sum, [name, element]) => sum + 1 + utf8(name) + valueBytes(element),
      0,
    )
  );
};

/** A whole item: its attributes' names and values, without the map overhead of the item itself. */
export const itemBytes = (item: Record<string, unknown>): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);

/** Write units of one put of an item: one per started kilobyte. */
export const writeUnits = (item: Record<string, unknown>): number =>
  Math.max(1, Math.ceil(itemBytes(item) / 1024));
