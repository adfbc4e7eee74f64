import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../functions/domain/validators.ts';
import { repoRoot } from '../../infra/local/paths.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, [join(repoRoot, 'bin/council-papers.js'), ...args], {
    env: { ...process.env, COUNCIL_PAPERS_STACKS_DIR: '/nonexistent' },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);

describe('council-papers extract', () => {
  it('prints one JSON object that validates against schemas/paper.schema.json, touching no storage', async () => {
    const result = await cli('extract', join(repoRoot, 'seeds/000_9edff7cd89e1ecb6.txt'), '--json');
    const extraction = JSON.parse(result.stdout) as Record<string, unknown>;
    const validate = validatorFor('paper');
    expect(validate(extraction), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    expect(extraction).toMatchObject({
      documentType: 'agenda-pack',
      meetingDate: '2022-01-20',
      source: { file: '000_9edff7cd89e1ecb6.txt', format: 'text' },
    });
  });

  it('prints a readable summary by default', async () => {
    const result = await cli(
      'extract',
      join(repoRoot, 'test/fixtures/papers/06-us-city-council-minutes.txt'),
    );
    expect(result.stdout).toMatch(/^minutes: /);
    expect(result.stdout).toContain('votes 5');
  });

  it('exits 2 with the reason for a file it cannot read', async () => {
    const missing = await cli('extract', '/no/such/paper.pdf');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    const binary = await cli('extract', join(repoRoot, 'package-lock.json'), '--json');
    expect(binary).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('JSON data, not a paper'),
    });
  });
});

describe('council-papers validate', () => {
  const write = async (name: string, content: string | Buffer) => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = join(await mkdtemp(join(tmpdir(), 'validate-')), name);
    await writeFile(path, content);
    return path;
  };

  it('exits 0 for a valid CSV and prints a readable summary', async () => {
    const result = await cli(
      'validate',
      await write('ok.csv', 'ward,count\nAylesbury,3\nWycombe,4\n'),
    );
    expect('code' in result ? result.code : 0).toBe(0);
    expect(result.stdout).toMatch(/ok\.csv: valid — 2 rows, 2 fields, 0 errors/);
  });

  it('exits 1 for an invalid one and prints the Frictionless report with --json', async () => {
    const result = await cli('validate', await write('ragged.csv', 'a,b\n1,2,3\n'), '--json');
    expect(result).toMatchObject({ code: 1 });
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: false,
      errors: [expect.objectContaining({ type: 'extra-cell', rowNumber: 2, fieldNumber: 3 })],
    });
  });

  it('checks against a given Table Schema', async () => {
    const schema = await write(
      'schema.json',
      JSON.stringify({ fields: [{ name: 'count', type: 'integer', constraints: { minimum: 0 } }] }),
    );
    const result = await cli(
      'validate',
      await write('counts.csv', 'count\n3\n-1\n'),
      '--schema',
      schema,
      '--json',
    );
    expect(result).toMatchObject({ code: 1 });
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({ type: 'constraint-error', rowNumber: 3, fieldName: 'count' }),
    ]);
  });

  it('exits 2 for a file that is not a table, naming the formats ingest accepts', async () => {
    const result = await cli(
      'validate',
      await write('photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    );
    expect(result).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /photo\.png: Datasets must be CSV, JSON, .*this file is binary \(image\/png\)/,
      ),
    });
  });

  it('validates a data package and each of its resources, naming an unnamed one from its path', async () => {
    // Prepare
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const folder = await mkdtemp(join(tmpdir(), 'package-'));
    await writeFile(join(folder, 'wards.csv'), 'ward,seats\nAylesbury,3\n');
    await writeFile(join(folder, 'spend.csv'), 'supplier,amount\nAcme,12,9\n');
    await writeFile(
      join(folder, 'datapackage.json'),
      JSON.stringify({
        name: 'council',
        resources: [
          { path: 'wards.csv' },
          {
            name: 'spend',
            path: 'spend.csv',
            schema: {
              fields: [
                { name: 'supplier', type: 'string' },
                { name: 'amount', type: 'number' },
              ],
            },
          },
        ],
      }),
    );

    // Act
    const result = await cli('validate', join(folder, 'datapackage.json'), '--json');

    // Assess
    expect(result).toMatchObject({ code: 1 });
    expect(JSON.parse(result.stdout)).toMatchObject({
      name: 'council',
      warnings: [expect.stringContaining('named "wards" from its path "wards.csv"')],
      resources: [
        { name: 'wards', report: { valid: true } },
        { name: 'spend', report: { valid: false, errors: [{ type: 'extra-cell', rowNumber: 2 }] } },
      ],
    });
  });
});
