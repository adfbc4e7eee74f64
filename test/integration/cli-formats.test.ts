import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acceptedFormats } from '../../functions/domain/accepted-formats.ts';
import { repoRoot } from '../../infra/local/paths.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, [join(repoRoot, 'bin/council-papers.js'), ...args], {
    env: { ...process.env, COUNCIL_PAPERS_STACKS_DIR: '/nonexistent' },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
const exitCode = (result: Awaited<ReturnType<typeof cli>>) => ('code' in result ? result.code : 0);
const fixture = (name: string) => join(repoRoot, 'test/fixtures/formats', name);

describe('the CLI names the accepted formats and accepts what ingest accepts', () => {
  it('names every accepted format of both areas in its help', async () => {
    // Act
    const result = await cli('--help');

    // Assess
    for (const { name } of [...acceptedFormats.paper, ...acceptedFormats.dataset])
      expect(result.stdout).toContain(name);
  });

  it('extracts a Word 97–2003 paper, touching no storage', async () => {
    // Act
    const result = await cli(
      'extract',
      fixture('28_canada-winnipeg-council-disposition-2015-03-25.doc'),
      '--json',
    );

    // Assess
    expect(exitCode(result)).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      meetingDate: '2015-03-25',
      source: { format: 'doc', mediaType: 'application/msword' },
    });
  });

  it('refuses to validate a real .xls workbook, saying to save it as XLSX or CSV and naming the formats', async () => {
    // Act
    const result = await cli('validate', fixture('05_uk-stockport-spend-over-500-2014-09.xls'));

    // Assess
    expect(exitCode(result)).toBe(2);
    expect(result.stderr).toMatch(/05_uk-stockport.*\.xls: .*Save it as XLSX or CSV/);
    for (const { name } of acceptedFormats.dataset) expect(result.stderr).toContain(name);
  });

  it('validates a CSV named .xls as the CSV it is', async () => {
    // Act
    const result = await cli(
      'validate',
      fixture('04_uk-manchester-spend-over-500-2014-09.head.xls'),
    );

    // Assess
    expect(exitCode(result)).toBe(0);
    expect(result.stdout).toMatch(/valid — 30 rows, 7 fields/);
  });

  it('refuses to extract a dataset as a paper, naming the paper formats', async () => {
    // Act
    const result = await cli('extract', fixture('05_uk-stockport-spend-over-500-2014-09.xls'));

    // Assess
    expect(exitCode(result)).toBe(2);
    expect(result.stderr).toContain('Papers must be PDF (scans read by OCR), Word (DOCX)');
    expect(result.stderr).toContain('a legacy Excel workbook (application/vnd.ms-excel)');
  });
});
