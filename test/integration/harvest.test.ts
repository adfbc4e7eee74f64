import { createHash } from 'node:crypto';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { mergedRdf, validateDcatAp } from '../support/catalog-validators.ts';

const { namedNode } = DataFactory;
const dcat = 'http://www.w3.org/ns/dcat#';
const dct = 'http://purl.org/dc/terms/';
const spdx = 'http://spdx.org/rdf/terms#';

let harness: AnnouncedStack;
let api: string;

/** What each dataset holds, as the rows a harvester must get back. */
const spend = Array.from({ length: 2500 }, (_, index) => ({
  row: index + 1,
  supplier: `Supplier ${index % 37}, "Ltd"`,
  amount: Math.round(index * 13.7 * 100) / 100,
}));
const wards = [
  { ward: 'Aylesbury', count: 5 },
  { ward: 'Chesham', count: 1 },
];
const councillors = [
  { name: 'A. Okafor', basic: 9800, chair: true },
  { name: 'B. Jones', basic: 9800, chair: false },
];
const expected: Record<string, readonly Record<string, unknown>[]> = {
  spend,
  wards,
  councillors,
};

const csvOf = (rows: readonly Record<string, unknown>[]) =>
  [
    Object.keys(rows[0] ?? {}).join(','),
    ...rows.map((row) =>
      Object.values(row)
        .map((value) => (typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : value))
        .join(','),
    ),
  ].join('\n');

beforeAll(async () => {
  harness = await announcedStack();
  api = harness.stack.apiUrl;
  await harness.upload('uploads/datasets/wards.csv', 'ward,count\nAylesbury,3\nWycombe,4\n');
  await harness.upload('uploads/datasets/wards.csv', csvOf(wards));
  await harness.upload('uploads/datasets/spend.csv', csvOf(spend));
  await harness.upload('uploads/datasets/councillors.json', JSON.stringify({ data: councillors }));
}, 120_000);

afterAll(() => harness.stop());

/** The dataset id in a download URL: `/v1/datasets/{id}/versions/{n}/download/{format}`. */
const idOf = (url: string) => /\/v1\/datasets\/([^/]+)\/versions\//.exec(url)?.[1] ?? '';

/** Parses a downloaded file back into rows. */
const rowsOf = (format: string, text: string): Record<string, unknown>[] => {
  if (format === 'json') return JSON.parse(text) as Record<string, unknown>[];
  if (format === 'ndjson')
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const [header, ...lines] = text.trimEnd().split('\r\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, names.length)
      .map(([, cell]) => (cell?.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
    return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
  });
};

/** A CSV cell is text: compare the expected rows as text too. */
const asText = (rows: readonly Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])));

describe('a harvester on the local stack', () => {
  it('gets every row of every dataset by following the downloadURLs of data.json', async () => {
    // Prepare
    const catalog = (await (await fetch(`${api}/data.json`)).json()) as {
      dataset: { distribution: { downloadURL: string; format: string }[] }[];
    };
    const downloads = catalog.dataset
      .flatMap((dataset) => dataset.distribution)
      .filter((distribution) => !distribution.downloadURL.endsWith('/original'));

    // Act
    const fetched = await Promise.all(
      downloads.map(async ({ downloadURL, format }) => {
        const response = await fetch(downloadURL);
        return {
          id: idOf(downloadURL),
          format,
          status: response.status,
          text: await response.text(),
        };
      }),
    );

    // Assess
    expect(downloads.map((download) => download.downloadURL).join()).not.toContain('/rows');
    expect(new Set(fetched.map(({ id }) => id))).toEqual(
      new Set(['spend', 'wards', 'councillors']),
    );
    for (const { id, format, status, text } of fetched) {
      expect(status, `${id} ${format}`).toBe(200);
      const want = expected[id] ?? [];
      const got = rowsOf(format.toLowerCase(), text);
      if (format === 'CSV') expect(got, id).toEqual(asText(want));
      else expect(got, `${id} ${format}`).toEqual(want);
    }
  });

  it('merges the DCAT-AP pages into one valid catalogue whose downloads hold every row, as stated', async () => {
    // Prepare: follow hydra:next one dataset at a time
    const pages: Record<string, unknown>[] = [];
    let next: string | undefined = `${api}/v1/catalog?limit=1`;
    while (next) {
      const page = (await (await fetch(next)).json()) as Record<string, unknown>;
      pages.push(page);
      next = (page['hydra:view'] as Record<string, { '@id': string } | undefined>)['hydra:next']?.[
        '@id'
      ];
    }

    // Act
    const merged = await mergedRdf(pages);
    const report = await validateDcatAp(merged);

    // Assess: the merged graph conforms, with one modified date and one publisher
    expect(pages).toHaveLength(3);
    expect(report.failures).toEqual([]);
    const catalog = namedNode(`${api}/v1/catalog`);
    expect(merged.getObjects(catalog, namedNode(`${dct}modified`), null)).toHaveLength(1);
    const publishers = merged.getObjects(catalog, namedNode(`${dct}publisher`), null);
    expect(publishers.map((publisher) => publisher.termType)).toEqual(['NamedNode']);
    const formats = merged.getObjects(null, namedNode(`${dct}format`), null).map((f) => f.value);
    expect(new Set(formats)).toEqual(
      new Set([
        'http://publications.europa.eu/resource/authority/file-type/CSV',
        'http://publications.europa.eu/resource/authority/file-type/JSON',
      ]),
    );
    expect(
      merged
        .getObjects(null, namedNode(`${dcat}mediaType`), null)
        .map((m) => m.value)
        .join(),
    ).not.toContain('ndjson');
    // Assess: every download is whole, of the stated size and SHA-256
    const downloads = merged
      .getObjects(null, namedNode(`${dcat}downloadURL`), null)
      .filter((url) => url.value.includes('/download/'));
    expect(downloads).toHaveLength(9);
    for (const url of downloads) {
      const distribution =
        merged.getSubjects(namedNode(`${dcat}downloadURL`), url, null)[0] ?? null;
      const [size] = merged.getObjects(distribution, namedNode(`${dcat}byteSize`), null);
      const [checksum] = merged.getObjects(distribution, namedNode(`${spdx}checksum`), null);
      const [sha256] = merged.getObjects(checksum ?? null, namedNode(`${spdx}checksumValue`), null);
      const bytes = new Uint8Array(await (await fetch(url.value)).arrayBuffer());
      const format = url.value.split('/').at(-1) ?? '';
      const want = expected[idOf(url.value)] ?? [];
      const got = rowsOf(format, new TextDecoder().decode(bytes));
      expect(got, url.value).toEqual(format === 'csv' ? asText(want) : want);
      expect(Number(size?.value), url.value).toBe(bytes.length);
      expect(sha256?.value, url.value).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
