import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../infra/local/paths.ts';

/**
 * Compiles bench/dataset-worker.ts to plain JavaScript (dependencies left as they are), as in
 * Lambda: under tsx the compiler alone adds some 100 MB to a process's RSS. Returns its path.
 */
export const compileDatasetWorker = async (name = 'dataset-worker.mjs'): Promise<string> => {
  const outfile = join(repoRoot, '.local', 'bench', name);
  await build({
    entryPoints: [join(repoRoot, 'bench', 'dataset-worker.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
};
