import { describe, expect, it } from 'vitest';
import { delimiterHint, detectDialect } from '../../../functions/domain/datasets/dialect.ts';

describe('detectDialect', () => {
  it.each([
    [',', 'id,name,amount\n1,Acme,5\n2,Bob,6\n'],
    [';', 'id;name;amount\n1;Acme;5\n2;Bob;6\n'],
    ['\t', 'id\tname\tamount\n1\tAcme\t5\n2\tBob\t6\n'],
    ['|', 'id|name|amount\n1|Acme|5\n2|Bob|6\n'],
  ])('detects %j as the delimiter', (delimiter, text) => {
    const dialect = detectDialect(text);

    expect(dialect).toEqual({ delimiter, quoteChar: '"', headerRow: 0 });
  });

  it('ignores delimiters inside quoted values', () => {
    const text = 'name;notes\n"Smith, J";"a, b, c"\n"Jones, K";"d, e"\n';

    const dialect = detectDialect(text);

    expect(dialect.delimiter).toBe(';');
  });

  it('prefers semicolons when thousands separators also split the rows on commas', () => {
    const text = 'Date;Supplier;Amount\n01/04/2024;Acme;1,200\n02/04/2024;Bob;3,400\n';

    expect(detectDialect(text).delimiter).toBe(';');
  });

  it('finds the header below a title and a blank line', () => {
    const text = 'Spend over £500 — Q1 2024\n\nDate,Supplier,Amount\n01/04/2024,Acme,"1,200"\n';

    const dialect = detectDialect(text);

    expect(dialect).toEqual({ delimiter: ',', quoteChar: '"', headerRow: 2 });
  });

  it('finds the header below title rows exported by a spreadsheet as mostly empty cells', () => {
    const text =
      'Spend over £500,,,\nPublished by Example Council,,,\n,,,\nDate,Supplier,Amount,Code\n2024-04-01,Acme,5,A1\n';

    expect(detectDialect(text).headerRow).toBe(3);
  });

  it('takes the first row as the header of a ragged table', () => {
    expect(detectDialect('a,b,c\n1,2\n4,5,6,7\n').headerRow).toBe(0);
  });

  it('detects single quotes only when they wrap values', () => {
    expect(detectDialect("name,amount\n'Smith, J',5\n'Jones',6\n").quoteChar).toBe("'");
    expect(
      detectDialect("name,notes\nSmith,Children's services\nJones,it's late\n").quoteChar,
    ).toBe('"');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDialect('name\nAcme\nBob\n')).toEqual({
      delimiter: ',',
      quoteChar: '"',
      headerRow: 0,
    });
  });

  it('sees the header of a table too wide for the sample', () => {
    const header = Array.from({ length: 120_000 }, (_, index) => `column ${index}`).join(',');

    expect(detectDialect(`${header}\n1,2\n`)).toEqual({
      delimiter: ',',
      quoteChar: '"',
      headerRow: 0,
    });
  });
});

describe('delimiterHint', () => {
  it('names the delimiter that would give the row the right width', () => {
    expect(delimiterHint(['1;2;3'], ',', 3)).toBe(' (the row seems to be separated by semicolon)');
  });

  it('says nothing when no other delimiter fits', () => {
    expect(delimiterHint(['1', '2'], ',', 3)).toBe('');
  });
});
