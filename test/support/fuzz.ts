import fc from 'fast-check';

/**
 * Cases per fuzz target: a few in CI (`FUZZ_RUNS` unset), as many as asked for long runs
 * (`npm run fuzz` sets 1,000). `FUZZ_SEED` replays a run that failed.
 */
export const fuzzRuns = (): number => {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : 15;
};

export const fuzzParameters = (): fc.Parameters<unknown> => ({
  numRuns: fuzzRuns(),
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
});

/** A test's timeout, grown with the number of cases so long runs do not time out. */
export const fuzzTimeout = (msPerCase: number): number => Math.max(30_000, fuzzRuns() * msPerCase);

/** Names that are properties of every JavaScript object: ordinary names for columns and keys. */
export const prototypeNames = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
);

/** Characters that break naive code: controls, NUL, BOM, lone surrogates, separators, RTL marks. */
const awkward = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\r',
  '\n',
  '\t',
  '\f',
  'é',
  'Ü',
  '会议',
  '👍🏽',
  '%',
  '%zz',
  '../',
  '"',
  "'",
  '\\',
);

/** Text of any characters, weighted towards the awkward ones. */
export const hostileText = (maxLength = 60) =>
  fc
    .array(
      fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ maxLength: 4 })),
      {
        maxLength,
      },
    )
    .map((parts) => parts.join(''));
