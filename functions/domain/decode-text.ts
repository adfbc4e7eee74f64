import iconv from 'iconv-lite';

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
 * (binary controls in more than 0.1% of characters, or any NUL).
 *
 * @example decodeText(new TextEncoder().encode('Minutes')) // { text: 'Minutes', encoding: 'utf-8', bom: false }
 */
export const decodeText = (bytes: Uint8Array): DecodedText | undefined => {
  const decoded = decodeWithDetectedEncoding(bytes);
  const controls = countBinaryControls(decoded.text);
  if (controls.nul || controls.count > decoded.text.length / 1000) return undefined;
  return decoded;
};

const decodeWithDetectedEncoding = (bytes: Uint8Array): DecodedText => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be', true);
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return decode(bytes, utf16, false);
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    // Not UTF-8: Windows-1252 maps every byte, and is what UK council systems export when not UTF-8.
    return decode(bytes, 'windows-1252', false);
  }
};

/**
 * iconv-lite rather than TextDecoder: Node's TextDecoder decodes "windows-1252" as ISO-8859-1,
 * turning curly quotes and dashes (0x80-0x9F) into control characters.
 */
const decode = (bytes: Uint8Array, encoding: TextEncoding, bom: boolean): DecodedText => ({
  text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  }),
  encoding,
  bom,
});
