import { rebuildSearchIndex } from '../../usecases/search/search-indexing.ts';
import { CliError } from '../cli-error.ts';
import { operatorRoot } from '../operator-root.ts';
import type { Command } from '../options.ts';

/** `council-papers reindex`: the search index built again from every record's current version. */
export const run: Command = async (args, values) => {
  if (args.length > 0) throw new CliError('reindex takes no arguments');
  const { root, description, close } = await operatorRoot(values.port);
  try {
    const documents = await rebuildSearchIndex(root.ingest);
    console.log(`search index rebuilt: ${documents} documents  [${description}]`);
    return 0;
  } finally {
    close();
  }
};
