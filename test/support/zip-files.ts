import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** A part of a zip made for a test; sizes can be made to lie, as a hostile file's do. */
export interface ZipPart {
  readonly name: string;
  /** The part's bytes, deflated unless `stored`. */
  readonly data?: Uint8Array | string;
  /** Bytes already deflated (a zip bomb's), with the size they inflate to. */
  readonly deflated?: { readonly bytes: Uint8Array; readonly size: number };
  readonly stored?: boolean;
  /** The uncompressed size the headers declare, when it is to differ from the real one. */
  readonly declaredSize?: number;
}

const u16 = (value: number) => Buffer.from([value & 0xff, (value >>> 8) & 0xff]);
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

/**
 * A zip written field by field (APPNOTE 4.3), so tests can make any zip, including ones whose
 * headers lie about their sizes.
 */
export const zipOf = (parts: readonly ZipPart[]): Buffer => {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw =
      typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data ?? []);
    const body = part.deflated
      ? Buffer.from(part.deflated.bytes)
      : part.stored
        ? raw
        : deflateRawSync(raw);
    const size = part.declaredSize ?? (part.deflated ? part.deflated.size : raw.length);
    const crc = part.deflated ? 0 : crc32(raw);
    const method = part.stored ? 0 : 8;
    const name = Buffer.from(part.name, 'utf8');
    const common = [
      u16(0),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), u16(20), ...common, name, body]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        ...common,
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
};

/** `size` bytes of zeros deflated, streamed through zlib so the zeros are never held. */
export const deflatedZeros = async (size: number): Promise<Uint8Array> => {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let written = 0; written < size; written += zeros.length) {
    const chunk = zeros.subarray(0, Math.min(zeros.length, size - written));
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(out);
};
