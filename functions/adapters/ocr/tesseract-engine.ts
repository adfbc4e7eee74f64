import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type Tesseract from 'tesseract.js';

/**
 * Where Tesseract's files are: its worker script (which loads the wasm core beside it) and the
 * trained data, `<lang>.traineddata.gz`. Nothing is fetched: tesseract.js would otherwise download
 * its data from a CDN.
 */
export interface OcrAssets {
  /** The worker script; undefined: tesseract.js's own, in node_modules. */
  readonly workerPath: string | undefined;
  readonly langPath: string;
  /** Tesseract's language codes, e.g. `['eng', 'cym']`. */
  readonly languages: readonly string[];
}

/** The OCR function's bundle (infra/ocr-bundle.ts): `ocr-worker.cjs`, its wasm and `lang/`. */
export const bundledAssets = (dir: string, languages: readonly string[]): OcrAssets => ({
  workerPath: join(dir, 'ocr-worker.cjs'),
  langPath: join(dir, 'lang'),
  languages,
});

/**
 * The assets as installed in node_modules, for OCR in-process (`npm start`, the CLI, tests): each
 * language's data package linked into one directory, as Tesseract wants them.
 */
export const installedAssets = (languages: readonly string[]): OcrAssets => {
  const require = createRequire(import.meta.url);
  const langPath = join(mkdtempSync(join(tmpdir(), 'council-papers-ocr-')), 'lang');
  mkdirSync(langPath);
  for (const language of languages) {
    const data = join(
      dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)),
      '4.0.0_best_int',
      `${language}.traineddata.gz`,
    );
    symlinkSync(data, join(langPath, `${language}.traineddata.gz`));
  }
  return { workerPath: undefined, langPath, languages };
};

/** Language codes from a `+`-joined list (Tesseract's own notation), e.g. `eng+cym`. */
export const ocrLanguages = (list: string): string[] =>
  list
    .split('+')
    .map((code) => code.trim())
    .filter(Boolean);

let engine: Promise<Tesseract.Worker> | undefined;

const start = async (assets: OcrAssets): Promise<Tesseract.Worker> => {
  // Loaded on the first page: only the OCR function (and local OCR) ever loads the engine.
  const { createWorker, OEM } = (await import('tesseract.js')).default;
  return createWorker([...assets.languages], OEM.LSTM_ONLY, {
    langPath: assets.langPath,
    ...(assets.workerPath && { workerPath: assets.workerPath }),
    // Read-only file systems (Lambda's /var/task), and nothing worth caching: the data is local.
    cacheMethod: 'none',
    gzip: true,
  });
};

/**
 * Recognises the text of one PNG with Tesseract's LSTM engine. One worker serves every page,
 * started on the first and kept until {@link stopEngine}, so a warm function skips the start.
 */
export const recognisePng = async (
  assets: OcrAssets,
  png: Uint8Array,
): Promise<{ text: string; confidence: number }> => {
  engine ??= start(assets).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  const { data } = await (await engine).recognize(Buffer.from(png));
  return { text: data.text, confidence: data.confidence };
};

/** Ends the worker thread, so a process that read its scans can exit. */
export const stopEngine = async (): Promise<void> => {
  const running = engine;
  engine = undefined;
  if (running) await (await running).terminate();
};
