import { inProcessOcr } from '../../adapters/ocr/in-process-page-ocr.ts';
import { CliError } from '../cli-error.ts';
import { describeExtraction, extractFile } from '../extract.ts';
import type { Command } from '../options.ts';

/** `council-papers extract FILE`: what ingest would read from a paper, touching no storage. */
export const run: Command = async (args, values) => {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) throw new CliError('extract takes one FILE');
  const extraction = await extractFile(file, inProcessOcr());
  console.log(values.json ? JSON.stringify(extraction, null, 2) : describeExtraction(extraction));
  return 0;
};
