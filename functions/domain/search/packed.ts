import { gunzipSync, gzipSync } from 'node:zlib';
import type { AsPlainObject } from 'minisearch';
import { CouncilPapersError } from '../errors.ts';
import type { SearchStored } from './document.ts';

/**
 * The stored form of a shard (format 2), laid out so a cold API function reads it without
 * decoding what a query does not touch:
 *
 *     "CPSI" · format (1 byte) · 3 zero bytes · the five sections' lengths (u32 LE each)
 *     head: JSON: counts, and per document its key, field lengths, filter fields and where its
 *           stored fields lie
 *     terms: every term, sorted, joined by line feeds (found by binary search: no map to build)
 *     offsets: where each term's postings start, and where the last ends (u32 LE)
 *     postings: per term, per field: field id, count, then (document row delta, frequency)
 *           pairs, unsigned LEB128 varints, rows ascending
 *     stored: gzip of every document's stored fields as JSON, inflated when a page is shown
 */
export const packedFormat = 2;
const magic = [0x43, 0x50, 0x53, 0x49]; // "CPSI"
const preamble = 28;

/** What a filter needs of a document, kept in the head so matching never parses stored fields. */
export type Filterable = Pick<SearchStored, 'kind' | 'bodySlug' | 'meetingDate' | 'documentType'>;

/**
 * One document (a row; postings name rows): MiniSearch's short id, the key, field lengths (by
 * field id), the filter fields, and where its stored fields lie in the inflated stored section.
 */
export type PackedDocument = [
  shortId: number,
  key: string,
  fieldLengths: (number | null)[],
  kind: Filterable['kind'],
  bodySlug: string | null,
  meetingDate: string | null,
  documentType: string | null,
  storedStart: number,
  storedEnd: number,
];

export interface PackedHead {
  readonly documentCount: number;
  readonly nextId: number;
  readonly fieldIds: Record<string, number>;
  readonly averageFieldLength: number[];
  readonly documents: PackedDocument[];
}

/** A shard's bytes, split into its sections (views, nothing copied but the head's JSON). */
export interface PackedShard {
  readonly head: PackedHead;
  /** Sorted. */
  readonly terms: readonly string[];
  readonly offsets: DataView;
  readonly postings: Uint8Array;
  /** Gzipped. */
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

/** A stored field value as MiniSearch keeps it; the filter fields are strings or null. */
const field = (stored: Record<string, unknown>, name: keyof Filterable) =>
  (stored[name] ?? null) as string | null;

const littleEndian = (values: readonly number[]) => {
  const view = new DataView(new ArrayBuffer(4 * values.length));
  for (const [n, value] of values.entries()) view.setUint32(4 * n, value, true);
  return new Uint8Array(view.buffer);
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lays out MiniSearch's serialised index (`toJSON()`) as a packed shard. Postings of documents no
 * longer in the index (discarded, not yet vacuumed) are left out, as a vacuum would.
 */
export const pack = (index: AsPlainObject): Uint8Array => {
  const encoder = new TextEncoder();
  const storedParts: string[] = [];
  let storedLength = 0;
  const rows = new Map<string, number>();
  const documents = Object.keys(index.documentIds).map((shortId, row): PackedDocument => {
    rows.set(shortId, row);
    const stored = (index.storedFields[shortId] ?? {}) as Record<string, unknown>;
    const json = JSON.stringify(stored);
    const length = encoder.encode(json).length;
    storedParts.push(json);
    storedLength += length;
    return [
      Number(shortId),
      String(index.documentIds[shortId]),
      index.fieldLength[shortId] ?? [],
      field(stored, 'kind') as Filterable['kind'],
      field(stored, 'bodySlug'),
      field(stored, 'meetingDate'),
      field(stored, 'documentType'),
      storedLength - length,
      storedLength,
    ];
  });
  const writer = new Writer();
  const terms: string[] = [];
  const offsets: number[] = [];
  for (const [term, fields] of [...index.index].sort(([a], [b]) => byCodeUnits(a, b))) {
    const start = writer.length;
    // Object keys that are integers iterate ascending: field ids, then short ids (rows follow them).
    for (const [fieldId, frequencies] of Object.entries(fields as Record<string, object>)) {
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
  const head: PackedHead = {
    documentCount: index.documentCount,
    nextId: index.nextId,
    fieldIds: index.fieldIds,
    averageFieldLength: index.averageFieldLength,
    documents,
  };
  const sections = [
    encoder.encode(JSON.stringify(head)),
    encoder.encode(terms.join('\n')),
    littleEndian(offsets),
    writer.bytes.subarray(0, writer.length),
    new Uint8Array(gzipSync(storedParts.join(''))),
  ];
  const out = new Uint8Array(preamble + sections.reduce((sum, part) => sum + part.length, 0));
  out.set(magic, 0);
  out[4] = packedFormat;
  const view = new DataView(out.buffer);
  let at = preamble;
  sections.forEach((part, n) => {
    view.setUint32(8 + 4 * n, part.length, true);
    out.set(part, at);
    at += part.length;
  });
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

/** Splits a packed shard into its sections, checking its format and that nothing is cut short. */
export const unpack = (bytes: Uint8Array): PackedShard => {
  if (!isPacked(bytes)) throw damaged("it does not start with the packed format's mark");
  if (bytes[4] !== packedFormat)
    throw damaged(`it is in format ${bytes[4]}, and this code reads format ${packedFormat}`);
  if (bytes.length < preamble) throw damaged(`it is only ${bytes.length} bytes long`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengths = [0, 1, 2, 3, 4].map((n) => view.getUint32(8 + 4 * n, true));
  const sections: Uint8Array[] = [];
  let at = preamble;
  for (const length of lengths) {
    sections.push(bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.length)
    throw damaged(`it is ${bytes.length} bytes long where its sections add up to ${at}`);
  const [head, terms, offsets, postings, stored] = sections as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const decoder = new TextDecoder();
  let parsed: PackedHead;
  try {
    parsed = JSON.parse(decoder.decode(head));
  } catch (error) {
    throw damaged('its head is not JSON', error);
  }
  const words = terms.length === 0 ? [] : decoder.decode(terms).split('\n');
  const ends = new DataView(offsets.buffer, offsets.byteOffset, offsets.byteLength);
  if (
    !Array.isArray(parsed.documents) ||
    offsets.length !== 4 * (words.length + 1) ||
    ends.getUint32(offsets.length - 4, true) !== postings.length
  )
    throw damaged('its terms and postings do not agree (a partial or overwritten object)');
  return { head: parsed, terms: words, offsets: ends, postings, stored };
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

/** The stored section, inflated: each document's stored fields lie in it as its row says. */
export const inflateStored = (shard: PackedShard): Buffer => {
  try {
    return gunzipSync(shard.stored);
  } catch (error) {
    throw damaged('its stored fields are not whole', error);
  }
};

/** MiniSearch's serialised index again, for an update: everything decoded. */
export const unpackAll = (shard: PackedShard): AsPlainObject => {
  const { head } = shard;
  const stored = inflateStored(shard);
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, unknown> = {};
  for (const [shortId, key, lengths, , , , , start, end] of head.documents) {
    documentIds[shortId] = key;
    fieldLength[shortId] = lengths as number[];
    storedFields[shortId] = JSON.parse(stored.subarray(start, end).toString('utf8'));
  }
  const shortIds = head.documents.map(([shortId]) => shortId);
  const index: AsPlainObject['index'] = shard.terms.map((term, at) => {
    const fields: Record<string, Record<string, number>> = {};
    for (const { fieldId, rows, freqs } of postingsOf(shard, at)) {
      const frequencies: Record<string, number> = {};
      rows.forEach((row, n) => {
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
