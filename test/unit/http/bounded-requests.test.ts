import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { maxRowsScannedPerRead } from '../../../functions/config/limits.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { datasetRows } from '../../../functions/usecases/datasets/dataset-queries.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { httpGet } from '../../support/events.ts';
import { memoryApiDeps, memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

/** A dataset whose only `rare` row comes after more rows than one request may read. */
const rareMatch = async () => {
  const deps = memoryDeps();
  const count = maxRowsScannedPerRead + 500;
  const lines = Array.from(
    { length: count },
    (_, index) => `${index + 1},${index === count - 1 ? 'rare' : 'common'}`,
  );
  await deps.uploads.put(
    'uploads/datasets/wards.csv',
    new TextEncoder().encode(`id,kind\n${lines.join('\n')}\n`),
    { contentType: 'text/csv' },
  );
  await ingestUpload(deps, uploadEvent('uploads/datasets/wards.csv'));
  return { deps, count };
};

const rare = { filters: [{ field: 'kind', op: 'eq' as const, raw: 'rare' }], limit: 20 };

describe('a filtered rows query', () => {
  it('reads at most its budget of rows and returns a cursor where it stopped, even with no match', async () => {
    // Prepare
    const { deps } = await rareMatch();

    // Act
    const { page } = await datasetRows(deps, 'wards', rare);

    // Assess
    expect(page.items).toEqual([]);
    expect(page.next).not.toBeNull();
  });

  it('finds the rare row by following the cursor', async () => {
    // Prepare
    const { deps, count } = await rareMatch();
    const first = await datasetRows(deps, 'wards', rare);

    // Act
    const { page } = await datasetRows(deps, 'wards', {
      ...rare,
      cursor: first.page.next ?? undefined,
    });

    // Assess
    expect(page.items.map((row) => row.values)).toEqual([{ id: count, kind: 'rare' }]);
    expect(page.next).toBeNull();
  });
});

describe('a request past its time budget', () => {
  it('is answered 503 with Retry-After, as a problem', async () => {
    // Prepare
    const deps = memoryApiDeps();
    deps.versions.listLatest = () => new Promise(() => {});
    const handler = createApiHandler(
      () => ({ api: deps, logger: silentLogger, invocation: {} }),
      20,
    );

    // Act
    const result = await handler(httpGet('/v1/papers'), lambdaContext('api'));

    // Assess
    expect(result.statusCode).toBe(503);
    expect(result.headers['retry-after']).toBe('5');
    expect(JSON.parse(result.body ?? '{}')).toMatchObject({
      type: '/problems/unavailable',
      status: 503,
    });
  });

  it('leaves a request within its budget alone', async () => {
    // Prepare
    const handler = createApiHandler(
      () => ({ api: memoryApiDeps(), logger: silentLogger, invocation: {} }),
      5_000,
    );

    // Act
    const result = await handler(httpGet('/v1/papers'), lambdaContext('api'));

    // Assess
    expect(result.statusCode).toBe(200);
  });
});
