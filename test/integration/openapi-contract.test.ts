import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../functions/http/openapi/operations.ts';
import { publishDigest } from '../../functions/usecases/history/publish-digest.ts';
import { stylesheet } from '../../functions/web/assets/stylesheet.ts';
import { repoRoot } from '../../infra/local/paths.ts';
import { uploadSeeds } from '../../infra/local/seeds.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { dcatUsErrors, validateDcatAp } from '../support/catalog-validators.ts';
import { paperText } from '../support/history-stack.ts';

let harness: AnnouncedStack;
let stack: LocalStack;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as plain JSON.
let doc: any;

const upload = (key: string, body: string) => harness.upload(key, body);

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
  await uploadSeeds(stack.clients.s3, stack.names.uploadBucket, join(repoRoot, 'seeds'));
  await stack.queue.whenIdle();
  await upload('uploads/papers/corrected.txt', paperText('first'));
  await upload('uploads/papers/corrected.txt', paperText('second'));
  await upload(
    'uploads/papers/secret.txt',
    `${paperText('exempt')}\nNOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n`,
  );
  await upload(
    'uploads/papers/secret.txt',
    `${paperText('exempt, corrected')}\nNOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n`,
  );
  await upload(
    'uploads/datasets/wards.schema.json',
    JSON.stringify({
      fields: [
        { name: 'ward', type: 'string' },
        { name: 'count', type: 'integer' },
      ],
      primaryKey: ['ward'],
    }),
  );
  await upload('uploads/datasets/wards.csv', 'ward,count\nAylesbury,3\nWycombe,4\n');
  await upload('uploads/datasets/wards.csv', 'ward,count\nAylesbury,5\nChesham,1\n');
  await publishDigest(stack.root.digest);
  doc = await (await fetch(`${stack.apiUrl}/v1/openapi.json`)).json();
}, 120_000);

afterAll(() => harness.stop());

const validator = () => {
  const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ ...doc, $id: 'https://contract.test/openapi' });
  return (pointer: string) => {
    const validate =
      ajv.getSchema(`https://contract.test/openapi#${pointer}`) ??
      ajv.compile({ $ref: `https://contract.test/openapi#${pointer}` });
    return validate;
  };
};

const pointerSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.valid, String(JSON.stringify(result.errors)).slice(0, 1000)).toBe(true);
  });

  it('describes every route and nothing else', () => {
    const described = Object.keys(operations).map((name) => name.replace(/^POST /, ''));
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(described)].sort());
  });

  it('matches what every route really answers, and every problem', async () => {
    const schemaAt = validator();
    const meetings = (await (await fetch(`${stack.apiUrl}/v1/meetings?limit=1`)).json()) as {
      items: { meetingId: string }[];
    };
    const decisions = (await (await fetch(`${stack.apiUrl}/v1/decisions?limit=1`)).json()) as {
      items: { id: string; bodyId: string }[];
    };
    const values: Record<string, (path: string) => string> = {
      decisionId: () => decisions.items[0]?.id ?? '',
      id: (path) =>
        path.startsWith('/v1/bodies')
          ? (decisions.items[0]?.bodyId ?? '')
          : path.startsWith('/v1/papers/{id}/documents')
            ? 'childrens-and-education-select-committee-2022-01-20-agenda'
            : path.startsWith('/v1/meetings')
              ? (meetings.items[0]?.meetingId ?? '')
              : path.startsWith('/v1/datasets')
                ? 'wards'
                : path.startsWith('/v1/audit')
                  ? 'secret'
                  : 'corrected',
      version: () => '1',
      other: () => '2',
      format: () => 'csv',
      number: () => '1',
      name: () => 'paper-record',
      file: () => stylesheet.path.replace('/assets/', ''),
    };
    const auth = { authorization: `Bearer ${stack.auditToken}` };
    const officer = { authorization: `Bearer ${stack.officerToken}` };
    // Routes that need a query string to answer at all.
    const queries: Record<string, string> = { '/upload/outcome': '?key=uploads/papers/none.txt' };
    const checked: string[] = [];
    const gets = Object.keys(doc.paths).filter((path) => doc.paths[path].get);
    for (const path of gets) {
      const url =
        path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]?.(path) ?? name) +
        (queries[path] ?? '');
      const response = await fetch(`${stack.apiUrl}${url}`, {
        headers: path.startsWith('/v1/audit') ? auth : path.startsWith('/upload') ? officer : {},
        redirect: 'manual',
      });
      if (doc.paths[path].get.responses['302']) {
        // A redirect (the home page's /search): it keeps the query string.
        expect([url, response.status]).toEqual([url, 302]);
        expect(response.headers.get('location')).toMatch(/^\/v1\//);
        checked.push(path);
        continue;
      }
      if (path === '/signin') {
        // Signing in: the local stack has no hosted sign-in, so it leads to the token form.
        expect([url, response.status]).toEqual([url, 303]);
        const form = await fetch(`${stack.apiUrl}${response.headers.get('location')}`);
        expect([url, form.status]).toEqual([url, 200]);
        await form.body?.cancel();
        checked.push(path);
        continue;
      }
      if (path === '/auth/callback') {
        // Only a hosted sign-in comes back here: locally a 400 problem points to the token form.
        expect([url, response.status]).toEqual([url, 400]);
        expect(await response.text()).toContain('/officer/sign-in');
        checked.push(path);
        continue;
      }
      if (doc.paths[path].get.responses['303'] && !doc.paths[path].get.responses['200']) {
        // A download: a 303 to a signed link, which serves the file.
        expect([url, response.status]).toEqual([url, 303]);
        const file = await fetch(response.headers.get('location') ?? '');
        expect([url, file.status]).toEqual([url, 200]);
        await file.body?.cancel();
        checked.push(path);
        continue;
      }
      expect(response.status, url).toBe(200);
      const type = (response.headers.get('content-type') ?? '').split(';')[0] as string;
      const content = doc.paths[path].get.responses['200'].content;
      expect(Object.keys(content), `${url} answers ${type}`).toEqual(
        expect.arrayContaining([content[type] ? type : '*/*']),
      );
      if (type.endsWith('json')) {
        const validate = schemaAt(
          `/paths/${pointerSegment(path)}/get/responses/200/content/${pointerSegment(content[type] ? type : '*/*')}/schema`,
        );
        const body = await response.json();
        expect(validate?.(body), `${url}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`).toBe(
          true,
        );
      } else await response.body?.cancel();
      checked.push(path);
    }
    expect(checked).toHaveLength(gets.length);

    // The search answers with results too, not only the empty page a bare URL gets.
    const search = schemaAt(
      `/paths/${pointerSegment('/v1/search')}/get/responses/200/content/application~1json/schema`,
    );
    for (const query of [
      'q=committee',
      'q=council&type=decision',
      'q=wards&type=dataset',
      'q=second',
    ]) {
      const found = (await (await fetch(`${stack.apiUrl}/v1/search?${query}&limit=3`)).json()) as {
        items: unknown[];
      };
      expect(found.items.length, query).toBeGreaterThan(0);
      expect(search?.(found), `${query}: ${JSON.stringify(search?.errors?.slice(0, 3))}`).toBe(
        true,
      );
    }

    const problem = schemaAt('/components/schemas/Problem');
    for (const [url, status, init] of [
      ['/v1/papers/no-such-paper', 404, {}],
      ['/v1/papers?limit=0', 400, {}],
      ['/v1/papers', 406, { headers: { accept: 'text/csv' } }],
      ['/v1/papers?format=xml', 400, {}],
      ['/v1/papers', 405, { method: 'POST' }],
      ['/v1/audit/ingests', 401, {}],
    ] as const) {
      const response = await fetch(`${stack.apiUrl}${url}`, init);
      expect([url, response.status]).toEqual([url, status]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = await response.json();
      expect(problem?.(body), JSON.stringify(problem?.errors)).toBe(true);
    }
  });

  it('serves every published JSON Schema', async () => {
    const index = (await (await fetch(`${stack.apiUrl}/v1/schemas`)).json()) as {
      items: { name: string; href: string; title: string }[];
    };
    expect(index.items.map((item: { name: string }) => item.name)).toContain('paper-record');
    for (const item of index.items) {
      const response = await fetch(`${stack.apiUrl}${item.href}`);
      expect(response.status).toBe(200);
      const schema = (await response.json()) as { $id: string; title: string };
      expect([schema.$id, schema.title]).toEqual([expect.any(String), item.title]);
    }
    expect((await fetch(`${stack.apiUrl}/v1/schemas/nope`)).status).toBe(404);
  });

  it('filters lists by body, type, dates, update time and text, keeping them paged', async () => {
    const list = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await (
          await fetch(
            `${stack.apiUrl}/v1/papers?limit=2&${query}${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json()) as {
          items: { id: string; documentType: string; committee: string | null }[];
          next: string | null;
        };
        ids.push(...page.items.map((item) => item.id));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    const all = await list('');
    expect(all.length).toBeGreaterThan(4);
    expect(await list('q=corrected')).toEqual(['corrected']);
    expect(await list('type=minutes&body=planning-committee')).toEqual(['corrected', 'secret']);
    expect(await list('from=2024-03-03&to=2024-03-03')).toEqual(['corrected', 'secret']);
    expect(
      await list(`updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`),
    ).toEqual([]);
    expect((await fetch(`${stack.apiUrl}/v1/papers?type=memo`)).status).toBe(400);
    expect((await fetch(`${stack.apiUrl}/v1/datasets?body=cabinet`)).status).toBe(400);
  });

  it('serves catalogues that portals can harvest: DCAT-AP 3 (paged JSON-LD) and DCAT-US 1.1', async () => {
    const first = await fetch(`${stack.apiUrl}/v1/catalog?limit=1`);
    expect(first.headers.get('content-type')).toContain('application/ld+json');
    const page = (await first.json()) as Record<string, unknown>;
    const report = await validateDcatAp(page);
    expect(report.conforms, JSON.stringify(report.failures.slice(0, 3))).toBe(true);
    expect(JSON.stringify(page)).toContain(`${stack.apiUrl}/v1/datasets/`);
    const dataJson = await (await fetch(`${stack.apiUrl}/data.json`)).json();
    expect(dcatUsErrors(dataJson)).toEqual([]);
    const identifiers = (dataJson as { dataset: { identifier: string }[] }).dataset.map(
      (dataset) => dataset.identifier,
    );
    expect(identifiers).toContain(`${stack.apiUrl}/v1/datasets/wards`);
  });
});
