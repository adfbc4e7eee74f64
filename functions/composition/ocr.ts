import { bundledAssets, type OcrAssets, ocrLanguages } from '../adapters/ocr/tesseract-engine.ts';
import { defaultOcrLanguages } from '../config/ocr.ts';

/**
 * What the OCR function runs on, from its environment: OCR_ASSETS_DIR, where its bundle put the
 * worker, wasm and trained data (the stack sets it: `/var/task`); OCR_LANGUAGES, Tesseract's
 * languages (`eng` unless set; `eng+cym` in Wales). Kept apart from root.ts, which every other
 * function bundles: none of them carries the OCR engine.
 */
export const ocrFunctionAssets = (): OcrAssets =>
  bundledAssets(
    process.env.OCR_ASSETS_DIR ?? '/var/task',
    ocrLanguages(process.env.OCR_LANGUAGES ?? defaultOcrLanguages),
  );
