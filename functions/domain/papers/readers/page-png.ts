import { encode } from 'fast-png';
import type { GreyImage } from './pdf-images.ts';

/** The image at half its width and height, each pixel the mean of the four it replaces. */
export const halved = (image: GreyImage): GreyImage => {
  const width = Math.max(1, Math.floor(image.width / 2));
  const height = Math.max(1, Math.floor(image.height / 2));
  const pixels = new Uint8Array(width * height);
  const at = (x: number, y: number) =>
    image.pixels[Math.min(y, image.height - 1) * image.width + Math.min(x, image.width - 1)] ?? 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      pixels[y * width + x] =
        (at(2 * x, 2 * y) +
          at(2 * x + 1, 2 * y) +
          at(2 * x, 2 * y + 1) +
          at(2 * x + 1, 2 * y + 1)) >>
        2;
  return { width, height, pixels };
};

/**
 * A page image as an 8-bit grey PNG of at most `maxBytes`, halved until it fits (a 600 dpi scan
 * becomes 300 dpi, which Tesseract reads as well).
 */
export const pagePng = (image: GreyImage, maxBytes: number): Uint8Array => {
  let current = image;
  for (;;) {
    const png = encode({
      width: current.width,
      height: current.height,
      data: current.pixels,
      channels: 1,
      depth: 8,
    });
    if (png.length <= maxBytes || current.width < 64 || current.height < 64) return png;
    current = halved(current);
  }
};
