import escapeHtml from 'escape-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedExtensions,
  acceptedFormatNames,
} from '../../functions/domain/accepted-formats.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { browserAccept } from '../support/seeded-api.ts';

let harness: AnnouncedStack;
let stack: LocalStack;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
}, 120_000);

afterAll(() => harness.stop());

/** The cookies a response sets, as a browser would send them back. */
const cookiesFrom = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

/** Signs in through the form, as a browser does: the CSRF cookie and field, then the token. */
const signIn = async (token: string): Promise<string> => {
  const form = await fetch(`${stack.apiUrl}/officer/sign-in`, {
    headers: { accept: browserAccept },
  });
  const csrfCookie = cookiesFrom(form);
  const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const signedIn = await fetch(`${stack.apiUrl}/officer/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrf, token, next: '/upload' }),
  });
  return `${csrfCookie}; ${cookiesFrom(signedIn)}`;
};

interface UploadDeskJson {
  readonly forms: readonly {
    readonly kind: string;
    readonly url: string;
    readonly fields: Record<string, string>;
  }[];
}

const formFor = async (cookie: string, kind: string) => {
  const desk = (await (
    await fetch(`${stack.apiUrl}/upload`, { headers: { accept: 'application/json', cookie } })
  ).json()) as UploadDeskJson;
  const form = desk.forms.find((candidate) => candidate.kind === kind);
  if (!form) throw new Error(`no ${kind} form`);
  return form;
};

const post = (form: { url: string; fields: Record<string, string> }, file: File, extra = {}) => {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...extra }))
    body.append(name, value);
  body.append('file', file);
  return fetch(form.url, { method: 'POST', body });
};

describe('the officers’ upload page on the local stack', () => {
  it('sends a browser that is not signed in to the sign-in form', async () => {
    // Act
    const response = await fetch(`${stack.apiUrl}/upload`, {
      headers: { accept: browserAccept },
      redirect: 'manual',
    });

    // Assess
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/signin?next=%2Fupload');
  });

  it('refuses a sign-in form without its CSRF token', async () => {
    // Act
    const response = await fetch(`${stack.apiUrl}/officer/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: browserAccept },
      body: new URLSearchParams({ token: stack.officerToken }),
    });

    // Assess
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('council-session=');
  });

  it('serves a signed-in officer the page with a script, under a CSP that allows only the bucket', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);

    // Act
    const response = await fetch(`${stack.apiUrl}/upload`, {
      headers: { accept: browserAccept, cookie },
    });
    const page = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toContain(
      `form-action 'self' ${stack.uploadEndpoint}`,
    );
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page).toContain(`action="${stack.uploadEndpoint}/${stack.names.uploadBucket}"`);
    expect(page).toMatch(/<script src="\/assets\/upload-[0-9a-f]{16}\.js"><\/script>/);
  });

  it("names and offers each area's accepted formats from the upload policy's one list", async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);

    // Act
    const page = await (
      await fetch(`${stack.apiUrl}/upload`, { headers: { accept: browserAccept, cookie } })
    ).text();

    // Assess
    for (const kind of ['paper', 'dataset'] as const) {
      expect(page).toContain(`accept="${acceptedExtensions(kind).join(',')}"`);
      expect(page).toContain(escapeHtml(acceptedFormatNames(kind)));
    }
  });

  it('stores a paper posted with its form, and tells what was read from it', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    const form = await formFor(cookie, 'paper');
    const since = new Date(Date.now() - 5_000).toISOString();
    const paper = new File(
      ['Planning Committee\nMinutes\nDate: 9 May 2024\n\n1. Apologies\nNone.\n'],
      'planning 9 may.txt',
      { type: 'text/plain' },
    );

    // Act
    const posted = await post(form, paper, { 'x-amz-meta-title': 'Planning, 9 May' });
    await stack.queue.whenIdle();
    const outcome = (await (
      await fetch(
        `${stack.apiUrl}/upload/outcome?${new URLSearchParams({ key: 'uploads/papers/planning 9 may.txt', from: since })}`,
        { headers: { accept: 'application/json', cookie } },
      )
    ).json()) as { state: string; id: string; read: { meetingDate: string } };

    // Assess
    expect(posted.status).toBe(201);
    expect(outcome.state).toBe('accepted');
    expect(outcome.id).toBe('planning-9-may');
    expect(outcome.read.meetingDate).toBe('2024-05-09');
  });

  it('publishes a paper posted with a source and licence with them on its record', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    const form = await formFor(cookie, 'paper');
    const paper = new File(
      ['Licensing Committee\nMinutes\nDate: 16 May 2024\n\n1. Apologies\nNone.\n'],
      'licensing 16 may.txt',
      { type: 'text/plain' },
    );

    // Act
    const posted = await post(form, paper, {
      'x-amz-meta-source': 'https://democracy.anytown.gov.uk/mgAi.aspx?ID=16',
      'x-amz-meta-licence': 'Open Government Licence v3.0',
    });
    await stack.queue.whenIdle();
    const record = (await (
      await fetch(`${stack.apiUrl}/v1/papers/licensing-16-may`)
    ).json()) as Record<string, unknown>;

    // Assess
    expect(posted.status).toBe(201);
    expect(record.source).toBe('https://democracy.anytown.gov.uk/mgAi.aspx?ID=16');
    expect(record.licence).toBe('Open Government Licence v3.0');
  });

  it('records the signed-in officer as who uploaded, in the ingest log and the page’s own list', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    const form = await formFor(cookie, 'paper');
    await harness.upload(
      'uploads/papers/someone-else.txt',
      'Cabinet\nMinutes\nDate: 2 May 2024\n',
      { 'uploaded-by': 'a.colleague' },
    );

    // Act
    await post(form, new File(['Cabinet\nMinutes\nDate: 3 May 2024\n'], 'mine.txt'));
    await stack.queue.whenIdle();
    const log = (await (
      await fetch(`${stack.apiUrl}/v1/audit/ingests?key=uploads/papers/mine.txt`, {
        headers: { accept: 'application/json', authorization: `Bearer ${stack.auditToken}` },
      })
    ).json()) as { items: { uploadedBy: string }[] };
    const desk = (await (
      await fetch(`${stack.apiUrl}/upload`, { headers: { accept: 'application/json', cookie } })
    ).json()) as { recent: { key: string; uploadedBy: string }[] };

    // Assess
    expect(form.fields['x-amz-meta-uploaded-by']).toBe('local-officer');
    expect(log.items[0]?.uploadedBy).toBe('local-officer');
    expect(desk.recent.map((entry) => entry.key)).toContain('uploads/papers/mine.txt');
    expect(desk.recent.map((entry) => entry.key)).not.toContain('uploads/papers/someone-else.txt');
    expect(desk.recent.every((entry) => entry.uploadedBy === 'local-officer')).toBe(true);
  });

  it('refuses an upload that names someone else as its uploader, as S3 would', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    const form = await formFor(cookie, 'paper');

    // Act
    const posted = await post(form, new File(['x'], 'forged.txt'), {
      'x-amz-meta-uploaded-by': 'someone-else',
    });

    // Assess
    expect(posted.status).toBe(403);
    expect(await posted.text()).toContain('Policy Condition failed');
  });

  it('refuses a key outside the form’s upload area, as S3 would, and stores nothing', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    const form = await formFor(cookie, 'paper');

    // Act
    const posted = await post(form, new File(['x'], 'x.txt'), {
      key: 'search/v1/shard-000.json.gz',
    });

    // Assess
    expect(posted.status).toBe(403);
    expect(await posted.text()).toContain(
      'Policy Condition failed: ["starts-with", "$key", "uploads/papers/"]',
    );
  });

  it('withdraws a record from the page’s form, with the officer as who and the reason given', async () => {
    // Prepare
    const cookie = await signIn(stack.officerToken);
    await harness.upload('uploads/papers/to-withdraw.txt', 'Cabinet\nMinutes\nDate: 1 May 2024\n');
    const csrf =
      /name="csrf" value="([^"]+)"/.exec(
        await (
          await fetch(`${stack.apiUrl}/upload`, { headers: { accept: browserAccept, cookie } })
        ).text(),
      )?.[1] ?? '';

    // Act
    const response = await fetch(`${stack.apiUrl}/upload/withdraw`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({
        csrf,
        kind: 'paper',
        id: 'to-withdraw',
        reason: 'Published in error',
      }),
    });
    const paper = (await (await fetch(`${stack.apiUrl}/v1/papers/to-withdraw`)).json()) as {
      status: string;
      withdrawal: { reason: string; by: string };
    };

    // Assess
    expect(response.status).toBe(303);
    expect(paper.status).toBe('withdrawn');
    expect(paper.withdrawal).toMatchObject({ reason: 'Published in error', by: 'local-officer' });
    const log = (await (
      await fetch(
        `${stack.apiUrl}/v1/audit/ingests?outcome=withdrawn&key=uploads/papers/to-withdraw.txt`,
        {
          headers: { accept: 'application/json', authorization: `Bearer ${stack.auditToken}` },
        },
      )
    ).json()) as { items: unknown[] };
    expect(log.items).toEqual([
      expect.objectContaining({
        id: 'to-withdraw',
        uploadedBy: 'local-officer',
        reason: { code: 'withdrawal', message: 'Published in error' },
      }),
    ]);
  });

  it('shows an auditor the ingest log as a page once signed in with the audit token', async () => {
    // Prepare
    const cookie = await signIn(stack.auditToken);

    // Act
    const response = await fetch(`${stack.apiUrl}/v1/audit/ingests?outcome=accepted`, {
      headers: { accept: browserAccept, cookie },
    });

    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      '<h1 class="govuk-heading-xl"><span class="govuk-caption-l">Audit</span>Ingest log</h1>',
    );
  });
});
