/**
 * `tsx bench/costs.ts` (section `costs`): what the system costs a council a month on AWS, computed
 * from what this run measures on the local stack and from AWS's public prices (below, each with its
 * source and the date it was stated). It ingests real corpus papers and a dataset through the local
 * stack (S3 notification → queue → ingest handler → DynamoDB and S3), then counts:
 * - DynamoDB items and bytes per paper and per 1,000 rows (item size as DynamoDB bills it: names
 *   and values), the write and read requests the stack sent, and the items that also go to an index;
 * - S3 objects and bytes by bucket, and the requests sent;
 * - log lines and bytes the functions write per ingest and per API read.
 * The council (2,000 papers, 50 datasets a year, 1M API reads a month, 80% served by CloudFront)
 * and its growth (10× papers, 100× reads) are priced from those counts; docs/costs.md explains them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  ingestsTable,
  meetingsTable,
  recordsTable,
  rowsTable,
  type TableDefinition,
} from '../functions/config/tables.ts';
import type { Logger } from '../functions/ports/logger.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { startLocalStack } from '../infra/local/stack.ts';
import { figure, median, record } from './results.ts';

// ---------------------------------------------------------------------------------------------
// What is ingested: real papers of each format (no scans: OCR is priced apart) and one dataset.
const papersDir = join(repoRoot, 'test', 'fixtures', 'corpus', 'papers');
const papers = [
  '01_uk-kingston-neighbourhood-cttee-agenda-2026-01-15.html',
  '06_uk-souldern-pc-minutes-2025-10-30.pdf',
  '09_uk-suffolk-libraries-board-minutes-2016-07-28.pdf',
  '11_wales-tintern-cc-minutes-2019-07-29.pdf',
  '12_wales-wye-valley-cc-minutes-2024-10-28.txt',
  '15_scotland-govan-cc-minutes-2025-06-02.md',
  '21_us-ladwp-board-of-commissioners-agenda-2022-01-11.pdf',
  '26_us-san-diego-planning-commission-agenda-2022-09-29.pdf',
  '28_canada-winnipeg-council-disposition-2015-03-25.docx',
  '35_uk-wretton-pc-minutes-2009-07-14.md',
  '37_uk-stoke-ferry-pc-minutes-2019-09-04.md',
  '45_us-littleton-nh-board-of-selectmen-minutes-2020-05-11.md',
];
const dataset = join(
  repoRoot,
  'test',
  'fixtures',
  'spreadsheets',
  '06_uk-lancashire-fire-spend-2025-26-q2.xlsx',
);

// ---------------------------------------------------------------------------------------------
// Counting: every log line (as the Powertools logger would print it), every SDK command.
let logLines = 0;
let logBytes = 0;
const counting =
  (level: string): Logger[keyof Logger] =>
  (message, fields) => {
    logLines++;
    logBytes += Buffer.byteLength(
      JSON.stringify({ level, message, timestamp: new Date().toISOString(), ...fields }),
    );
  };
const logger: Logger = {
  info: counting('INFO'),
  warn: counting('WARN'),
  error: counting('ERROR'),
};

const stack = await startLocalStack({ port: 0, logger, retryDelayMs: () => 10 });
const commands = new Map<string, number>();
const writeItems = { count: 0 };
/** Counts a command, and the items it writes to DynamoDB. */
const countCommand = (name: string, input: unknown) => {
  commands.set(name, (commands.get(name) ?? 0) + 1);
  const { RequestItems } = input as { RequestItems?: Record<string, unknown[]> };
  if (name === 'BatchWriteItemCommand')
    writeItems.count += Object.values(RequestItems ?? {}).reduce(
      (sum, requests) => sum + requests.length,
      0,
    );
  if (['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand'].includes(name))
    writeItems.count++;
};
stack.clients.dynamo.middlewareStack.add(
  (next, context) => (args) => {
    countCommand(context.commandName ?? 'unknown', args.input);
    return next(args);
  },
  { step: 'initialize', name: 'costCounter' },
);
stack.clients.s3.middlewareStack.add(
  (next, context) => (args) => {
    countCommand(context.commandName ?? 'unknown', args.input);
    return next(args);
  },
  { step: 'initialize', name: 'costCounter' },
);
const snapshot = () => ({
  commands: new Map(commands),
  writeItems: writeItems.count,
  logLines,
  logBytes,
});
const since = (before: ReturnType<typeof snapshot>) => {
  const delta: Record<string, number> = {};
  for (const [name, count] of commands) {
    const difference = count - (before.commands.get(name) ?? 0);
    if (difference) delta[name] = difference;
  }
  return {
    commands: delta,
    writeItems: writeItems.count - before.writeItems,
    logLines: logLines - before.logLines,
    logBytes: logBytes - before.logBytes,
  };
};

/** An item's size as DynamoDB counts it: attribute names plus values (numbers about 1 byte a 2 digits). */
const itemBytes = (value: unknown): number => {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint')
    return Math.ceil(String(value).replace(/^-|\./g, '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) return [...value].reduce((sum, entry) => sum + itemBytes(entry), 0);
  if (Array.isArray(value))
    return 3 + value.reduce((sum: number, entry) => sum + 1 + itemBytes(entry), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (sum, [name, entry]) => sum + Buffer.byteLength(name) + 1 + itemBytes(entry),
      0,
    )
  );
};

interface TableCount {
  items: number;
  bytes: number;
  /** Write units to put every item once: ⌈size / 1 KB⌉ each, plus one per index it is in. */
  writeUnits: number;
  indexed: number;
  /** Items by the shape of their keys (the part of pk and sk before a '#' or digit). */
  kinds: Record<string, number>;
}

const countTable = async (definition: TableDefinition, name: string): Promise<TableCount> => {
  const count: TableCount = { items: 0, bytes: 0, writeUnits: 0, indexed: 0, kinds: {} };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await stack.clients.dynamo.send(
      new ScanCommand({ TableName: name, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) {
      // The item's top level is a map, but DynamoDB bills no map overhead for it.
      const bytes = itemBytes(item) - 3;
      const indexes = definition.indexes.filter((index) => index.partitionKey in item).length;
      const shape = (key: unknown) => String(key).split(/[#\d]/, 1)[0] || '…';
      const kind = `${shape(item.pk)} / ${shape(item.sk)}`;
      count.kinds[kind] = (count.kinds[kind] ?? 0) + 1;
      count.items++;
      count.bytes += bytes;
      count.indexed += indexes;
      count.writeUnits += Math.ceil(bytes / 1024) * (1 + indexes);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
};

const tables = {
  records: [recordsTable, stack.names.recordsTable],
  meetings: [meetingsTable, stack.names.meetingsTable],
  rows: [rowsTable, stack.names.rowsTable],
  ingests: [ingestsTable, stack.names.ingestsTable],
} as const;
const countTables = async () =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(tables).map(
        async ([key, [definition, name]]) => [key, await countTable(definition, name)] as const,
      ),
    ),
  ) as Record<keyof typeof tables, TableCount>;

const countBucket = async (bucket: string) => {
  let objects = 0;
  let bytes = 0;
  let token: string | undefined;
  do {
    const page = await stack.clients.s3.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      objects++;
      bytes += object.Size ?? 0;
    }
    token = page.NextContinuationToken;
  } while (token);
  return { objects, bytes };
};

const upload = async (key: string, body: Uint8Array) => {
  await stack.clients.s3.send(
    new PutObjectCommand({ Bucket: stack.names.uploadBucket, Key: key, Body: body }),
  );
  await stack.queue.whenIdle();
};

const measure = async () => {
  const empty = await countTables();
  const beforePapers = snapshot();
  let paperBytes = 0;
  const ingestMs: number[] = [];
  for (const name of papers) {
    const bytes = readFileSync(join(papersDir, name));
    paperBytes += bytes.length;
    const start = performance.now();
    await upload(`uploads/papers/${name}`, bytes);
    ingestMs.push(performance.now() - start);
  }
  const paperTraffic = since(beforePapers);
  const afterPapers = await countTables();
  const kinds = Object.fromEntries(
    Object.entries(afterPapers).map(([key, count]) => [key, count.kinds]),
  );
  const buckets = {
    uploads: await countBucket(stack.names.uploadBucket),
    archive: await countBucket(stack.names.archiveBucket),
  };

  const beforeDataset = snapshot();
  const datasetStart = performance.now();
  await upload('uploads/datasets/lancashire-fire-spend.xlsx', readFileSync(dataset));
  const datasetMs = performance.now() - datasetStart;
  const datasetTraffic = since(beforeDataset);
  const afterDataset = await countTables();

  // API reads: the routes a visitor follows (lists, every paper, the dataset's rows, a search),
  // three passes; the first warms the function up, as Lambda's warm instances are.
  const json = async (path: string) =>
    (await (await fetch(`${stack.apiUrl}${path}`)).json()) as { items?: { id: string }[] };
  const datasetIds = ((await json('/v1/datasets')).items ?? []).map((item) => item.id);
  const paperIds = ((await json('/v1/papers')).items ?? []).map((item) => item.id);
  const paths = [
    '/v1/papers',
    '/v1/meetings',
    '/v1/datasets',
    '/v1/search?q=minutes',
    ...paperIds.map((id) => `/v1/papers/${encodeURIComponent(id)}`),
    ...datasetIds.map((id) => `/v1/datasets/${encodeURIComponent(id)}/rows`),
  ];
  const statuses = new Map<number, number>();
  const readMs: number[] = [];
  const readPass = async () => {
    for (const path of paths) {
      const start = performance.now();
      const response = await fetch(`${stack.apiUrl}${path}`);
      await response.arrayBuffer();
      readMs.push(performance.now() - start);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await readPass();
  readMs.length = 0;
  const beforeReads = snapshot();
  await readPass();
  await readPass();
  const reads = paths.length * 2;
  const readTraffic = since(beforeReads);

  const rowItems = afterDataset.rows.items - afterPapers.rows.items;
  return {
    papers: papers.length,
    paperBytes,
    paperTables: Object.fromEntries(
      Object.entries(afterPapers).map(([key, count]) => [
        key,
        {
          items: count.items - empty[key as keyof typeof tables].items,
          bytes: count.bytes - empty[key as keyof typeof tables].bytes,
          writeUnits: count.writeUnits - empty[key as keyof typeof tables].writeUnits,
        },
      ]),
    ),
    paperTraffic,
    kinds,
    buckets,
    rows: rowItems,
    rowBytes: afterDataset.rows.bytes - afterPapers.rows.bytes,
    rowWriteUnits: afterDataset.rows.writeUnits - afterPapers.rows.writeUnits,
    datasetTraffic,
    datasetOtherItems:
      afterDataset.records.items +
      afterDataset.meetings.items +
      afterDataset.ingests.items -
      (afterPapers.records.items + afterPapers.meetings.items + afterPapers.ingests.items),
    reads,
    readTraffic,
    ingestMs,
    datasetMs,
    readMs,
    statuses: Object.fromEntries(statuses),
  };
};
const measured = await (async () => {
  try {
    return await measure();
  } finally {
    await stack.stop();
  }
})();

// ---------------------------------------------------------------------------------------------
// Prices: us-east-1 (N. Virginia), USD, as public pages stated them; eu-west-2 (London) is
// usually 5-15% dearer. `verified` says whether a page found for this run states the figure.
interface Price {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly stated: string;
  readonly verified: boolean;
}
const price = (
  value: number,
  unit: string,
  source: string,
  stated: string,
  verified = true,
): Price => ({ value, unit, source, stated, verified });

export const prices = {
  lambdaRequest: price(
    0.2 / 1e6,
    'request',
    'docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html',
    'undated whitepaper; same on cloudchipr.com (2024)',
  ),
  lambdaArmGbSecond: price(
    0.0000133334,
    'GB-second (Arm)',
    'cloudchipr.com/blog/aws-lambda-pricing',
    '2024',
  ),
  lambdaFreeRequests: price(1e6, 'requests a month free', 'AWS whitepaper (Lambda)', 'undated'),
  lambdaFreeGbSeconds: price(400_000, 'GB-s a month free', 'AWS whitepaper (Lambda)', 'undated'),
  dynamoWrite: price(
    0.625 / 1e6,
    'write request unit (on demand)',
    'airbyte.com/data-engineering-resources/dynamodb-pricing',
    'undated, after the Nov 2024 on-demand price cut',
  ),
  dynamoRead: price(
    0.125 / 1e6,
    'read request unit (on demand)',
    'airbyte.com/data-engineering-resources/dynamodb-pricing',
    'undated, after the Nov 2024 on-demand price cut',
  ),
  dynamoStorage: price(
    0.25,
    'GB-month (first 25 GB free)',
    'aws.amazon.com/dynamodb/pricing/',
    'undated page',
  ),
  dynamoPitr: price(0.2, 'GB-month of table data', 'not found by this run', 'unverified', false),
  s3Storage: price(0.023, 'GB-month (Standard)', 'not found by this run', 'unverified', false),
  s3Put: price(0.005 / 1000, 'PUT/COPY/POST/LIST', 'not found by this run', 'unverified', false),
  s3Get: price(0.0004 / 1000, 'GET/HEAD', 'not found by this run', 'unverified', false),
  sqsRequest: price(
    0.4 / 1e6,
    'request (first 1M a month free)',
    'not found by this run',
    'unverified',
    false,
  ),
  httpApiRequest: price(1 / 1e6, 'HTTP API request', 'not found by this run', 'unverified', false),
  cloudfrontHttps: price(
    0.01 / 10_000,
    'HTTPS request (NA/EU; 10M a month free)',
    'wring.co/blog/aws-cloudfront-pricing-guide',
    '2026-03-08',
  ),
  cloudfrontTransfer: price(
    0.085,
    'GB out (NA/EU; 1 TB a month free)',
    'aws.amazon.com/cloudfront/pricing (always-free tier); wring.co',
    '2026-03-08',
  ),
  cloudfrontFunction: price(
    0.1 / 1e6,
    'CloudFront Function invocation (2M a month free)',
    'aws.amazon.com/cloudfront/pricing lists the free 2M; the price is',
    'unverified',
    false,
  ),
  logsIngest: price(
    0.5,
    'GB of logs ingested (5 GB a month free)',
    'cloudburn.io/blog/amazon-cloudwatch-pricing (as of Feb 2026); aws.amazon.com/cloudwatch/pricing (free tier)',
    '2026-02',
  ),
  logsStorage: price(
    0.03,
    'GB-month of logs stored',
    'cloudburn.io/blog/amazon-cloudwatch-pricing',
    '2026-02',
  ),
  metric: price(
    0.3,
    'custom metric-month (10 free)',
    'signoz.io/guides/cloudwatch-pricing',
    '2026-02-15',
  ),
  alarm: price(
    0.1,
    'standard alarm-month (10 free)',
    'aws.amazon.com/cloudwatch/pricing (free tier); price unverified',
    'unverified',
    false,
  ),
  dashboard: price(
    3,
    'dashboard-month (3 free)',
    'factualminds.com CloudWatch pricing',
    '2026-06-13',
  ),
  kmsKey: price(1, 'customer managed key-month', 'not found by this run', 'unverified', false),
  xrayTrace: price(
    5 / 1e6,
    'trace recorded (100,000 a month free)',
    'not found by this run',
    'unverified',
    false,
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// The deployment, as infra/ declares it.
const deployment = {
  ingestMemoryGb: 2,
  apiMemoryGb: 2,
  digestMemoryGb: 0.5,
  /** Hourly digest (infra/stateless-stack.ts): 730 runs a month. */
  digestRunsPerMonth: 730,
  /** Alarms in infra/monitoring.ts: dead letters, backlog, API 5xx, errors and throttles of six functions. */
  alarms: 2 + 1 + 6 * 2,
  dashboards: 1,
  /** Metrics the functions publish (functions/observability/metrics.ts), one Stage dimension. */
  customMetrics: 4,
  kmsKeys: 1,
  /** Two CloudFront Functions on the default behaviour: viewer request and viewer response. */
  cloudfrontFunctionsPerRequest: 2,
  /** Log retention: six months (infra/function.ts). */
  logRetentionMonths: 6,
  /** Archive retention under Object Lock: 7 years (infra/config.ts), so nothing leaves it. */
  archiveRetentionYears: 7,
};

// Times per invocation, measured in this run on the local stack (the stand-in engines answer over
// HTTP on this machine, so these are upper bounds for a 2 GB function, which has a whole vCPU).
const assumed = {
  /** Seconds to ingest one paper (read, extract, write), median of the papers above. */
  ingestSecondsPerPaper: median(measured.ingestMs) / 1000,
  /** Seconds to ingest 1,000 rows of a dataset (validate and batch-write). */
  ingestSecondsPer1000Rows: measured.datasetMs / Math.max(1, measured.rows),
  /** Seconds per API request served by the function, warm: median of the reads above. */
  apiSecondsPerRequest: median(measured.readMs) / 1000,
  /**
   * Seconds of init a cold start bills (Lambda bills INIT since August 2025): an upper bound of
   * bench/bundles.ts's import times; cold starts: every ingest (uploads are sparse) and the API
   * function about six times an hour (instances recycled, bursts).
   */
  coldStartSeconds: 1,
  apiColdStartsPerMonth: 6 * 730,
  /** Rows in a typical council dataset (spend over £500 for a quarter). */
  rowsPerDataset: 2_000,
  /** Versions a paper gets on average (corrections, re-uploads). */
  versionsPerPaper: 1.2,
  /** Bytes of an API answer, compressed, on average. */
  answerBytes: 6_000,
  /** Lambda's platform log lines (START/REPORT, JSON) and Powertools' envelope per line. */
  platformLogBytesPerInvocation: 700,
  envelopeBytesPerLine: 300,
  /** A CloudFront standard log line, gzipped as delivered to the logs bucket (kept 400 days). */
  cdnLogBytesPerRequest: 60,
  logsBucketMonths: 400 / 30.4,
  /** One S3 request per access-log object, negligible; its storage is counted with the archive's. */
};

interface Council {
  readonly name: string;
  readonly papersPerYear: number;
  readonly datasetsPerYear: number;
  readonly readsPerMonth: number;
  readonly cachedShare: number;
  /** Years of archive held (storage grows with it). */
  readonly years: number;
}

const councils: Council[] = [
  {
    name: 'example council',
    papersPerYear: 2_000,
    datasetsPerYear: 50,
    readsPerMonth: 1e6,
    cachedShare: 0.8,
    years: 1,
  },
  {
    name: 'after 10 years',
    papersPerYear: 2_000,
    datasetsPerYear: 50,
    readsPerMonth: 1e6,
    cachedShare: 0.8,
    years: 10,
  },
  {
    name: '10× papers',
    papersPerYear: 20_000,
    datasetsPerYear: 50,
    readsPerMonth: 1e6,
    cachedShare: 0.8,
    years: 1,
  },
  {
    name: '100× reads',
    papersPerYear: 2_000,
    datasetsPerYear: 50,
    readsPerMonth: 1e8,
    cachedShare: 0.8,
    years: 1,
  },
];

const m = measured;
if (Object.keys(m.statuses).some((status) => status !== '200'))
  console.log('API reads answered other than 200:', m.statuses);
const perPaper = {
  items: Object.values(m.paperTables).reduce((sum, table) => sum + table.items, 0) / m.papers,
  bytes: Object.values(m.paperTables).reduce((sum, table) => sum + table.bytes, 0) / m.papers,
  writeUnits:
    Object.values(m.paperTables).reduce((sum, table) => sum + table.writeUnits, 0) / m.papers,
  writeRequests: m.paperTraffic.writeItems / m.papers,
  readRequests:
    ((m.paperTraffic.commands.GetItemCommand ?? 0) +
      (m.paperTraffic.commands.QueryCommand ?? 0) +
      (m.paperTraffic.commands.BatchGetItemCommand ?? 0)) /
    m.papers,
  s3Puts:
    ((m.paperTraffic.commands.PutObjectCommand ?? 0) +
      (m.paperTraffic.commands.CopyObjectCommand ?? 0)) /
    m.papers,
  s3Gets:
    ((m.paperTraffic.commands.GetObjectCommand ?? 0) +
      (m.paperTraffic.commands.HeadObjectCommand ?? 0)) /
    m.papers,
  storedBytes: (m.buckets.uploads.bytes + m.buckets.archive.bytes) / m.papers,
  logBytes:
    (m.paperTraffic.logBytes + m.paperTraffic.logLines * assumed.envelopeBytesPerLine) / m.papers +
    assumed.platformLogBytesPerInvocation,
};
// One item a row (functions/config/tables.ts): the dataset's row items are its rows.
const per1000Rows = {
  items: 1000,
  bytes: (m.rowBytes / Math.max(1, m.rows)) * 1000,
  writeUnits: (m.rowWriteUnits / Math.max(1, m.rows)) * 1000,
};
const perRead = {
  readRequests:
    ((m.readTraffic.commands.GetItemCommand ?? 0) +
      (m.readTraffic.commands.QueryCommand ?? 0) +
      (m.readTraffic.commands.BatchGetItemCommand ?? 0)) /
    m.reads,
  s3Gets:
    ((m.readTraffic.commands.GetObjectCommand ?? 0) +
      (m.readTraffic.commands.HeadObjectCommand ?? 0)) /
    m.reads,
  logBytes:
    (m.readTraffic.logBytes + m.readTraffic.logLines * assumed.envelopeBytesPerLine) / m.reads +
    assumed.platformLogBytesPerInvocation,
};

const gb = 1e9;
const cost = (council: Council) => {
  const papersPerMonth = (council.papersPerYear / 12) * assumed.versionsPerPaper;
  const rowsPerMonth = (council.datasetsPerYear / 12) * assumed.rowsPerDataset;
  const papersHeld = council.papersPerYear * council.years * assumed.versionsPerPaper;
  const rowsHeld = council.datasetsPerYear * council.years * assumed.rowsPerDataset;
  const originReads = council.readsPerMonth * (1 - council.cachedShare);

  const ingestInvocations = papersPerMonth + council.datasetsPerYear / 12;
  const invocations = ingestInvocations + originReads + deployment.digestRunsPerMonth;
  const gbSeconds =
    papersPerMonth * assumed.ingestSecondsPerPaper * deployment.ingestMemoryGb +
    (rowsPerMonth / 1000) * assumed.ingestSecondsPer1000Rows * deployment.ingestMemoryGb +
    originReads * assumed.apiSecondsPerRequest * deployment.apiMemoryGb +
    deployment.digestRunsPerMonth * 1 * deployment.digestMemoryGb +
    (ingestInvocations + assumed.apiColdStartsPerMonth + deployment.digestRunsPerMonth) *
      assumed.coldStartSeconds *
      deployment.ingestMemoryGb;
  const lambda =
    Math.max(0, invocations - prices.lambdaFreeRequests.value) * prices.lambdaRequest.value +
    Math.max(0, gbSeconds - prices.lambdaFreeGbSeconds.value) * prices.lambdaArmGbSecond.value;

  const tableBytes = papersHeld * perPaper.bytes + (rowsHeld / 1000) * per1000Rows.bytes;
  const dynamoStorage = Math.max(0, tableBytes / gb - 25) * prices.dynamoStorage.value;
  const dynamoPitr = (tableBytes / gb) * prices.dynamoPitr.value;
  const dynamoWrites =
    (papersPerMonth * perPaper.writeUnits + (rowsPerMonth / 1000) * per1000Rows.writeUnits) *
    prices.dynamoWrite.value;
  const dynamoReads =
    (originReads * perRead.readRequests + papersPerMonth * perPaper.readRequests) *
    prices.dynamoRead.value;

  const s3Bytes = papersHeld * perPaper.storedBytes;
  const s3Storage = (s3Bytes / gb) * prices.s3Storage.value;
  const logsBucket =
    ((council.readsPerMonth * assumed.cdnLogBytesPerRequest * assumed.logsBucketMonths) / gb) *
    prices.s3Storage.value;
  const s3Requests =
    papersPerMonth * perPaper.s3Puts * prices.s3Put.value +
    (papersPerMonth * perPaper.s3Gets + originReads * perRead.s3Gets) * prices.s3Get.value;

  // Each upload: one notification, received and deleted (three requests with the poll).
  const sqs = Math.max(0, ingestInvocations * 3 - 1e6) * prices.sqsRequest.value;

  const cloudfront =
    Math.max(0, council.readsPerMonth - 10e6) * prices.cloudfrontHttps.value +
    Math.max(0, (council.readsPerMonth * assumed.answerBytes) / gb - 1000) *
      prices.cloudfrontTransfer.value +
    Math.max(0, council.readsPerMonth * deployment.cloudfrontFunctionsPerRequest - 2e6) *
      prices.cloudfrontFunction.value;
  const apiGateway = originReads * prices.httpApiRequest.value;

  const logBytesPerMonth =
    papersPerMonth * perPaper.logBytes +
    originReads * perRead.logBytes +
    deployment.digestRunsPerMonth * assumed.platformLogBytesPerInvocation;
  const logs =
    Math.max(0, logBytesPerMonth / gb - 5) * prices.logsIngest.value +
    ((logBytesPerMonth * deployment.logRetentionMonths) / gb) * prices.logsStorage.value;
  const metrics =
    Math.max(0, deployment.customMetrics - 10) * prices.metric.value +
    Math.max(0, deployment.alarms - 10) * prices.alarm.value +
    Math.max(0, deployment.dashboards - 3) * prices.dashboard.value;
  // X-Ray's default sampling: the first request each second, then 5% of the rest.
  const reservoir = 3600 * 730;
  const traced = Math.min(invocations, reservoir) + 0.05 * Math.max(0, invocations - reservoir);
  const xray = Math.max(0, traced - 100_000) * prices.xrayTrace.value;
  const kms = deployment.kmsKeys * prices.kmsKey.value;

  const lines = {
    Lambda: lambda,
    'DynamoDB writes': dynamoWrites,
    'DynamoDB reads': dynamoReads,
    'DynamoDB storage': dynamoStorage,
    'DynamoDB PITR': dynamoPitr,
    'S3 storage (uploads + archive, Object Lock)': s3Storage,
    'S3 requests': s3Requests,
    'S3 logs bucket (CloudFront logs, 400 days)': logsBucket,
    SQS: sqs,
    'API Gateway (HTTP API)': apiGateway,
    CloudFront: cloudfront,
    'CloudWatch logs': logs,
    'CloudWatch metrics, alarms, dashboard': metrics,
    'X-Ray traces': xray,
    'KMS key (alarm topic)': kms,
  };
  return {
    lines,
    total: Object.values(lines).reduce((sum, value) => sum + value, 0),
    tableGb: tableBytes / gb,
    s3Gb: s3Bytes / gb,
    gbSeconds,
    logGbPerMonth: logBytesPerMonth / gb,
  };
};

const results = councils.map((council) => ({ council, ...cost(council) }));

console.log(
  `\nMeasured on the local stack: ${m.papers} papers (${(m.paperBytes / 1e6).toFixed(2)} MB), one dataset of ${m.rows} rows, ${m.reads} API reads`,
);
console.log(
  `ingest a paper ${median(m.ingestMs).toFixed(0)} ms (median), the dataset ${m.datasetMs.toFixed(0)} ms, an API read ${median(m.readMs).toFixed(1)} ms (median of ${m.readMs.length}); Lambda GB-s are priced from these`,
);
console.table({
  'per paper': {
    items: perPaper.items.toFixed(1),
    'item bytes': perPaper.bytes.toFixed(0),
    'write units': perPaper.writeUnits.toFixed(1),
    'write requests': perPaper.writeRequests.toFixed(1),
    'read requests': perPaper.readRequests.toFixed(1),
    'S3 puts': perPaper.s3Puts.toFixed(1),
    'S3 bytes': perPaper.storedBytes.toFixed(0),
    'log bytes': perPaper.logBytes.toFixed(0),
  },
  'per 1,000 rows': {
    items: per1000Rows.items.toFixed(0),
    'item bytes': per1000Rows.bytes.toFixed(0),
    'write units': per1000Rows.writeUnits.toFixed(0),
  },
  'per API read (origin)': {
    'read requests': perRead.readRequests.toFixed(2),
    'S3 puts': '0',
    'log bytes': perRead.logBytes.toFixed(0),
  },
});
console.log('DynamoDB by table, for the papers:', m.paperTables);
console.log('Items by key shape (pk / sk) after the papers:', m.kinds);
console.log('Commands sent while ingesting the papers:', m.paperTraffic.commands);
console.log('Commands sent while ingesting the dataset:', m.datasetTraffic.commands);
console.log('Commands sent for the API reads:', m.readTraffic.commands);
const dollars = (value: number) => `$${value.toFixed(2)}`;
console.table(
  Object.fromEntries(
    Object.keys(results[0]?.lines ?? {}).map((line) => [
      line,
      Object.fromEntries(
        results.map((result) => [
          result.council.name,
          dollars(result.lines[line as keyof typeof result.lines]),
        ]),
      ),
    ]),
  ),
);
console.table(
  Object.fromEntries(
    results.map((result) => [
      result.council.name,
      {
        'total a month': dollars(result.total),
        'table GB': result.tableGb.toFixed(3),
        'S3 GB': result.s3Gb.toFixed(2),
        'Lambda GB-s': result.gbSeconds.toFixed(0),
        'log GB a month': result.logGbPerMonth.toFixed(3),
      },
    ]),
  ),
);

record('costs', 'tsx bench/costs.ts', [
  figure({
    name: 'DynamoDB items per paper',
    value: perPaper.items,
    unit: 'items',
    runs: 1,
    note: `${m.papers} corpus papers ingested on the local stack`,
  }),
  figure({
    name: 'DynamoDB bytes per paper',
    value: perPaper.bytes,
    unit: 'bytes',
    runs: 1,
    note: 'item sizes as DynamoDB bills them, all tables',
  }),
  figure({
    name: 'DynamoDB write units per paper',
    value: perPaper.writeUnits,
    unit: 'WRU',
    runs: 1,
    note: 'each item written once: ⌈size / 1 KB⌉, plus its index copies',
  }),
  figure({
    name: 'DynamoDB items per 1,000 rows',
    value: per1000Rows.items,
    unit: 'items',
    runs: 1,
  }),
  figure({
    name: 'DynamoDB bytes per 1,000 rows',
    value: per1000Rows.bytes,
    unit: 'bytes',
    runs: 1,
  }),
  figure({
    name: 'DynamoDB write units per 1,000 rows',
    value: per1000Rows.writeUnits,
    unit: 'WRU',
    runs: 1,
  }),
  ...results.map((result) =>
    figure({
      name: `cost a month: ${result.council.name}`,
      value: result.total,
      unit: 'USD',
      runs: 1,
      budget: { on: 'value', max: 5 },
      note: `${result.council.papersPerYear} papers and ${result.council.datasetsPerYear} datasets a year, ${result.council.readsPerMonth.toExponential(0)} reads a month (${result.council.cachedShare * 100}% cached), ${result.council.years} year(s) held; us-east-1 prices, beyond the free tier`,
    }),
  ),
]);
