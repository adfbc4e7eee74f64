/** What a route answers in when it says nothing else. */
export const jsonOnly = ['application/json'] as const;

/**
 * A resource people read as well as programs: JSON first, so clients that send no `Accept`, or
 * `*\/*`, get JSON; browsers, which prefer `text/html`, get the page.
 */
export const jsonOrHtml = ['application/json', 'text/html'] as const;

/** `?format=` values on routes that answer JSON or HTML, overriding `Accept`. */
export const pageFormats: Readonly<Record<string, string>> = {
  json: 'application/json',
  html: 'text/html',
};
