import middy from '@middy/core';
import { type OcrAssets, recognisePng } from '../adapters/ocr/tesseract-engine.ts';
import { ocrFunctionAssets } from '../composition/ocr.ts';

/** One page to read: its number, for the answer, and its PNG in base64. */
export interface OcrEvent {
  readonly page: number;
  readonly png: string;
}

export interface OcrResult {
  readonly page: number;
  readonly text: string;
  readonly confidence: number;
}

const isOcrEvent = (event: unknown): event is OcrEvent =>
  typeof event === 'object' &&
  event !== null &&
  'page' in event &&
  Number.isInteger(event.page) &&
  'png' in event &&
  typeof event.png === 'string' &&
  event.png.length > 0;

/**
 * Reads one scanned page. The ingest function invokes this (through the OCR port) only for pages
 * without a text layer, one page an invocation; locally the same function runs in-process.
 */
export const ocrPage = async (assets: OcrAssets, event: unknown): Promise<OcrResult> => {
  if (!isOcrEvent(event))
    throw new TypeError('An OCR event is { page: integer, png: base64 PNG }.');
  const { text, confidence } = await recognisePng(assets, Buffer.from(event.png, 'base64'));
  return { page: event.page, text, confidence };
};

/** The OCR function: one page an event, read on the assets `assets` gives. */
export const createOcrHandler = (assets: () => OcrAssets) =>
  middy<unknown, OcrResult>().handler((event) => ocrPage(assets(), event));

export const handler = createOcrHandler(ocrFunctionAssets);
