import { gunzipSync, gzipSync } from 'node:zlib';
import type { AsPlainObject } from 'minisearch';
import { CouncilPapersError } from '../errors.ts';
import type { SearchStored } from './document.ts';

/**
 * The stored form of a shard (format 2), laid out so a cold API function opens it without
 * decoding what a query does not touch:
 *
 *     "CPSI" · format (1 byte) · 3 zero bytes · the eight sections' lengths (u32 LE each)
 *     head: JSON: counts, average field lengths, and the filter fields' distinct values
 *     keys: JSON array of the documents' keys, by row (postings name rows)
 *     columns: per row, u32 LE: MiniSearch's short id, each field's length, each filter field's
 *           value (1 + its index in the head's values, 0 for none), its stored block, and where
 *           its stored fields start and end in that block once inflated
 *     terms: every term, sorted, joined by line feeds (tokens never hold one): binary search
 *     offsets: where each term's postings start, and where the last ends (u32 LE)
 *     postings: per term, per field: field id, count, then (row delta, frequency) pairs,
 *           unsigned LEB128 varints, rows ascending
 *     blocks: where each stored block starts, and where the last ends (u32 LE)
 *     stored: blocks of up to `storedBlock` documents' stored fields as JSON (fewer once a block
 *           passes `storedBlockBytes`: a paper's text is stored), each gzipped on its own, so
 *           showing a page inflates a few small blocks, not every document
 */
export const packedFormat = 2;
const magic = [0x43, 0x50, 0x53, 0x49]; // "CPSI"
const sectionCount = 8;
const preamble = 8 + 4 * sectionCount;
const storedBlock = 32;
const storedBlockBytes = 16 * 1024;

/** What a filter needs of a document, kept apart so matching never parses stored fields. */
export type Filterable = Pick<
  SearchStored,
  'kind' | 'bodySlug' | 'bodyId' | 'meetingDate' | 'documentType'
>;
const filterFields = ['kind', 'bodySlug', 'meetingDate', 'documentType', 'bodyId'] as const;

export interface PackedHead {
  readonly documentCount: number;
  readonly nextId: number;
  readonly fieldIds: Record<string, number>;
  readonly averageFieldLength: number[];
  /** The filter fields' distinct values. */
  readonly values: string[];
  /**
   * A segment's groups (parts.ts): every document of these groups in the parts before it is
   * superseded by this one's (none: a group withdrawn). Absent from a base.
   */
  readonly replaces?: readonly string[];
}

/** A shard's bytes, split into its sections (views, nothing copied but the JSON and terms). */
export interface PackedShard {
  readonly head: PackedHead;
  readonly keys: readonly string[];
  /** Sorted. */
  readonly terms: readonly string[];
  readonly columns: DataView;
  readonly offsets: DataView;
  readonly postings: Uint8Array;
  readonly blocks: DataView;
  readonly stored: Uint8Array;
}

/** A term's postings in one field: document rows ascending, and how often the term occurs. */
export interface FieldPostings {
  readonly fieldId: number;
  readonly rows: number[];
  readonly freqs: number[];
}

/** A stored shard that cannot be read: cut short, overwritten, or of an unknown format. */
export class SearchIndexDamagedError extends CouncilPapersError {
  override readonly name = 'SearchIndexDamagedError';
}

class Writer {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }
}

const littleEndian = (values: readonly number[]) => {
  const view = new DataView(new ArrayBuffer(4 * values.length));
  for (const [n, value] of values.entries()) view.setUint32(4 * n, value, true);
  return new Uint8Array(view.buffer);
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Words of one row in the columns section: short id, field lengths, filters, block, start, end. */
const rowWidth = (fields: number) => 1 + fields + filterFields.length + 3;

/**
 * Lays out MiniSearch's serialised index (`toJSON()`) as a packed shard (a segment when it
 * `replaces` groups). Postings of documents no longer in the index (discarded, not yet vacuumed)
 * are left out, as a vacuum would.
 */
export const pack = (index: AsPlainObject, replaces?: readonly string[]): Uint8Array => {
  const encoder = new TextEncoder();
  const fields = Object.keys(index.fieldIds).length;
  const values: string[] = [];
  const valueIds = new Map<string, number>();
  const valueId = (value: unknown) => {
    if (typeof value !== 'string') return 0;
    if (!valueIds.has(value)) valueIds.set(value, values.push(value));
    return valueIds.get(value) ?? 0;
  };
  const rows = new Map<string, number>();
  const keys: string[] = [];
  const columns: number[] = [];
  const blocks: Uint8Array[] = [];
  let block: string[] = [];
  let blockLength = 0;
  const closeBlock = () => {
    blocks.push(new Uint8Array(gzipSync(block.join(''))));
    block = [];
    blockLength = 0;
  };
  for (const shortId of Object.keys(index.documentIds)) {
    if (block.length === storedBlock || blockLength >= storedBlockBytes) closeBlock();
    rows.set(shortId, keys.length);
    keys.push(String(index.documentIds[shortId]));
    const stored = (index.storedFields[shortId] ?? {}) as Record<string, unknown>;
    const json = JSON.stringify(stored);
    const length = encoder.encode(json).length;
    block.push(json);
    blockLength += length;
    const lengths = index.fieldLength[shortId] ?? [];
    columns.push(
      Number(shortId),
      ...Array.from({ length: fields }, (_, field) => lengths[field] ?? 0),
      ...filterFields.map((name) => valueId(stored[name])),
      blocks.length,
      blockLength - length,
      blockLength,
    );
  }
  if (block.length > 0) closeBlock();
  const writer = new Writer();
  const terms: string[] = [];
  const offsets: number[] = [];
  for (const [term, termFields] of [...index.index].sort(([a], [b]) => byCodeUnits(a, b))) {
    const start = writer.length;
    // Object keys that are integers iterate ascending: field ids, then short ids (rows follow them).
    for (const [fieldId, frequencies] of Object.entries(termFields as Record<string, object>)) {
      const live = Object.entries(frequencies as Record<string, number>).filter(([shortId]) =>
        rows.has(shortId),
      );
      if (live.length === 0) continue;
      writer.varint(Number(fieldId));
      writer.varint(live.length);
      let previous = 0;
      for (const [shortId, frequency] of live) {
        const row = rows.get(shortId) ?? 0;
        writer.varint(row - previous);
        writer.varint(frequency);
        previous = row;
      }
    }
    if (writer.length === start) continue;
    terms.push(term);
    offsets.push(start);
  }
  offsets.push(writer.length);
  const blockEnds = [0];
  for (const bytes of blocks) blockEnds.push((blockEnds.at(-1) ?? 0) + bytes.length);
  const head: PackedHead = {
    documentCount: index.documentCount,
    nextId: index.nextId,
    fieldIds: index.fieldIds,
    averageFieldLength: index.averageFieldLength,
    values,
    ...(replaces && { replaces }),
  };
  const sections = [
    encoder.encode(JSON.stringify(head)),
    encoder.encode(JSON.stringify(keys)),
    littleEndian(columns),
    encoder.encode(terms.join('\n')),
    littleEndian(offsets),
    writer.bytes.subarray(0, writer.length),
    littleEndian(blockEnds),
    ...blocks,
  ];
  const out = new Uint8Array(preamble + sections.reduce((sum, part) => sum + part.length, 0));
  out.set(magic, 0);
  out[4] = packedFormat;
  const view = new DataView(out.buffer);
  let at = preamble;
  for (const [n, part] of sections.entries()) {
    if (n < sectionCount - 1) view.setUint32(8 + 4 * n, part.length, true);
    out.set(part, at);
    at += part.length;
  }
  view.setUint32(8 + 4 * (sectionCount - 1), blockEnds.at(-1) ?? 0, true);
  return out;
};

/** Whether the bytes are a packed shard (otherwise: an older format, or not a shard at all). */
export const isPacked = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && magic.every((byte, at) => bytes[at] === byte);

const damaged = (why: string, cause?: unknown) =>
  new SearchIndexDamagedError(
    `The search shard cannot be read: ${why}. Rebuild the index with \`npx council-papers reindex\`.`,
    { cause },
  );

const viewOf = (bytes: Uint8Array) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Splits a packed shard into its sections, checking its format and that nothing is cut short. */
export const unpack = (bytes: Uint8Array): PackedShard => {
  if (!isPacked(bytes)) throw damaged("it does not start with the packed format's mark");
  if (bytes[4] !== packedFormat)
    throw damaged(`it is in format ${bytes[4]}, and this code reads format ${packedFormat}`);
  if (bytes.length < preamble) throw damaged(`it is only ${bytes.length} bytes long`);
  const view = viewOf(bytes);
  const sections: Uint8Array[] = [];
  let at = preamble;
  for (let n = 0; n < sectionCount; n++) {
    const length = view.getUint32(8 + 4 * n, true);
    sections.push(bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.length)
    throw damaged(`it is ${bytes.length} bytes long where its sections add up to ${at}`);
  const [head, keys, columns, terms, offsets, postings, blocks, stored] = sections as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const decoder = new TextDecoder();
  let parsed: PackedHead;
  let keyList: string[];
  try {
    parsed = JSON.parse(decoder.decode(head));
    keyList = JSON.parse(decoder.decode(keys));
  } catch (error) {
    throw damaged('its head is not JSON', error);
  }
  const words = terms.length === 0 ? [] : decoder.decode(terms).split('\n');
  const fields = Object.keys(parsed.fieldIds ?? {}).length;
  if (
    !Array.isArray(keyList) ||
    columns.length !== 4 * rowWidth(fields) * keyList.length ||
    offsets.length !== 4 * (words.length + 1) ||
    viewOf(offsets).getUint32(offsets.length - 4, true) !== postings.length ||
    blocks.length < 4 ||
    viewOf(blocks).getUint32(blocks.length - 4, true) !== stored.length
  )
    throw damaged('its sections do not agree (a partial or overwritten object)');
  return {
    head: parsed,
    keys: keyList,
    terms: words,
    columns: viewOf(columns),
    offsets: viewOf(offsets),
    postings,
    blocks: viewOf(blocks),
    stored,
  };
};

/** One document's columns, read when asked. */
export class PackedRows {
  readonly #shard: PackedShard;
  readonly #fields: number;
  readonly #width: number;

  constructor(shard: PackedShard) {
    this.#shard = shard;
    this.#fields = Object.keys(shard.head.fieldIds).length;
    this.#width = rowWidth(this.#fields);
  }

  #word(row: number, column: number) {
    return this.#shard.columns.getUint32(4 * (row * this.#width + column), true);
  }

  get count(): number {
    return this.#shard.keys.length;
  }

  key(row: number): string {
    return this.#shard.keys[row] ?? '';
  }

  shortId(row: number): number {
    return this.#word(row, 0);
  }

  fieldLength(row: number, fieldId: number): number {
    return this.#word(row, 1 + fieldId);
  }

  fieldLengths(row: number): number[] {
    return Array.from({ length: this.#fields }, (_, field) => this.fieldLength(row, field));
  }

  filterable(row: number): Filterable {
    const value = (n: number) =>
      this.#shard.head.values[this.#word(row, 1 + this.#fields + n) - 1] ?? null;
    return {
      kind: value(0) as Filterable['kind'],
      bodySlug: value(1),
      meetingDate: value(2),
      documentType: value(3),
      bodyId: value(4),
    };
  }

  /** Which stored block holds the row's stored fields, and where in it once inflated. */
  storedAt(row: number): { block: number; start: number; end: number } {
    const base = 1 + this.#fields + filterFields.length;
    return {
      block: this.#word(row, base),
      start: this.#word(row, base + 1),
      end: this.#word(row, base + 2),
    };
  }
}

/** A stored block, inflated. */
export const inflateBlock = (shard: PackedShard, block: number): Buffer => {
  try {
    return gunzipSync(
      shard.stored.subarray(
        shard.blocks.getUint32(4 * block, true),
        shard.blocks.getUint32(4 * block + 4, true),
      ),
    );
  } catch (error) {
    throw damaged('its stored fields are not whole', error);
  }
};

/** The postings of the term at `index` (in `terms`), field by field. */
export const postingsOf = (shard: PackedShard, index: number): FieldPostings[] => {
  const bytes = shard.postings;
  let at = shard.offsets.getUint32(4 * index, true);
  const end = shard.offsets.getUint32(4 * index + 4, true);
  const varint = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const fields: FieldPostings[] = [];
  while (at < end) {
    const fieldId = varint();
    const count = varint();
    const rows = new Array<number>(count);
    const freqs = new Array<number>(count);
    let row = 0;
    for (let n = 0; n < count; n++) {
      row += varint();
      rows[n] = row;
      freqs[n] = varint();
    }
    fields.push({ fieldId, rows, freqs });
  }
  return fields;
};

/** MiniSearch's serialised index again, for an update: everything decoded. */
export const unpackAll = (shard: PackedShard): AsPlainObject => {
  const { head } = shard;
  const rows = new PackedRows(shard);
  const blocks = new Map<number, Buffer>();
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, unknown> = {};
  const shortIds: number[] = [];
  for (let row = 0; row < rows.count; row++) {
    const shortId = rows.shortId(row);
    shortIds.push(shortId);
    documentIds[shortId] = rows.key(row);
    fieldLength[shortId] = rows.fieldLengths(row);
    const { block, start, end } = rows.storedAt(row);
    if (!blocks.has(block)) blocks.set(block, inflateBlock(shard, block));
    storedFields[shortId] = JSON.parse(
      (blocks.get(block) as Buffer).subarray(start, end).toString('utf8'),
    );
  }
  const index: AsPlainObject['index'] = shard.terms.map((term, at) => {
    const fields: Record<string, Record<string, number>> = {};
    for (const { fieldId, rows: found, freqs } of postingsOf(shard, at)) {
      const frequencies: Record<string, number> = {};
      found.forEach((row, n) => {
        frequencies[shortIds[row] ?? -1] = freqs[n] ?? 0;
      });
      fields[fieldId] = frequencies;
    }
    return [term, fields];
  });
  return {
    documentCount: head.documentCount,
    nextId: head.nextId,
    documentIds,
    fieldIds: head.fieldIds,
    fieldLength,
    averageFieldLength: head.averageFieldLength,
    storedFields,
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
};
