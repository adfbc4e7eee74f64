import { describe, expect, it } from 'vitest';
import { readDataPackage } from '../../../functions/domain/datasets/data-package.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const put = (deps: ReturnType<typeof memoryDeps>, key: string, text: string) =>
  deps.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });

const descriptor = {
  name: 'spend',
  title: 'Spend over £500',
  licenses: [
    {
      name: 'OGL-UK-3.0',
      path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    },
  ],
  contributors: [{ title: 'Anytown Council', role: 'publisher' }],
  resources: [
    {
      name: 'q1',
      path: 'data/q1.csv',
      schema: {
        fields: [
          { name: 'supplier', type: 'string', constraints: { required: true } },
          { name: 'amount', type: 'number', constraints: { minimum: 500 } },
        ],
      },
    },
    { name: 'q2', path: 'data/q2.csv', schema: 'spend.schema.json' },
    {
      name: 'wards',
      data: [
        { ward: 'Aylesbury', seats: 3 },
        { ward: 'Wycombe', seats: 4 },
      ],
    },
  ],
};

describe('readDataPackage', () => {
  const reject = (value: unknown) => {
    try {
      readDataPackage(
        new TextEncoder().encode(JSON.stringify(value)),
        'uploads/datasets/p/datapackage.json',
      );
    } catch (error) {
      expect(error).toBeInstanceOf(UploadRejectedError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('resolves resources and schemas inside the package folder and names each dataset', () => {
    const pkg = readDataPackage(
      new TextEncoder().encode(JSON.stringify(descriptor)),
      'uploads/datasets/spend/datapackage.json',
    );
    expect(
      pkg.resources.map((resource) => [resource.id, resource.key, resource.schemaKey]),
    ).toEqual([
      ['spend-q1', 'uploads/datasets/spend/data/q1.csv', undefined],
      [
        'spend-q2',
        'uploads/datasets/spend/data/q2.csv',
        'uploads/datasets/spend/spend.schema.json',
      ],
      ['spend-wards', undefined, undefined],
    ]);
    expect(pkg.resources[0]?.metadata).toEqual({
      title: 'Spend over £500: q1',
      licence: 'OGL-UK-3.0',
      publisher: 'Anytown Council',
    });
  });

  it('refuses paths that leave the folder, URLs, repeated names and descriptors of another shape', () => {
    expect(reject({ resources: [{ name: 'a', path: '../other/a.csv' }] })).toMatch(
      /outside the package's folder/,
    );
    expect(reject({ resources: [{ name: 'a', path: '/etc/passwd' }] })).toMatch(
      /outside the package's folder/,
    );
    expect(reject({ resources: [{ name: 'a', path: 'https://example.org/a.csv' }] })).toMatch(
      /is a URL/,
    );
    expect(
      reject({
        resources: [
          { name: 'a', path: 'a.csv' },
          { name: 'a', path: 'b.csv' },
        ],
      }),
    ).toMatch(/used twice/);
    expect(reject({ resources: [] })).toMatch(/resources: must NOT have fewer than 1 items/);
    expect(reject({ resources: [{ name: 'a' }] })).toMatch(/give either "path"/);
  });

  it('names a resource without a name from its path, or its position for inline data, with a warning', () => {
    // Prepare
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        name: 'spend',
        resources: [{ path: 'data/Spend Q1.csv' }, { data: [{ ward: 'Aylesbury' }] }],
      }),
    );

    // Act
    const pkg = readDataPackage(bytes, 'uploads/datasets/spend/datapackage.json');

    // Assess
    expect(pkg.resources.map((resource) => [resource.name, resource.id])).toEqual([
      ['spend-q1', 'spend-spend-q1'],
      ['resource-2', 'spend-resource-2'],
    ]);
    expect(pkg.warnings).toEqual([
      'uploads/datasets/spend/datapackage.json resources[0] has no "name": named "spend-q1" from its path "data/Spend Q1.csv"',
      'uploads/datasets/spend/datapackage.json resources[1] has no "name": named "resource-2" from its position',
    ]);
  });
});

describe('ingesting a data package', () => {
  it('publishes each resource present with the package metadata and schema, whatever the upload order', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/datasets/spend/data/q1.csv', 'supplier,amount\nAcme,1200\nBolt,20\n');
    // The file arrives before its package: it is a plain dataset until the package names it.
    await put(deps, 'uploads/datasets/spend/datapackage.json', JSON.stringify(descriptor));
    const pkg = await ingestUpload(deps, uploadEvent('uploads/datasets/spend/datapackage.json'));

    expect(pkg).toMatchObject({ outcome: 'accepted', reason: { code: 'data-package' } });
    expect(pkg.reason?.message).toMatch(
      /spend-q1: accepted \(version 1\); spend-q2: skipped; spend-wards: accepted/,
    );
    expect(await deps.versions.latest('dataset', 'spend-q1')).toMatchObject({
      title: 'Spend over £500: q1',
      licence: 'OGL-UK-3.0',
      publisher: 'Anytown Council',
      sourceKey: 'uploads/datasets/spend/data/q1.csv',
      outcome: 'accepted-with-errors',
      errorCount: 1,
    });
    expect(await deps.versions.latest('dataset', 'spend-wards')).toMatchObject({ rowCount: 2 });
    // Each resource is its own entry in the ingest log, beside the package's.
    expect(deps.log.entries.map((entry) => [entry.key, entry.outcome])).toEqual([
      ['uploads/datasets/spend/data/q1.csv', 'accepted'],
      ['uploads/datasets/spend/data/q2.csv', 'skipped'],
      ['uploads/datasets/spend/datapackage.json#wards', 'accepted'],
      ['uploads/datasets/spend/datapackage.json', 'accepted'],
    ]);

    // Then the second file and the schema it names arrive: the file is ingested as its resource.
    await put(
      deps,
      'uploads/datasets/spend/spend.schema.json',
      JSON.stringify({
        fields: [
          { name: 'supplier', type: 'string' },
          { name: 'amount', type: 'integer' },
        ],
      }),
    );
    const schema = await ingestUpload(
      deps,
      uploadEvent('uploads/datasets/spend/spend.schema.json'),
    );
    await put(deps, 'uploads/datasets/spend/data/q2.csv', 'supplier,amount\nCrane,700\n');
    const q2 = await ingestUpload(deps, uploadEvent('uploads/datasets/spend/data/q2.csv'));

    expect(schema).toMatchObject({ outcome: 'skipped', reason: { code: 'sidecar-schema' } });
    expect(q2).toMatchObject({ outcome: 'accepted', id: 'spend-q2', version: 1 });
    expect(await deps.versions.latest('dataset', 'spend-q2')).toMatchObject({
      fields: ['supplier', 'amount'],
      rowCount: 1,
      valid: true,
    });
    expect(await deps.versions.latest('dataset', 'q2')).toBeUndefined();
  });

  it('rejects a descriptor that is not a package, saying what is wrong, and one whose every resource fails', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/datasets/x/datapackage.json', '{"resources": "all of them"}');
    const bad = await ingestUpload(deps, uploadEvent('uploads/datasets/x/datapackage.json'));
    expect(bad).toMatchObject({
      outcome: 'rejected',
      reason: {
        code: 'invalid-dataset',
        message: expect.stringMatching(/resources: must be array/),
      },
    });

    await put(
      deps,
      'uploads/datasets/y/datapackage.json',
      JSON.stringify({ name: 'y', resources: [{ name: 'empty', path: 'empty.csv' }] }),
    );
    await put(deps, 'uploads/datasets/y/empty.csv', '');
    const failed = await ingestUpload(deps, uploadEvent('uploads/datasets/y/datapackage.json'));
    expect(failed).toMatchObject({
      outcome: 'rejected',
      reason: { message: expect.stringMatching(/y-empty: rejected/) },
    });
  });
});
