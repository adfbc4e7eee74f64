import escapeHtml from 'escape-html';

/** Only this module can make {@link Html}: a value from anywhere else is text, and is escaped. */
const minted = Symbol('html');

/**
 * Markup built by the {@link html} template, safe to place in a page as it is. It cannot be made
 * from a string anywhere else, so every value that reaches a page from data goes through escaping.
 */
export class Html {
  readonly #markup: string;

  constructor(markup: string, key: symbol) {
    if (key !== minted) throw new TypeError('Html is made only by the html template');
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

/** What a page template may interpolate: text (escaped), numbers, markup, lists, or nothing. */
export type Interpolation =
  | Html
  | string
  | number
  | null
  | undefined
  | false
  | readonly Interpolation[];

const render = (value: Interpolation): string => {
  if (value instanceof Html) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

/**
 * The page template tag: the literal parts are markup, every interpolated value is HTML-escaped
 * unless it is {@link Html} made by this same tag. Lists are joined; `null`, `undefined` and
 * `false` render nothing, so `${cond && html`…`}` works.
 *
 * @example html`<p class="govuk-body">${paper.title}</p>` // the title as text, whatever it holds
 */
export const html = (strings: TemplateStringsArray, ...values: Interpolation[]): Html =>
  new Html(
    strings.reduce((out, literal, index) => {
      const value = index < values.length ? render(values[index] as Interpolation) : '';
      return out + literal + value;
    }, ''),
    minted,
  );

/** A whole document: the doctype, then the page's markup. */
export const htmlDocument = (page: Html): string => `<!DOCTYPE html>\n${page.toString()}\n`;
