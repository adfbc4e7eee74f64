import { readdirSync, readFileSync } from 'node:fs';
import { analysePaper } from '../../functions/domain/papers/read-paper.ts';
import { blankOcr } from './page-ocr.ts';

export const corpusDir = new URL('../fixtures/papers/', import.meta.url);

export interface CorpusCase {
  readonly name: string;
  readonly file: string;
  readonly expected: Record<string, unknown>;
}

/** Every fixture with its `.expected.json`, written by reading the fixture. */
export const corpusCases = (dir: URL = corpusDir): CorpusCase[] =>
  readdirSync(dir)
    .filter(
      (name) =>
        (!name.endsWith('.json') && !name.endsWith('.md')) ||
        (name.endsWith('.md') && name !== 'README.md'),
    )
    .filter((name) => !name.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.[^.]+$/, '');
      return {
        name,
        file,
        expected: JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Record<
          string,
          unknown
        >,
      };
    });

/**
 * The actual value narrowed to what the expectation states: objects to the expected keys, arrays
 * item by item. An expectation says nothing about fields it leaves out.
 */
export const narrow = (expected: unknown, actual: unknown): unknown => {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, index) => narrow(expected[index] ?? expected[0], item));
  }
  if (
    expected &&
    typeof expected === 'object' &&
    actual &&
    typeof actual === 'object' &&
    !Array.isArray(expected)
  ) {
    return Object.fromEntries(
      Object.keys(expected).map((key) => [
        key,
        narrow(
          (expected as Record<string, unknown>)[key],
          (actual as Record<string, unknown>)[key],
        ),
      ]),
    );
  }
  return actual;
};

export interface FieldResult {
  readonly fixture: string;
  readonly field: string;
  readonly ok: boolean;
  /** The extractor stated something (not null/empty) that differs from the expectation. */
  readonly wrong: boolean;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

export const scoreCase = async (
  corpusCase: CorpusCase,
  dir: URL = corpusDir,
): Promise<FieldResult[]> => {
  const bytes = readFileSync(new URL(corpusCase.file, dir));
  const { extraction } = await analysePaper(bytes, { ocr: blankOcr });
  return Object.entries(corpusCase.expected).map(([field, expected]) => {
    const actual = narrow(expected, (extraction as unknown as Record<string, unknown>)[field]);
    const ok = JSON.stringify(actual) === JSON.stringify(expected);
    return { fixture: corpusCase.name, field, ok, wrong: !ok && !isEmpty(actual) };
  });
};
