import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { validatorFor } from '../../../functions/domain/validators.ts';
import { corpusCases, corpusDir, type FieldResult, scoreCase } from '../../support/corpus.ts';
import { blankOcr } from '../../support/page-ocr.ts';

let results: FieldResult[];

beforeAll(async () => {
  results = (await Promise.all(corpusCases().map((corpusCase) => scoreCase(corpusCase)))).flat();
});

describe('extraction on the second corpus', () => {
  it('has an expectation file for every fixture', () => {
    expect(corpusCases().length).toBeGreaterThanOrEqual(15);
  });

  it('reads every expected field exactly as expected (precision and recall on this corpus)', () => {
    const failing = results
      .filter((result) => !result.ok)
      .map((result) => `${result.fixture}:${result.field}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(140);
  });

  it('never marks a public paper exempt, and marks the exempt one', () => {
    const exempt = results.filter((result) => result.field === 'exempt');
    expect(exempt.filter((result) => !result.ok)).toEqual([]);
  });

  it('produces schema-valid output for every fixture', async () => {
    const validate = validatorFor('paper');
    for (const corpusCase of corpusCases()) {
      const { extraction } = await analysePaper(readFileSync(new URL(corpusCase.file, corpusDir)), {
        ocr: blankOcr,
      });
      expect(
        validate(extraction),
        `${corpusCase.file}: ${JSON.stringify(validate.errors?.slice(0, 2))}`,
      ).toBe(true);
    }
  });
});
