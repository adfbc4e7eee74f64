import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { archivePrefixes, digestPrefix, uploadAreas } from '../../functions/config/areas.ts';
import { searchIndexPrefix } from '../../functions/config/search.ts';
import { flatten, resourcesOf, synthesize } from './synth.ts';

let service: Template;

beforeAll(() => {
  ({ service } = synthesize());
});

type Fn = 'Ingest' | 'Api' | 'Audit' | 'Digest';

/** Every (action, resource) a function's role is allowed, resources made readable. */
const grantsOf = (fn: Fn): { action: string; resource: string }[] => {
  const [, lambda] =
    resourcesOf(service, 'AWS::Lambda::Function').find(([id]) =>
      new RegExp(`^${fn}[0-9A-F]{8}$`).test(id),
    ) ?? [];
  const role = flatten(lambda?.Properties.Role).replace(/^<|\.Arn>$/g, '');
  const policies = resourcesOf(service, 'AWS::IAM::Policy').filter(([, policy]) =>
    (policy.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
  );
  expect(policies.length, fn).toBeGreaterThan(0);
  return policies.flatMap(([, policy]) =>
    (
      policy.Properties.PolicyDocument as {
        Statement: { Effect: string; Action: string | string[]; Resource: unknown }[];
      }
    ).Statement.flatMap((statement) => {
      expect(statement.Effect).toBe('Allow');
      const actions = [statement.Action].flat();
      const resources = [statement.Resource].flat().map(flatten);
      return actions.flatMap((action) => resources.map((resource) => ({ action, resource })));
    }),
  );
};

/** Names a resource by role: `table:Records`, `index:Records/byKind`, `archive:texts/sha256/*`. */
const named = (resource: string): string => {
  const table = /<import:[^>]*?(Records|Meetings|Rows|Ingests)[0-9A-F]{8}/.exec(resource)?.[1];
  if (table) {
    const index = /\/index\/(\w+)$/.exec(resource)?.[1];
    return index ? `index:${table}/${index}` : `table:${table}`;
  }
  const bucket =
    /^arn:<AWS::Partition>:s3:::council-papers-test-(\w+)-<AWS::AccountId>-<AWS::Region>(\/.*)?$/.exec(
      resource,
    );
  if (bucket) return bucket[2] ? `${bucket[1]}:${bucket[2].slice(1)}` : `bucket:${bucket[1]}`;
  if (resource === '*') return '*';
  if (/IngestQueue/.test(resource)) return 'queue:ingest';
  if (/^<\w+Logs[0-9A-F]{8}\.Arn>$/.test(resource)) return 'own-log-group';
  return resource;
};

const dataGrants = (fn: Fn) =>
  grantsOf(fn)
    .filter(({ action }) => /^(s3|dynamodb):/.test(action))
    .map(({ action, resource }) => `${action} ${named(resource)}`)
    .sort();

const archiveObjects = (prefixes: readonly string[], actions: string[]) =>
  prefixes.flatMap((prefix) => actions.map((action) => `${action} archive:${prefix}*`));

describe('ingest', () => {
  it('reads the two upload areas (each upload at its version), adds to the archive, and appends to the tables: nothing more', () => {
    expect(dataGrants('Ingest')).toEqual(
      [
        ...Object.values(uploadAreas).flatMap((prefix) => [
          `s3:GetObject uploads:${prefix}*`,
          `s3:GetObjectVersion uploads:${prefix}*`,
        ]),
        ...archiveObjects(Object.values(archivePrefixes), [
          's3:GetObject',
          's3:PutObject',
          's3:AbortMultipartUpload',
        ]),
        's3:ListBucket bucket:archive',
        's3:ListBucket bucket:uploads',
        `s3:DeleteObject uploads:${searchIndexPrefix}*`,
        `s3:GetObject uploads:${searchIndexPrefix}*`,
        `s3:PutObject uploads:${searchIndexPrefix}*`,
        ...['Records', 'Meetings'].flatMap((table) =>
          ['GetItem', 'Query', 'PutItem'].map((action) => `dynamodb:${action} table:${table}`),
        ),
        'dynamodb:BatchWriteItem table:Rows',
        'dynamodb:PutItem table:Ingests',
      ].sort(),
    );
  });

  it('receives and deletes messages on its queue only', () => {
    const sqs = grantsOf('Ingest').filter(({ action }) => action.startsWith('sqs:'));
    expect(sqs.map(({ resource }) => named(resource))).toEqual(sqs.map(() => 'queue:ingest'));
    expect(sqs.map(({ action }) => action)).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']),
    );
  });
});

describe('digest', () => {
  it('reads chain heads and its index, and adds digests under their one prefix: nothing more', () => {
    expect(dataGrants('Digest')).toEqual(
      [
        ...['GetItem', 'Query', 'PutItem'].map((action) => `dynamodb:${action} table:Records`),
        'dynamodb:Query index:Records/byKind',
        ...archiveObjects([digestPrefix], ['s3:GetObject', 's3:PutObject']),
        's3:ListBucket bucket:archive',
      ].sort(),
    );
  });
});

describe('public API', () => {
  it("only reads published records, meetings, rows and served archive objects, and writes only older versions' downloads", () => {
    expect(dataGrants('Api')).toEqual(
      [
        'dynamodb:GetItem table:Records',
        'dynamodb:Query table:Records',
        'dynamodb:GetItem table:Meetings',
        'dynamodb:Query index:Records/byKind',
        'dynamodb:Query table:Meetings',
        'dynamodb:Query index:Meetings/byBody',
        'dynamodb:Query index:Meetings/byDate',
        'dynamodb:Query table:Rows',
        ...archiveObjects(
          [
            digestPrefix,
            archivePrefixes.originals,
            archivePrefixes.texts,
            archivePrefixes.extractions,
            archivePrefixes.schemas,
            archivePrefixes.datasetReports,
            archivePrefixes.distributions,
          ],
          ['s3:GetObject'],
        ),
        ...archiveObjects(
          [archivePrefixes.distributions],
          ['s3:PutObject', 's3:AbortMultipartUpload'],
        ),
        's3:ListBucket bucket:archive',
        `s3:GetObject uploads:${searchIndexPrefix}*`,
        's3:ListBucket bucket:uploads',
      ].sort(),
    );
  });

  it('lists the upload bucket only under the search index prefix', () => {
    const policies = JSON.stringify(service.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(
      JSON.stringify({ StringLike: { 's3:prefix': [`${searchIndexPrefix}*`] } }),
    );
  });
});

describe('audit', () => {
  it('reads what the API reads, and the ingest log', () => {
    const reads = dataGrants('Api').filter((grant) => !/PutObject|AbortMultipart/.test(grant));
    expect(dataGrants('Audit')).toEqual([...reads, 'dynamodb:Query table:Ingests'].sort());
  });
});

describe('every function', () => {
  const functions: Fn[] = ['Ingest', 'Api', 'Audit', 'Digest'];

  it('is the only reader of the ingest log when it is the audit function', () => {
    for (const fn of functions) {
      const reads = grantsOf(fn).filter(
        ({ action, resource }) =>
          named(resource) === 'table:Ingests' && action !== 'dynamodb:PutItem',
      );
      expect(reads.length > 0, fn).toBe(fn === 'Audit');
    }
  });

  it('can delete, overwrite in place or administer nothing (but the search index, derived data)', () => {
    for (const fn of functions) {
      for (const { action, resource } of grantsOf(fn)) {
        // A fold deletes the index parts its new base supersedes (versions kept a day, as the
        // shards' overwrites were): only under the index's prefix, only by its writers.
        if (action === 's3:DeleteObject' && named(resource) === `uploads:${searchIndexPrefix}*`) {
          expect(fn).toBe('Ingest');
          continue;
        }
        expect(action, fn).not.toMatch(
          /Delete(Object|Item|Table|Bucket)|UpdateItem|PutObjectRetention|BypassGovernance|PutBucket|Lifecycle|\*/,
        );
      }
    }
  });

  it('writes logs only to its own log group, and uses "*" only for X-Ray', () => {
    for (const fn of functions) {
      const grants = grantsOf(fn);
      expect(
        grants
          .filter(({ action }) => action.startsWith('logs:'))
          .map(({ resource }) => named(resource)),
        fn,
      ).toEqual(['own-log-group', 'own-log-group']);
      expect(
        grants
          .filter(({ resource }) => resource === '*')
          .map(({ action }) => action)
          .sort(),
        fn,
      ).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });

  it('has every object wildcard confined to one fixed prefix', () => {
    for (const fn of functions) {
      for (const { resource } of grantsOf(fn).filter(({ action }) => action.startsWith('s3:'))) {
        const readable = named(resource);
        if (readable.startsWith('bucket:')) continue;
        expect(readable, fn).toMatch(
          /^(uploads:uploads\/(papers|datasets)\/|uploads:search\/v1\/|archive:\w+\/sha256\/)\*$/,
        );
      }
    }
  });
});
