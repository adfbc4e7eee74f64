import { fileURLToPath } from 'node:url';

const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/**
 * The languages whose trained data the OCR function carries (`@tesseract.js-data/<lang>`, about
 * 4 MB each); OCR_LANGUAGES picks among them.
 */
export const bundledOcrLanguages = ['eng', 'cym'] as const;

/**
 * The wasm cores the worker may choose, by what the CPU supports (relaxed SIMD, SIMD, neither). All
 * six: tesseract.js 7's Node worker asks for an LSTM-only core but, given a boolean where it tests
 * for an engine mode, loads the full ones; shipping both keeps a fix of that from breaking OCR.
 */
const wasmCores = ['relaxedsimd', 'simd', '', 'relaxedsimd-lstm', 'simd-lstm', 'lstm'].map(
  (variant) => (variant ? `tesseract-core-${variant}` : 'tesseract-core'),
);

const quoted = (path: string) => `"${path.replaceAll('"', '\\"')}"`;

/**
 * What the OCR function needs besides its handler, put beside `index.mjs` after bundling, all by
 * this machine's own esbuild and files from node_modules (no Docker, no network at synth):
 * - `ocr-worker.cjs`: tesseract.js's Node worker script with the core's JavaScript, bundled;
 * - the core's wasm files (about 19 MB), which the worker reads from its own directory;
 * - `lang/<lang>.traineddata.gz` for each bundled language.
 */
export const ocrAssetCommands = (outputDir: string): string[] => [
  [
    quoted(`${nodeModules}.bin/esbuild`),
    quoted(`${nodeModules}tesseract.js/src/worker-script/node/index.js`),
    '--bundle --platform=node --format=cjs --target=node24 --minify --log-level=error',
    `--outfile=${quoted(`${outputDir}/ocr-worker.cjs`)}`,
  ].join(' '),
  ...wasmCores.map(
    (core) => `cp ${quoted(`${nodeModules}tesseract.js-core/${core}.wasm`)} ${quoted(outputDir)}`,
  ),
  `mkdir -p ${quoted(`${outputDir}/lang`)}`,
  ...bundledOcrLanguages.map(
    (language) =>
      `cp ${quoted(`${nodeModules}@tesseract.js-data/${language}/4.0.0_best_int/${language}.traineddata.gz`)} ${quoted(`${outputDir}/lang/`)}`,
  ),
];

/**
 * What the OCR function's banner adds: `__dirname` and `__filename`, which tesseract.js (CommonJS)
 * reads as it loads.
 */
export const ocrBanner =
  "import { fileURLToPath as __fileURLToPath } from 'node:url'; const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));";
