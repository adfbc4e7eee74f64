import middy from '@middy/core';
import type { OcrAssets } from '../adapters/ocr/tesseract-engine.ts';
import { bundledAssets, ocrLanguages, recognisePng } from '../adapters/ocr/tesseract-engine.ts';
import { defaultOcrLanguages } from '../config/ocr.ts';

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

/**
 * The OCR function. OCR_ASSETS_DIR: where its bundle put the worker, wasm and trained data (the
 * stack sets it); OCR_LANGUAGES: Tesseract's languages, `eng` unless set (`eng+cym` in Wales).
 */
export const handler = middy<unknown, OcrResult>().handler((event) =>
  ocrPage(
    bundledAssets(
      process.env.OCR_ASSETS_DIR ?? '/var/task',
      ocrLanguages(process.env.OCR_LANGUAGES ?? defaultOcrLanguages),
    ),
    event,
  ),
);
