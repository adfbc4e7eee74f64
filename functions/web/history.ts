import { type RecordKind, recordPath } from '../config/areas.ts';
import { hasWithheldParts } from '../domain/paper-record.ts';
import type { StoredVersion } from '../ports/version-store.ts';
import type { ListedVersion } from '../usecases/withdrawal/takedown.ts';
import { link } from './components.ts';
import { fileSize, longDate, longDateTime } from './format.ts';
import { type Html, html, type Interpolation } from './html.ts';
import type { PageContext } from './page-context.ts';

/*
 * The words and links every history page shares: why a version exists, who made it, where its
 * original is, and the form that shows a record as it was on a date.
 */

/** Why a version exists, as a person says it. */
export const versionReasons: Readonly<Record<StoredVersion['reason'], string>> = {
  new: 'First published',
  correction: 'Correction',
  withdrawal: 'Withdrawal',
};

/** Who made a version: the withdrawer for a withdrawal, else the uploader the record holds. */
export const versionBy = (version: StoredVersion): string =>
  (version.reason === 'withdrawal' ? version.withdrawal?.by : version.uploader) ?? 'Not recorded';

/** A version's own page. */
export const versionHref = (kind: RecordKind, id: string, version: number): string =>
  `${recordPath(kind, id)}/versions/${version}`;

/** The page comparing version `from` with version `to`. */
export const diffHref = (kind: RecordKind, id: string, from: number, to: number): string =>
  `${versionHref(kind, id, from)}/diff/${to}`;

/**
 * The link to download a version's original, or why there is none: a withdrawal uploaded nothing,
 * and an exempt paper's original (or one holding exempt parts) is withheld from the public.
 */
export const originalOf = (version: ListedVersion<StoredVersion>): Interpolation => {
  if (version.reason === 'withdrawal') return 'None: a withdrawal uploads nothing';
  if (version.takedown) return 'Taken down: no longer public';
  if (version.kind === 'paper' && (version.exempt || hasWithheldParts(version)))
    return 'Withheld: it holds exempt information';
  return link(
    `${versionHref(version.kind, version.id, version.version)}/original`,
    `Download the original of version ${version.version} (${version.format.toUpperCase()}, ${fileSize(version.size)})`,
  );
};

/** A SHA-256, broken anywhere so it never widens the page. */
export const hash = (hex: string): Html => html`<code class="app-break">${hex}</code>`;

/**
 * A GET form for the record as it was at the end of a day (UTC): the `asOf` parameter of the
 * record's own address, which takes a date as well as an instant.
 */
export const asOfForm = (kind: RecordKind, id: string, context: PageContext): Html => {
  const given = context.query.asOf?.slice(0, 10) ?? '';
  return html`
<form action="${recordPath(kind, id)}" method="get" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--s" for="as-of">See this ${kind} as it was on a date</label>
    <div class="govuk-hint" id="as-of-hint">The version the public saw at the end of that day (UTC). For example, 2024-05-09</div>
    <input class="govuk-input govuk-input--width-10" id="as-of" name="asOf" type="date" value="${given}" aria-describedby="as-of-hint">
  </div>
  <button type="submit" class="govuk-button govuk-button--secondary">Show it as it was</button>
</form>`;
};

/** The link from a version to what changed since the one before it; nothing for the first. */
export const compareWithPrevious = (version: StoredVersion): Interpolation =>
  version.version > 1 &&
  link(
    diffHref(version.kind, version.id, version.version - 1, version.version),
    `Compare version ${version.version} with version ${version.version - 1}`,
  );

/**
 * On a record shown as it was at a date (`asOf`), which version that was, and the way back to the
 * record as it stands.
 */
export const asOfNotice = (version: StoredVersion, context: PageContext): Interpolation => {
  const asOf = context.query.asOf;
  if (!asOf) return false;
  const when = /^\d{4}-\d{2}-\d{2}$/.test(asOf)
    ? `on ${longDate(asOf)}`
    : `at ${longDateTime(asOf)}`;
  return html`<div class="govuk-inset-text">This is the ${version.kind} as the public saw it ${when}: ${link(versionHref(version.kind, version.id, version.version), `version ${version.version}`)}, published ${longDateTime(version.publishedAt)}. ${link(recordPath(version.kind, version.id), `See the ${version.kind} as it stands`)}.</div>`;
};
