import { type DecodedImage, type GreyImage, isDecoded, toGrey } from './pdf-images.ts';

/** A PDF matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly [number, number, number, number, number, number];

const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n` applied first: pdf.js's Util.transform. */
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const matrixOf = (value: unknown): Matrix | null =>
  Array.isArray(value) && value.length === 6 && value.every((n) => typeof n === 'number')
    ? (value as unknown as Matrix)
    : null;

/** The parts of a pdf.js page its scan is composed from. */
export interface RasterPage {
  readonly view: readonly number[];
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  readonly objs: { get(key: string, callback: (value: unknown) => void): unknown };
  readonly commonObjs: { get(key: string, callback: (value: unknown) => void): unknown };
}

/** pdf.js's operator numbers used here (its `OPS`). */
export interface RasterOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly setFillRGBColor: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
  readonly paintImageMaskXObjectGroup: number;
}

/** A 1-bit stencil: a clear bit is painted in the fill colour, a set bit leaves the page. */
interface Stencil {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

const isStencil = (value: unknown): value is Stencil =>
  typeof value === 'object' &&
  value !== null &&
  'width' in value &&
  typeof value.width === 'number' &&
  'height' in value &&
  typeof value.height === 'number' &&
  'data' in value &&
  (value.data instanceof Uint8Array || value.data instanceof Uint8ClampedArray);

type Placed =
  | { readonly ctm: Matrix; readonly grey: GreyImage }
  | { readonly ctm: Matrix; readonly stencil: Stencil; readonly fill: number };

/** The grey of a fill colour pdf.js gives as `#rrggbb` or as [r, g, b]. */
const lumaOf = (args: unknown[]): number => {
  const [first] = args;
  const rgb =
    typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)
      ? [1, 3, 5].map((at) => Number.parseInt(first.slice(at, at + 2), 16))
      : args.slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = rgb;
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
};

/** Resolution a placed image has on the page, in pixels an inch. */
const dpiOf = (ctm: Matrix, width: number): number =>
  width / (Math.hypot(ctm[0], ctm[1]) / 72 || Number.POSITIVE_INFINITY);

/** The range of this many dots an inch a page is composed at: enough for Tesseract, no more. */
const minDpi = 100;
const maxDpi = 300;

/**
 * Composes what a page paints as images (photographs or scans, stencils of 1-bit text as
 * mixed-raster scanners make them, each in its place and orientation) onto a white page in grey,
 * at the finest resolution among them within 100-300 dpi. Vector paths and text are left out:
 * this is for pages with no text layer. Null when the page paints no image.
 */
export const rasterisePage = async (
  page: RasterPage,
  ops: RasterOps,
): Promise<GreyImage | null> => {
  const operators = await page.getOperatorList();
  const placed: Placed[] = [];
  const stack: { ctm: Matrix; fill: number }[] = [];
  let state = { ctm: identity, fill: 0 };
  const lookUp = (key: string) =>
    new Promise<unknown>((resolve) =>
      (key.startsWith('g_') ? page.commonObjs : page.objs).get(key, resolve),
    );
  for (const [index, op] of operators.fnArray.entries()) {
    const args = operators.argsArray[index] ?? [];
    if (op === ops.save) stack.push(state);
    else if (op === ops.restore) state = stack.pop() ?? state;
    else if (op === ops.transform) {
      const matrix = matrixOf(args);
      if (matrix) state = { ...state, ctm: times(state.ctm, matrix) };
    } else if (op === ops.paintFormXObjectBegin) {
      stack.push(state);
      const matrix = matrixOf(args[0]);
      if (matrix) state = { ...state, ctm: times(state.ctm, matrix) };
    } else if (op === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (op === ops.setFillRGBColor) state = { ...state, fill: lumaOf(args) };
    else if (op === ops.paintImageXObject || op === ops.paintInlineImageXObject) {
      const image = typeof args[0] === 'string' ? await lookUp(args[0]) : args[0];
      const grey = isDecoded(image) ? toGrey(image as DecodedImage) : null;
      if (grey) placed.push({ ctm: state.ctm, grey });
    } else if (op === ops.paintImageMaskXObject) {
      // pdf.js passes a large stencil's bits by reference, as `data: <object id>`.
      const mask = args[0] as { data?: unknown } | undefined;
      const stencil = typeof mask?.data === 'string' ? await lookUp(mask.data) : mask;
      if (isStencil(stencil)) placed.push({ ctm: state.ctm, stencil, fill: state.fill });
    } else if (op === ops.paintImageMaskXObjectGroup) {
      for (const stencil of Array.isArray(args[0]) ? args[0] : []) {
        const matrix = matrixOf((stencil as { transform?: unknown }).transform);
        if (isStencil(stencil) && matrix)
          placed.push({ ctm: times(state.ctm, matrix), stencil, fill: state.fill });
      }
    }
  }
  if (placed.length === 0) return null;
  const finest = Math.max(
    ...placed.map((item) => dpiOf(item.ctm, 'grey' in item ? item.grey.width : item.stencil.width)),
  );
  const dpi = Math.min(maxDpi, Math.max(minDpi, finest));
  return compose(page.view, dpi / 72, placed);
};

/** Paints each placed image onto a white raster of the page, sampling the nearest source pixel. */
const compose = (view: readonly number[], scale: number, placed: readonly Placed[]): GreyImage => {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const width = Math.max(1, Math.round((x1 - x0) * scale));
  const height = Math.max(1, Math.round((y1 - y0) * scale));
  const pixels = new Uint8Array(width * height).fill(255);
  // Page space to raster: x right from the view's left, y down from its top.
  const device: Matrix = [scale, 0, 0, -scale, -x0 * scale, y1 * scale];
  for (const item of placed) {
    const [a, b, c, d, e, f] = times(device, item.ctm);
    const det = a * d - b * c;
    if (!det) continue;
    const [w, h] =
      'grey' in item
        ? [item.grey.width, item.grey.height]
        : [item.stencil.width, item.stencil.height];
    // The unit square's corners on the raster bound the pixels to visit.
    const xs = [e, a + e, c + e, a + c + e];
    const ys = [f, b + f, d + f, b + d + f];
    const left = Math.max(0, Math.floor(Math.min(...xs)));
    const right = Math.min(width, Math.ceil(Math.max(...xs)));
    const top = Math.max(0, Math.floor(Math.min(...ys)));
    const bottom = Math.min(height, Math.ceil(Math.max(...ys)));
    const rowBytes = Math.ceil(w / 8);
    for (let py = top; py < bottom; py++) {
      for (let px = left; px < right; px++) {
        // The inverse matrix takes the pixel's centre back to the unit square of the image.
        const dx = px + 0.5 - e;
        const dy = py + 0.5 - f;
        const u = (d * dx - c * dy) / det;
        const v = (a * dy - b * dx) / det;
        if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
        const ix = Math.floor(u * w);
        const iy = Math.floor((1 - v) * h);
        const at = py * width + px;
        if ('grey' in item) pixels[at] = item.grey.pixels[iy * w + ix] ?? 255;
        else if (
          (((item.stencil.data[iy * rowBytes + (ix >> 3)] ?? 255) >> (7 - (ix & 7))) & 1) ===
          0
        )
          pixels[at] = item.fill;
      }
    }
  }
  return { width, height, pixels };
};
