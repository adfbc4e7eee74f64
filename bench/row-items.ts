/** What the rows benches report of a table's items: the dataset worker's `items` answer. */
import { type Figure, figure } from './results.ts';

export interface ItemLayout {
  readonly name: string;
  readonly items: number;
  readonly bytes: number;
  readonly writeUnits: number;
  readonly maxItemBytes: number;
}

export interface Items {
  readonly rows: number;
  readonly layouts: readonly ItemLayout[];
  readonly s3: { readonly name: string; readonly bytes: number };
}

/** Items, bytes and write units per 1,000 rows as stored now; other layouts in the note. */
export const rowItemFigures = (items: Items, prefix = ''): Figure[] => {
  const [now, ...others] = items.layouts;
  if (!now) return [];
  const per = 1000 / items.rows;
  const alternatives = others
    .map((layout) => `${layout.name} ${Math.round(layout.writeUnits * per)} WCU`)
    .join(', ');
  return [
    figure({
      name: `${prefix}items per 1,000 rows`,
      value: now.items * per,
      unit: 'items',
      runs: 1,
    }),
    figure({
      name: `${prefix}bytes per 1,000 rows`,
      value: (now.bytes * per) / 1024,
      unit: 'KiB',
      runs: 1,
      note: `as DynamoDB sizes items; largest item ${now.maxItemBytes} B`,
    }),
    figure({
      name: `${prefix}write units per 1,000 rows`,
      value: now.writeUnits * per,
      unit: 'WCU',
      runs: 1,
      note: `1 per started KB per item; other layouts: ${alternatives}; an S3 object of NDJSON: 1 PUT, ${Math.round((items.s3.bytes * per) / 1024)} KiB`,
    }),
  ];
};
