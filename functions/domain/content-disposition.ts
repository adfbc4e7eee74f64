import contentDisposition from 'content-disposition';

/**
 * The file name as plain ASCII, for clients that do not read `filename*`: accents dropped,
 * anything else printable-ASCII-less replaced by `_`.
 */
const asciiFallback = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');

/**
 * A `Content-Disposition: attachment` value for any file name (RFC 6266): the name in
 * `filename*=UTF-8''…` (RFC 8187) when it is not plain ASCII, beside an ASCII `filename`. Keys
 * may hold any character; a header may not, and a bad one fails the whole response.
 *
 * @example attachment('Ünïcödé 会议.md') // `attachment; filename="Unicode __.md"; filename*=UTF-8''%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20%E4%BC%9A%E8%AE%AE.md`
 */
export const attachment = (filename: string): string =>
  contentDisposition(filename, { fallback: asciiFallback(filename) });
