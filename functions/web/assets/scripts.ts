import { createHash } from 'node:crypto';
import embedded from './upload-js.json' with { type: 'json' };

/**
 * The upload page's script (`upload.js`, embedded by `npm run build:css`), under a path named by
 * its content's hash like the stylesheet: cached for a year, a new path when it changes.
 */
export const uploadScript = {
  js: embedded.js,
  path: `/assets/upload-${createHash('sha256').update(embedded.js).digest('hex').slice(0, 16)}.js`,
} as const;
