import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type RecordKind, recordKinds } from '../config/areas.ts';
import type { AuditAccess } from '../config/audit-access.ts';
import { InvalidRequestError } from '../domain/errors.ts';
import { sameSecret } from '../domain/secrets.ts';
import { maxBytesFor } from '../domain/upload-policy.ts';
import type { OfficerIdentity } from '../ports/officer-identity.ts';
import type { UploadFormSigner } from '../ports/upload-form-signer.ts';
import {
  recentUploads,
  type UploadOutcomeDeps,
  uploadOutcome,
} from '../usecases/ingest/upload-outcomes.ts';
import {
  type WithdrawPublishedDeps,
  withdrawPublished,
} from '../usecases/withdrawal/withdraw-published.ts';
import { signInPage } from '../web/pages/sign-in.ts';
import { type UploadDesk, uploadPage } from '../web/pages/upload.ts';
import { uploadOutcomePage } from '../web/pages/upload-outcome.ts';
import { type HostedSignIn, safeNext, signInRoutes, signOut } from './hosted-sign-in.ts';
import { jsonOrHtml } from './media-types.ts';
import { requireOfficer } from './officer-auth.ts';
import { pagePolicyRequest } from './page-security.ts';
import { auditIngestsQuery } from './query.ts';
import { htmlResult, pageContext, represent } from './representation.ts';
import { type HttpResult, seeOther } from './responses.ts';
import type { Route } from './route.ts';
import { checkCsrf, csrfToken, formFields, sessionCookie, siteOrigin } from './session.ts';

export interface OfficerDeps {
  readonly officers: OfficerIdentity;
  readonly uploadForms: UploadFormSigner;
  /** In AWS, the council's hosted sign-in (Cognito); `null` where officers paste a token. */
  readonly hostedSignIn: HostedSignIn | null;
  /** Withdrawing from the page: the stores a tombstone is committed to, and the search index. */
  readonly withdraw: WithdrawPublishedDeps;
  /** The site's public address, when it is not the one requests come to (a CDN). */
  readonly publicBaseUrl?: string | undefined;
}

export interface OfficerRouteDeps extends UploadOutcomeDeps {
  readonly officer: OfficerDeps;
  readonly audit: AuditAccess;
}

/** How long an upload form's policy holds: long enough to choose files, short enough to expire. */
export const uploadFormSeconds = 10 * 60;

const withCookies = (result: HttpResult, cookies: readonly (string | undefined)[]): HttpResult => {
  const set = cookies.filter((cookie): cookie is string => cookie !== undefined);
  return set.length > 0 ? { ...result, cookies: [...(result.cookies ?? []), ...set] } : result;
};

const privately = (result: HttpResult): HttpResult => ({
  ...result,
  headers: { ...result.headers, 'cache-control': 'private, no-store' },
});

const uploadDesk = async (
  deps: OfficerRouteDeps,
  officer: string,
  event: APIGatewayProxyEventV2,
): Promise<UploadDesk> => {
  const signedAt = new Date(Date.now() - 2_000).toISOString();
  const redirect = `${siteOrigin(event, deps.officer.publicBaseUrl)}/upload/outcome?from=${encodeURIComponent(signedAt)}`;
  const sign = (kind: RecordKind, withRedirect: boolean) =>
    deps.officer.uploadForms.sign({
      kind,
      uploader: officer,
      ...(withRedirect && { redirect }),
      maxBytes: maxBytesFor(kind),
      expiresInSeconds: uploadFormSeconds,
    });
  const [forms, recent] = await Promise.all([
    Promise.all(
      recordKinds.map(async (kind) => ({
        kind,
        plain: await sign(kind, true),
        script: await sign(kind, false),
      })),
    ),
    recentUploads(deps, officer),
  ]);
  return { officer, forms, recent, signedAt };
};

const signInForm = (
  event: APIGatewayProxyEventV2,
  deps: OfficerDeps,
  next: string,
  error?: string,
  status = 200,
) => {
  const csrf = csrfToken(event);
  const hostedSignIn = deps.hostedSignIn ? `/signin?${new URLSearchParams({ next })}` : undefined;
  const page = signInPage(
    { csrf: csrf.token, next, ...(error && { error }), ...(hostedSignIn && { hostedSignIn }) },
    pageContext(event),
  );
  return privately(withCookies(htmlResult(page, status), [csrf.cookie]));
};

/**
 * The officers' routes: signing in and out, the upload page (with its presigned forms), each
 * upload's outcome, and withdrawing a record. Pages are private to the person signed in.
 */
export const officerRoutes = (deps: () => OfficerRouteDeps): Route[] => [
  ...signInRoutes(() => deps().officer),
  {
    method: 'GET',
    path: '/officer/sign-in',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) =>
      signInForm(event, deps().officer, safeNext(event.queryStringParameters?.next)),
  },
  {
    method: 'POST',
    path: '/officer/sign-in',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => {
      const fields = formFields(event);
      checkCsrf(event, fields, deps().officer.publicBaseUrl);
      const token = fields.get('token')?.trim() ?? '';
      const next = safeNext(fields.get('next'));
      const audit = deps().audit;
      const officer = token ? await deps().officer.officers.identify(token) : undefined;
      const auditor = audit.mode === 'token' && token !== '' && sameSecret(token, audit.token);
      if (!officer && !auditor)
        return signInForm(
          event,
          deps().officer,
          next,
          'That token is not an officer’s or an auditor’s.',
          401,
        );
      const landing = officer ? next : next.startsWith('/v1/audit') ? next : '/v1/audit/ingests';
      return withCookies(seeOther(landing, { 'cache-control': 'private, no-store' }), [
        sessionCookie(event, token),
      ]);
    },
  },
  {
    method: 'POST',
    path: '/officer/sign-out',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => signOut(event, deps().officer),
  },
  {
    method: 'GET',
    path: '/upload',
    cache: 'private',
    produces: jsonOrHtml,
    handler: async (event) => {
      const officer = await requireOfficer(event, deps().officer.officers);
      if ('signIn' in officer) return officer.signIn;
      const desk = await uploadDesk(deps(), officer.name, event);
      const csrf = csrfToken(event);
      const withdrawn = event.queryStringParameters?.withdrawn;
      const result = await represent(
        event,
        {
          officer: desk.officer,
          forms: desk.forms.map((pair) => pair.script),
          recent: desk.recent,
        },
        (_data, context) =>
          uploadPage(desk, { csrf: csrf.token, ...(withdrawn && { withdrawn }) }, context),
      );
      const uploadOrigin = new URL(desk.forms[0]?.plain.url ?? siteOrigin(event)).origin;
      return privately(
        withCookies(
          {
            ...result,
            headers: {
              ...result.headers,
              ...pagePolicyRequest({
                scripts: true,
                uploadOrigin,
                // Signing out goes on to the hosted sign-in's logout.
                ...(deps().officer.hostedSignIn && {
                  signOutOrigin: deps().officer.hostedSignIn?.domain,
                }),
              }),
            },
          },
          [csrf.cookie],
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/upload/outcome',
    cache: 'private',
    produces: jsonOrHtml,
    handler: async (event) => {
      const officer = await requireOfficer(event, deps().officer.officers);
      if ('signIn' in officer) return officer.signIn;
      // The bucket adds these to the address it sends a browser back to; the key is enough.
      const { bucket: _bucket, etag: _etag, ...rest } = event.queryStringParameters ?? {};
      event.queryStringParameters = rest;
      const query = auditIngestsQuery(event);
      if (!query.key)
        throw new InvalidRequestError('Say which upload: ?key=uploads/…', [
          { where: 'query.key', message: 'required' },
        ]);
      return privately(
        await represent(
          event,
          await uploadOutcome(deps(), query.key, query.from),
          uploadOutcomePage,
        ),
      );
    },
  },
  {
    method: 'POST',
    path: '/upload/withdraw',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => {
      const fields = formFields(event);
      checkCsrf(event, fields, deps().officer.publicBaseUrl);
      const officer = await requireOfficer(event, deps().officer.officers);
      if ('signIn' in officer) return officer.signIn;
      const kind = fields.get('kind');
      const id = fields.get('id') ?? '';
      const reason = fields.get('reason')?.trim() ?? '';
      const problems = [
        ...(kind === 'paper' || kind === 'dataset'
          ? []
          : [{ where: 'form.kind', message: 'paper or dataset' }]),
        ...(id ? [] : [{ where: 'form.id', message: 'the record to withdraw' }]),
        ...(reason ? [] : [{ where: 'form.reason', message: 'say why, for the record' }]),
      ];
      if (problems.length > 0)
        throw new InvalidRequestError(
          'To withdraw a record, say which and why: go back and fill in the reason.',
          problems,
        );
      const result = await withdrawPublished(deps().officer.withdraw, kind as RecordKind, id, {
        reason,
        by: officer.name,
        at: new Date().toISOString(),
      });
      if (result.outcome === 'skipped' && result.code !== 'already-withdrawn')
        throw new InvalidRequestError(result.message);
      return seeOther(`/upload?${new URLSearchParams({ withdrawn: `${kind} ${id}` })}`, {
        'cache-control': 'private, no-store',
      });
    },
  },
];
