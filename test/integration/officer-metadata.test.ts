import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../functions/ports/logger.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';

let harness: AnnouncedStack;
const warnings: string[] = [];
const recording: Logger = {
  info: () => {},
  warn: (message) => warnings.push(message),
  error: () => {},
};
const saved = {
  publisher: process.env.CATALOG_PUBLISHER,
  name: process.env.CATALOG_CONTACT_NAME,
  email: process.env.CATALOG_CONTACT_EMAIL,
};

beforeAll(async () => {
  // The stack starts with the catalogue's placeholder publisher and contact.
  delete process.env.CATALOG_PUBLISHER;
  delete process.env.CATALOG_CONTACT_NAME;
  delete process.env.CATALOG_CONTACT_EMAIL;
  harness = await announcedStack({ logger: recording });
}, 120_000);

afterAll(async () => {
  await harness.stop();
  for (const [name, value] of [
    ['CATALOG_PUBLISHER', saved.publisher],
    ['CATALOG_CONTACT_NAME', saved.name],
    ['CATALOG_CONTACT_EMAIL', saved.email],
  ] as const)
    if (value !== undefined) process.env[name] = value;
});

const fileWith = async (name: string, content: string) => {
  const path = join(tmpdir(), `${Date.now()}-${name}`);
  await writeFile(path, content);
  return path;
};

const get = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${harness.stack.apiUrl}${path}`)).json()) as T;

describe('descriptions officers give an upload, on the local stack', () => {
  it('puts the CLI’s title, description, licence, publisher and source on the paper', async () => {
    // Prepare
    const paper = await fileWith(
      'cabinet.md',
      '# Cabinet\n\nMeeting held on 9 May 2024\n\nRESOLVED that the budget be approved.\n',
    );

    // Act
    const result = await harness.cli(
      'upload',
      paper,
      '--id',
      'cabinet-described',
      '--title',
      'Cabinet – 9 May 2024',
      '--description',
      'The minutes of the May Cabinet',
      '--licence',
      'Open Government Licence v3.0',
      '--publisher',
      'Anytown Borough Council',
      '--source',
      'https://democracy.anytown.gov.uk/ieListDocuments.aspx?MId=1',
    );
    const record = await get<Record<string, unknown>>('/v1/papers/cabinet-described');

    // Assess
    expect(result.code ?? 0).toBe(0);
    expect(record).toMatchObject({
      title: 'Cabinet – 9 May 2024',
      description: 'The minutes of the May Cabinet',
      licence: 'Open Government Licence v3.0',
      publisher: 'Anytown Borough Council',
      source: 'https://democracy.anytown.gov.uk/ieListDocuments.aspx?MId=1',
    });
  });

  it('keeps the title read from a paper uploaded without descriptions, the rest null', async () => {
    // Prepare
    const paper = await fileWith(
      'plain.md',
      '# Planning Committee\n\nMeeting held on 10 May 2024\n\nRESOLVED that the plan be noted.\n',
    );

    // Act
    await harness.cli('upload', paper, '--id', 'plain-paper');
    const record = await get<Record<string, unknown>>('/v1/papers/plain-paper');

    // Assess
    expect(record.title).toBe('Planning Committee');
    expect([record.description, record.licence, record.publisher, record.source]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('puts the CLI’s source on a dataset', async () => {
    // Prepare
    const csv = await fileWith('spend.csv', 'supplier,amount\nAcme,10\nBeta,20\n');

    // Act
    await harness.cli(
      'upload',
      csv,
      '--id',
      'spend-described',
      '--title',
      'Spending over £500',
      '--source',
      'Finance ledger export',
    );
    const record = await get<Record<string, unknown>>('/v1/datasets/spend-described');

    // Assess
    expect(record).toMatchObject({
      title: 'Spending over £500',
      source: 'Finance ledger export',
    });
  });

  it('warned at start-up that the catalogue still names the placeholder publisher and contact', () => {
    // Prepare
    const startUp = warnings.filter((message) => message.includes('placeholder publisher'));

    // Act
    const [warning] = startUp;

    // Assess
    expect(startUp).toHaveLength(1);
    expect(warning).toContain('CATALOG_PUBLISHER, CATALOG_CONTACT_NAME, CATALOG_CONTACT_EMAIL');
  });
});
