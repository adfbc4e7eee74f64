import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

export interface SignInForm {
  readonly csrf: string;
  /** Where to go once signed in: a path on this site. */
  readonly next: string;
  /** Why the last attempt failed, if it did. */
  readonly error?: string;
  /** In AWS: the council's hosted sign-in (Amazon Cognito), to sign in there instead. */
  readonly hostedSignIn?: string;
}

/**
 * Signing in: officers (to upload and withdraw) and auditors (to read the ingest log and withheld
 * papers) paste the token they were given (`npm start` prints both locally; in AWS an officer
 * uses the council's sign-in page, which sets the same session).
 */
export const signInPage = (form: SignInForm, context: PageContext): Html =>
  layout(context, {
    title: 'Sign in',
    breadcrumbs: [],
    data: false,
    content: html`
${
  form.error &&
  html`<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list"><li><a href="#token">${form.error}</a></li></ul>
    </div>
  </div>
</div>`
}
${
  form.hostedSignIn &&
  html`<p class="govuk-body"><a class="govuk-button" href="${form.hostedSignIn}">Sign in with your council account</a></p>
<p class="govuk-body">Or paste a token you were given:</p>`
}
<form action="/officer/sign-in" method="post" novalidate>
  <input type="hidden" name="csrf" value="${form.csrf}">
  <input type="hidden" name="next" value="${form.next}">
  <div class="govuk-form-group${form.error ? ' govuk-form-group--error' : ''}">
    <label class="govuk-label govuk-label--m" for="token">Your sign-in token</label>
    <div class="govuk-hint" id="token-hint">Officers upload and withdraw; auditors read the ingest log and withheld papers. On the local stack, <code>npm start</code> prints both tokens.</div>
    ${form.error && html`<p id="token-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${form.error}</p>`}
    <input class="govuk-input${form.error ? ' govuk-input--error' : ''}" id="token" name="token" type="password" autocomplete="current-password" spellcheck="false" aria-describedby="token-hint${form.error ? ' token-error' : ''}">
  </div>
  <button type="submit" class="govuk-button">Sign in</button>
</form>`,
  });
