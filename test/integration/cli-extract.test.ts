import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../functions/domain/schemas.ts';
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
