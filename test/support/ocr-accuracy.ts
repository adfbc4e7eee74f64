import { distance } from 'fastest-levenshtein';

/** Text with every run of white space one space, so layout differences do not count as errors. */
const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Character accuracy of OCR against the known text: 1 − Levenshtein distance / known length,
 * white space normalised (the ISRI measure, as OCR evaluations report it).
 */
export const characterAccuracy = (known: string, read: string): number => {
  const expected = normalised(known);
  return 1 - distance(expected, normalised(read)) / expected.length;
};
