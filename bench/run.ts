import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sha256Hex } from '../functions/domain/hashing.ts';
import { analysePaper } from '../functions/domain/papers/read-paper.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { noScans } from '../test/support/page-ocr.ts';

/** Runs `task` over every input `rounds` times and returns the median MB/s of the rounds. */
const medianThroughput = async (
  inputs: readonly Buffer[],
  rounds: number,
  task: (bytes: Buffer) => Promise<unknown> | unknown,
) => {
  const megabytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const bytes of inputs) await task(bytes);
    rates.push(megabytes / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
};

const seedsDir = join(repoRoot, 'seeds');
const seeds = await Promise.all(
  (await readdir(seedsDir)).sort().map((name) => readFile(join(seedsDir, name))),
);
const rounds = 15;

// Baseline: hashing and decoding alone, what any ingest must do with the bytes.
const baseline = await medianThroughput(seeds, rounds, (bytes) => {
  sha256Hex(bytes);
  return new TextDecoder().decode(bytes);
});
const extraction = await medianThroughput(seeds, rounds, async (bytes) => {
  sha256Hex(bytes);
  return analysePaper(bytes, { ocr: noScans });
});

console.log(
  `inputs: ${seeds.length} seed papers, ${(seeds.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6).toFixed(2)} MB; median of ${rounds} rounds`,
);
console.log(`hash + decode (baseline)         ${baseline.toFixed(1)} MB/s`);
console.log(
  `hash + read + extract (analyse) ${extraction.toFixed(1)} MB/s  (ratio to baseline ${(extraction / baseline).toFixed(3)})`,
);
