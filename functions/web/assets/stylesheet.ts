import { createHash } from 'node:crypto';
import built from './site-css-meta.json' with { type: 'json' };

/** The path a stylesheet is served under: named by its content's hash. */
export const stylesheetPathOf = (css: string): string =>
  `/assets/site-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;

/**
 * The site's one stylesheet (GOV.UK Frontend and our rules, built by `npm run build:css`), under a
 * path named by its content's hash, so it can be cached for a year and changes get a new path. The
 * build writes the path beside the CSS, so pages name it without the CSS (100 KB) being loaded:
 * that is loaded when the stylesheet is first served, not at every cold start.
 */
export const stylesheet = {
  govukFrontend: built.govukFrontend,
  path: built.path,
  css: async (): Promise<string> =>
    (await import('./site-css.json', { with: { type: 'json' } })).default.css,
} as const;
