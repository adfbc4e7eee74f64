import { stylesheet } from './assets/stylesheet.ts';
import { link } from './components.ts';
import { type Html, html } from './html.ts';
import { hrefWith, type PageContext } from './page-context.ts';

/** The site's name, in the header and every title. */
export const serviceName = 'Council papers';

/** The sections in the header's navigation, by their first path. */
const sections = [
  ['Papers', '/v1/papers'],
  ['Meetings', '/v1/meetings'],
  ['Decisions', '/v1/decisions'],
  ['Committees', '/v1/bodies'],
  ['Datasets', '/v1/datasets'],
] as const;

export interface Crumb {
  readonly text: string;
  readonly href: string;
}

export interface PageSpec {
  /** The page's heading and title. */
  readonly title: string;
  /** A line above the heading saying what kind of thing the page is about. */
  readonly caption?: string;
  /** The pages above this one, from the home page down (the home page is added). */
  readonly breadcrumbs?: readonly Crumb[];
  readonly content: Html;
  /** The page's own scripts (paths under `/assets/`); none but the upload page has one. */
  readonly scripts?: readonly string[];
  /** Whether the page is also a JSON resource to link to (a sign-in form is not). */
  readonly data?: boolean;
}

const breadcrumbs = (crumbs: readonly Crumb[]) => html`
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
  <ol class="govuk-breadcrumbs__list">
    ${[{ text: 'Home', href: '/' }, ...crumbs].map(
      (crumb) =>
        html`<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="${crumb.href}">${crumb.text}</a></li>`,
    )}
  </ol>
</nav>`;

const navigation = (path: string) => html`
<section aria-label="Service information" class="govuk-service-navigation">
  <div class="govuk-width-container">
    <div class="govuk-service-navigation__container">
      <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
        <ul class="govuk-service-navigation__list" id="navigation">
          ${sections.map(([text, href]) => {
            const here = path === href || path.startsWith(`${href}/`);
            return html`
          <li class="govuk-service-navigation__item${here ? ' govuk-service-navigation__item--active' : ''}">
            <a class="govuk-service-navigation__link" href="${href}"${here ? html` aria-current="${path === href ? 'page' : 'true'}"` : ''}>${here ? html`<strong class="govuk-service-navigation__active-fallback">${text}</strong>` : text}</a>
          </li>`;
          })}
        </ul>
      </nav>
    </div>
  </div>
</section>`;

/**
 * A whole page in the GOV.UK template's structure: skip link, header with the service's
 * navigation, breadcrumbs, `main` with its language, the page's one `h1`, a link to the same
 * resource as JSON, and a footer. No inline scripts or styles (the CSP allows neither); only the
 * upload page loads a script, the site's own.
 */
export const layout = (context: PageContext, spec: PageSpec): Html => {
  const json = hrefWith(context, { format: 'json' });
  return html`<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${spec.title} – ${serviceName}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="stylesheet" href="${stylesheet.path}">
  ${spec.data !== false && html`<link rel="alternate" type="application/json" href="${json}">`}
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-template__header">
    <div class="govuk-generic-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a href="/" class="govuk-generic-header__homepage-link">${serviceName}</a>
        </div>
      </div>
    </div>
    ${navigation(context.path)}
  </header>
  <div class="govuk-width-container">
    ${spec.breadcrumbs && breadcrumbs(spec.breadcrumbs)}
    <main class="govuk-main-wrapper" id="main-content" lang="en">
      <h1 class="govuk-heading-xl">${spec.caption && html`<span class="govuk-caption-l">${spec.caption}</span>`}${spec.title}</h1>
      ${spec.content}
      ${spec.data !== false && html`<p class="govuk-body-s">This page as data: ${link(json, 'JSON')} (or request this address with <code>Accept: application/json</code>). The whole API is described at ${link('/v1/openapi.json', 'the OpenAPI document')}.</p>`}
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">About this service</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/v1/openapi.json">API</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/v1/catalog">DCAT catalogue</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/v1/changes">Change feed</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/upload">Upload (officers)</a></li>
          </ul>
          <p class="govuk-body-s">Every page here is also open data: each record is kept as versions that can be verified.</p>
        </div>
      </div>
    </div>
  </footer>
  ${(spec.scripts ?? []).map((src) => html`<script src="${src}"></script>`)}
</body>
</html>`;
};
