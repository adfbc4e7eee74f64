import { createHash } from 'node:crypto';
import compiled from './site-css.json' with { type: 'json' };

/**
 * The site's one stylesheet (GOV.UK Frontend and our rules, built by `npm run build:css`), under a
 * path named by its content's hash, so it can be cached for a year and changes get a new path.
 */
export const stylesheet = {
  css: compiled.css,
  govukFrontend: compiled.govukFrontend,
  path: `/assets/site-${createHash('sha256').update(compiled.css).digest('hex').slice(0, 16)}.css`,
} as const;
