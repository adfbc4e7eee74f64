import { documentTypes } from '../../domain/paper-record.ts';
import type { Snippet } from '../../domain/search/snippet.ts';
import type { SearchResults, SearchResultView } from '../../usecases/search/search-queries.ts';
import { link, nextPage, tag } from '../components.ts';
import { label, longDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

const kindNames = { paper: 'Paper', decision: 'Decision', dataset: 'Dataset' } as const;

/**
 * A snippet with its matched words in `<mark>`: every piece of text goes through the template, so
 * whatever a paper says is escaped; only the marks are markup.
 */
export const markedSnippet = (snippet: Snippet): Html => {
  const parts: (Html | string)[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    parts.push(snippet.text.slice(at, start), html`<mark>${snippet.text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return html`${parts}`;
};

const option = (value: string, text: string, selected: string | undefined) =>
  html`<option value="${value}"${selected === value ? html` selected` : ''}>${text}</option>`;

const form = (query: PageContext['query']) => html`
<form action="/v1/search" method="get" role="search" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--m" for="search-q">Search papers, decisions and datasets</label>
    <div class="govuk-hint" id="search-q-hint">All the words must appear. End a word with * to match its start (librar*), with ~ for near spellings; put - before a word to leave it out.</div>
    <input class="govuk-input govuk-!-width-two-thirds" id="search-q" name="q" type="search" value="${query.q ?? ''}" spellcheck="false" aria-describedby="search-q-hint">
  </div>
  <details class="govuk-details"${query.type || query.body || query.from || query.to || query.documentType ? html` open` : ''}>
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Filters</span></summary>
    <div class="govuk-details__text">
      <div class="govuk-form-group">
        <label class="govuk-label" for="search-type">Find</label>
        <select class="govuk-select" id="search-type" name="type">
          ${option('', 'Papers, decisions and datasets', query.type)}
          ${option('paper', 'Papers', query.type)}
          ${option('decision', 'Decisions', query.type)}
          ${option('dataset', 'Datasets', query.type)}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search-body">Committee</label>
        <div class="govuk-hint" id="search-body-hint">Its name, for example Cabinet</div>
        <input class="govuk-input govuk-!-width-one-half" id="search-body" name="body" type="text" value="${query.body ?? ''}" aria-describedby="search-body-hint">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search-from">Meetings from</label>
        <input class="govuk-input govuk-input--width-10" id="search-from" name="from" type="date" value="${query.from ?? ''}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search-to">Meetings to</label>
        <input class="govuk-input govuk-input--width-10" id="search-to" name="to" type="date" value="${query.to ?? ''}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search-document-type">Type of paper</label>
        <select class="govuk-select" id="search-document-type" name="documentType">
          ${option('', 'Any', query.documentType)}
          ${documentTypes.map((type) => option(type, label(type), query.documentType))}
        </select>
      </div>
    </div>
  </details>
  <button type="submit" class="govuk-button">Search</button>
</form>`;

/** The filters in force, in words: what the count of results is a count of. */
const filterSummary = (results: SearchResults): Html | false => {
  const { query } = results;
  const filters = [
    query.type && `${label(query.type)}s only`,
    query.body && `committee ${query.body}`,
    query.from && `meetings from ${longDate(query.from)}`,
    query.to && `meetings to ${longDate(query.to)}`,
    query.documentType && `papers of type ${label(query.documentType).toLowerCase()}`,
  ].filter((filter): filter is string => Boolean(filter));
  return (
    query.q !== null &&
    html`
<p class="govuk-body" role="status"><strong>${results.total.toLocaleString('en-GB')}</strong> ${results.total === 1 ? 'result' : 'results'} for “${query.q}”${filters.length > 0 ? html`, filtered by ${filters.join(', ')}` : ''}.</p>`
  );
};

const facts = (result: SearchResultView) =>
  [
    result.body,
    result.meetingDate && `meeting of ${longDate(result.meetingDate)}`,
    result.documentType && label(result.documentType),
  ]
    .filter(Boolean)
    .join(' · ');

const resultItem = (result: SearchResultView) => html`
<li class="govuk-!-margin-bottom-6">
  <h2 class="govuk-heading-s govuk-!-margin-bottom-1">${tag(kindNames[result.kind], result.kind === 'decision' ? 'green' : result.kind === 'dataset' ? 'purple' : 'blue')} ${link(result.links.self ?? '/', result.title)}</h2>
  ${facts(result) && html`<p class="govuk-body-s govuk-!-margin-bottom-1">${facts(result)}</p>`}
  <p class="govuk-body govuk-!-margin-bottom-1">${markedSnippet(result.snippet)}</p>
  ${result.kind === 'decision' && result.links.paper && html`<p class="govuk-body-s">From paper ${link(result.links.paper, result.id)}</p>`}
</li>`;

/** The search page: the form, what was searched for, the results with their passages, the next page. */
export const searchPage = (results: SearchResults, context: PageContext): Html =>
  layout(context, {
    title: results.query.q ? `Search: ${results.query.q}` : 'Search',
    breadcrumbs: [],
    content: html`
${form(context.query)}
${filterSummary(results)}
${
  results.query.q === null
    ? html`<p class="govuk-body">Enter the words to look for.</p>`
    : results.items.length === 0
      ? html`<p class="govuk-body">No results match. Check the spelling, use fewer words, or remove a filter.</p>`
      : html`<ol class="govuk-list">${results.items.map(resultItem)}</ol>`
}
${nextPage(results.next && hrefWith(context, { cursor: results.next }))}`,
  });
