import { describe, expect, it } from 'vitest';
import { areaForFile } from '../../../functions/cli/upload.ts';

describe('areaForFile', () => {
  it.each([
    ['spend.csv', 'dataset'],
    ['datapackage.json', 'dataset'],
    ['ratings.JSON', 'dataset'],
    ['minutes.pdf', 'paper'],
    ['agenda.txt', 'paper'],
    ['report.docx', 'paper'],
    ['minutes.doc', 'paper'],
    ['minutes.rtf', 'paper'],
    ['minutes.eml', 'paper'],
    ['spend.XLS', 'dataset'],
    ['spend.xlsx', 'dataset'],
    ['spend.ods', 'dataset'],
    ['minutes.odt', 'paper'],
  ])('sends %s to the %s area', (file, area) => {
    expect(areaForFile(file)).toBe(area);
  });

  it('obeys --as, and refuses anything but paper or dataset', () => {
    expect(areaForFile('table.csv', 'paper')).toBe('paper');
    expect(() => areaForFile('x.txt', 'minutes')).toThrow(/--as takes paper or dataset/);
  });
});
