import { fileURLToPath } from 'node:url';

/** The repository root, found from this file rather than the working directory. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm start` keeps its data unless told otherwise (gitignored). */
export const defaultDataDir = fileURLToPath(new URL('../../.local/data', import.meta.url));

/** Where running stacks announce themselves, so the CLI finds them with no configuration (tests point it elsewhere). */
export const stacksDir =
  process.env.COUNCIL_PAPERS_STACKS_DIR ??
  fileURLToPath(new URL('../../.local/stacks', import.meta.url));
