import { link, list } from '../components.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

/** What went wrong, as the API's problem details say it (RFC 9457). */
export interface ProblemFacts {
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly { readonly where: string; readonly message: string }[];
}

/** An error as a page: what went wrong, each bad parameter, and a way back. */
export const problemPage = (problem: ProblemFacts, context: PageContext): Html =>
  layout(context, {
    title: problem.title,
    caption: `Error ${problem.status}`,
    content: html`
<p class="govuk-body">${problem.detail}</p>
${problem.errors && problem.errors.length > 0 && list(problem.errors.map((error) => `${error.where}: ${error.message}`))}
<p class="govuk-body">${link('/', 'Go to the home page')}.</p>`,
  });
