import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { GreyImage } from '../../../../functions/domain/papers/readers/pdf-images.ts';
import { pdfPages } from '../../../../functions/domain/papers/readers/pdf-text.ts';

/** A 2×2 PNG: black on the top row, white below. */
const halfBlack = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGD4/x8AAwMB/zKHA2oAAAAASUVORK5CYII=',
  'base64',
);

const greyAt = (image: GreyImage, x: number, y: number) =>
  image.pixels[Math.floor(y * image.height) * image.width + Math.floor(x * image.width)];

const scanOf = async (
  draw: (
    page: ReturnType<PDFDocument['addPage']>,
    png: Awaited<ReturnType<PDFDocument['embedPng']>>,
  ) => void,
) => {
  const pdf = await PDFDocument.create();
  const png = await pdf.embedPng(halfBlack);
  draw(pdf.addPage([600, 800]), png);
  const [page] = await pdfPages(await pdf.save());
  if (!page?.scan) throw new Error('no scan');
  return page.scan;
};

describe('a scanned page’s raster', () => {
  it('places an image where the page paints it, on white', async () => {
    // Act: the image fills the page's top-left quarter.
    const scan = await scanOf((page, png) =>
      page.drawImage(png, { x: 0, y: 400, width: 300, height: 400 }),
    );

    // Assess
    expect(greyAt(scan, 0.1, 0.1)).toBe(0);
    expect(greyAt(scan, 0.1, 0.4)).toBe(255);
    expect(greyAt(scan, 0.75, 0.1)).toBe(255);
    expect(greyAt(scan, 0.75, 0.75)).toBe(255);
  });

  it('turns an image the page paints upside down the right way up', async () => {
    // Act: drawn rotated by 180°, so its black row lands at the bottom of the page.
    const scan = await scanOf((page, png) =>
      page.drawImage(png, { x: 600, y: 800, width: 600, height: 800, rotate: degrees(180) }),
    );

    // Assess
    expect(greyAt(scan, 0.5, 0.9)).toBe(0);
    expect(greyAt(scan, 0.5, 0.1)).toBe(255);
  });

  it('is composed at 100 dpi at least, however coarse the image', async () => {
    // Act: a 2-pixel image over a whole 600 × 800 pt page is 0.24 dpi: raised to 100.
    const scan = await scanOf((page, png) =>
      page.drawImage(png, { x: 0, y: 0, width: 600, height: 800 }),
    );

    // Assess
    expect(scan.width).toBe(Math.round((600 / 72) * 100));
  });
});
