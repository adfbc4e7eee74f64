import { CliError } from '../cli-error.ts';
import { localStack } from '../local-stack.ts';
import type { CliValues, Command } from '../options.ts';
import {
  describeTotals,
  describeUnchecked,
  describeVerification,
  everyRecord,
  findKind,
  type OutsideVerification,
  type UncheckedRecord,
  verificationTotals,
  verifyDigests,
  verifyFromOutside,
} from '../verify.ts';

/** `--digest-now`: publishes a digest on the local stack (in AWS the digest function's schedule does). */
const publishDigestNow = async (args: readonly string[], values: CliValues) => {
  if (process.env.UPLOAD_BUCKET || values.api)
    throw new CliError(
      'verify --digest-now publishes on the local stack only; in AWS digests follow the schedule',
    );
  if (values.all || args.length > 0) throw new CliError('verify --digest-now takes no IDs');
  // The system's own stores load only here: verifying reads the public API alone.
  const [{ operatorRoot }, { publishDigest }] = await Promise.all([
    import('../operator-root.ts'),
    import('../../usecases/history/publish-digest.ts'),
  ]);
  const { root, close } = await operatorRoot(values.port);
  try {
    const { published, entry } = await publishDigest(root.digest);
    console.log(
      published
        ? `digest ${entry?.number} published: ${entry?.records} chain heads at ${entry?.endTime}`
        : `no chain head moved since digest ${entry?.number ?? '-'}: none published`,
    );
  } finally {
    close();
  }
};

/** `--digests`: every published digest still chains and still holds its chain heads. */
const checkDigests = async (apiUrl: string, args: readonly string[], values: CliValues) => {
  if (values.all || args.length > 0) throw new CliError('verify --digests takes no IDs');
  const result = await verifyDigests(apiUrl);
  console.log(
    values.json
      ? JSON.stringify(result, null, 2)
      : result.ok
        ? `ok      ${result.digests} digests chain, ${result.recordsChecked} digested chain heads still in their histories`
        : result.problems
            .map((problem) => `BROKEN  digest ${problem.digest}: ${problem.problem}`)
            .join('\n'),
  );
  return result.ok ? 0 : 1;
};

/** `council-papers verify`: hash chains and originals recomputed from the public API. */
export const run: Command = async (args, values) => {
  const apiUrl = values.api ?? (await localStack(values.port))?.apiUrl;
  if (!apiUrl)
    throw new CliError('verify needs an API: --api URL, or a local stack started with `npm start`');
  if (values['digest-now']) await publishDigestNow(args, values);
  if (values.digests || values['digest-now']) return checkDigests(apiUrl, args, values);
  if (values.all === args.length > 0) throw new CliError('verify takes IDs, --all or --digests');
  const kinds = values.as ? [values.as] : ['paper', 'dataset'];
  const targets = values.all
    ? await everyRecord(apiUrl)
    : await Promise.all(args.map((id) => findKind(apiUrl, id, kinds)));
  const results: OutsideVerification[] = [];
  const unchecked: UncheckedRecord[] = [];
  for (const target of targets) {
    try {
      const result = await verifyFromOutside(apiUrl, target.kind, target.id);
      results.push(result);
      if (!values.json) console.log(describeVerification(result));
    } catch (error) {
      // One record that cannot be checked does not stop the others: it fails the run.
      if (!(error instanceof CliError) || !values.all) throw error;
      const record = { ...target, ok: false as const, error: error.message };
      unchecked.push(record);
      if (!values.json) console.log(describeUnchecked(record));
    }
  }
  const totals = verificationTotals(results, unchecked);
  if (values.json) console.log(JSON.stringify([...results, ...unchecked], null, 2));
  else if (values.all) console.log(describeTotals(totals));
  return totals.broken + totals.unchecked === 0 ? 0 : 1;
};
