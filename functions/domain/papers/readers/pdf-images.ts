/** An image as 8-bit grey pixels, one byte a pixel, row by row. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** A decoded pdf.js image: `kind` 1 is 1 bit a pixel (rows padded to bytes), 2 RGB, 3 RGBA. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind?: number;
  readonly data?: Uint8Array | Uint8ClampedArray;
}

export const isDecoded = (value: unknown): value is DecodedImage =>
  typeof value === 'object' &&
  value !== null &&
  'width' in value &&
  'height' in value &&
  'data' in value &&
  (value.data instanceof Uint8Array || value.data instanceof Uint8ClampedArray);

/**
 * An image pdf.js decoded, in grey (ITU-R BT.601 luma); null for a layout it does not give as
 * pixels (a bitmap object, an unknown kind).
 */
export const toGrey = (image: DecodedImage): GreyImage | null => {
  const { width, height, data } = image;
  if (!data || width < 1 || height < 1) return null;
  const pixels = new Uint8Array(width * height);
  if (image.kind === 1) {
    // pdf.js's GRAYSCALE_1BPP: a set bit is white.
    const rowBytes = Math.ceil(width / 8);
    if (data.length < rowBytes * height) return null;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        pixels[y * width + x] =
          ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { width, height, pixels };
  }
  const channels = data.length / (width * height);
  if (channels !== 1 && channels !== 3 && channels !== 4) return null;
  for (let i = 0; i < pixels.length; i++) {
    const at = i * channels;
    pixels[i] =
      channels === 1
        ? (data[at] ?? 0)
        : Math.round(
            0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0),
          );
  }
  return { width, height, pixels };
};
