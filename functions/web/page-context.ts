/** What a page knows of the request it answers: where it is, and its query string. */
export interface PageContext {
  readonly path: string;
  /** The query string's parameters, `format` already taken out. */
  readonly query: Readonly<Record<string, string | undefined>>;
}

/** The page's own address with some parameters changed (`undefined` removes one). */
export const hrefWith = (
  context: PageContext,
  changes: Readonly<Record<string, string | undefined>>,
): string => {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...context.query, ...changes }))
    if (value !== undefined && value !== '') query.set(name, value);
  const search = query.toString();
  return search ? `${context.path}?${search}` : context.path;
};
