/**
 * iconv-lite with all its code pages is half a megabyte of code: loaded on the first file that is
 * not UTF-8, not at cold start.
 */
const loadIconv = async () => (await import('iconv-lite')).default;

/** The encodings we recognise. Detection order matters: a BOM is certain, strict UTF-8 nearly so. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text. Councils' exports from
 * older Windows tools do this, so it is worth recognising rather than rejecting as binary.
 */
const guessBomlessUtf16 = (bytes: Uint8Array): TextEncoding | undefined => {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4 || sample.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
};

/** C0 controls that never occur in text; tab, LF, FF (PDF page breaks), CR and ESC are allowed. */
const isBinaryControl = (code: number): boolean =>
  code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;

const countBinaryControls = (text: string): { nul: boolean; count: number } => {
  let count = 0;
  let nul = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) nul = true;
    if (isBinaryControl(code)) count++;
  }
  return { nul, count };
};

/**
 * Decodes bytes as text, detecting the encoding, or returns `undefined` when the bytes are not text
 * (binary controls in more than 1% of characters, or any NUL).
 *
 * @example await decodeText(new TextEncoder().encode('Minutes')) // { text: 'Minutes', encoding: 'utf-8', bom: false }
 */
export const decodeText = async (bytes: Uint8Array): Promise<DecodedText | undefined> => {
  const { encoding, bom } = detectEncoding(bytes, true);
  const decoded = await decodeAs(bytes, encoding, bom);
  return isText(decoded.text) ? decoded : undefined;
};

/**
 * Binary controls in more than 1% of characters, or any NUL, mean the bytes are not text. Text
 * taken from PDFs keeps a few controls where a font mapped a ligature to no character (a real
 * parish's minutes: 39 in 7,000 characters); binary files have NULs or far more.
 */
export const isText = (text: string): boolean => {
  const controls = countBinaryControls(text);
  return !controls.nul && controls.count <= text.length / 100;
};

const bomLength = (encoding: TextEncoding, bom: boolean): number =>
  bom ? (encoding === 'utf-8' ? 3 : 2) : 0;

/** A UTF-8 sequence cut off by the end of a sample: up to three bytes of a character still to come. */
const withoutCutCharacter = (bytes: Uint8Array): Uint8Array => {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return expected > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
};

/**
 * The encoding of bytes, from a BOM, from UTF-16's NUL pattern, or from whether they are strict
 * UTF-8 (Windows-1252 otherwise). `complete` is false when the bytes are only the start of a file,
 * whose last character may be cut: the rest can still turn out not to be UTF-8 (see `textChunks`).
 */
export const detectEncoding = (
  bytes: Uint8Array,
  complete: boolean,
): { encoding: TextEncoding; bom: boolean } => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: false };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(complete ? bytes : withoutCutCharacter(bytes));
    return { encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: Windows-1252 maps every byte, and is what UK council systems export when not UTF-8.
    return { encoding: 'windows-1252', bom: false };
  }
};

/** Bytes that were taken for UTF-8 from the start of a file turn out not to be, further on. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

/**
 * Decodes a stream of chunks as text in a known encoding, a chunk at a time (characters cut between
 * chunks are joined). UTF-8 is decoded strictly and throws `NotUtf8Error` at the first invalid byte,
 * so a caller that guessed UTF-8 from a file's start can read it again as Windows-1252.
 */
export async function* textChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  bom: boolean,
): AsyncGenerator<string> {
  let skip = bomLength(encoding, bom);
  const utf8 = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  const other = utf8 ? undefined : (await loadIconv()).getDecoder(encoding, { stripBOM: false });
  for await (const chunk of chunks) {
    const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip -= chunk.length - bytes.length;
    if (bytes.length === 0) continue;
    if (utf8) {
      try {
        yield utf8.decode(bytes, { stream: true });
      } catch {
        throw new NotUtf8Error('The file is not UTF-8 throughout');
      }
    } else yield other?.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ?? '';
  }
  try {
    const rest = utf8 ? utf8.decode() : (other?.end() ?? '');
    if (rest) yield rest;
  } catch {
    throw new NotUtf8Error('The file is not UTF-8 throughout: it ends mid-character');
  }
}

/**
 * Decodes bytes in a known encoding, leaving out its BOM. iconv-lite rather than TextDecoder: Node's TextDecoder decodes "windows-1252" as ISO-8859-1,
 * turning curly quotes and dashes (0x80-0x9F) into control characters.
 */
export const decodeAs = async (
  bytes: Uint8Array,
  encoding: TextEncoding,
  bom: boolean,
): Promise<DecodedText> => {
  const body = bytes.subarray(bomLength(encoding, bom));
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
      : (await loadIconv()).decode(
          Buffer.from(body.buffer, body.byteOffset, body.byteLength),
          encoding,
          {
            stripBOM: false,
          },
        );
  return { text, encoding, bom };
};
