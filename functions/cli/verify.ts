import { createHash } from 'node:crypto';
import { type RecordKind, recordCollections, recordPath } from '../config/areas.ts';
import { findChainBreak, linkHash, recordHash } from '../domain/history/chain.ts';
import { type Digest, findDigestBreak } from '../domain/history/digest.ts';
import { genesisHash } from '../domain/history/facts.ts';
import type { StoredVersion } from '../ports/version-store.ts';
import type { Verification } from '../usecases/history/verify.ts';
import { CliError } from './cli-error.ts';

/** What the API's own /verify answers, recomputed from outside, with the originals it hashed. */
export interface OutsideVerification extends Omit<Verification, 'head' | 'checkedObjects'> {
  /** Null for a record with no versions to read. */
  readonly head: Verification['head'] | null;
  readonly originalsChecked: number;
  /** Exempt papers' originals, which the public API withholds. */
  readonly originalsWithheld: number;
}

/** `fetch`, waiting out a 429 as its `Retry-After` asks (a few times), as a polite harvester does. */
const fetchPolitely = async (url: string, init?: RequestInit): Promise<Response> => {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 429 || attempt === 4) return response;
    await response.body?.cancel();
    const seconds = Number(response.headers.get('retry-after') ?? '1');
    await new Promise((resolve) => setTimeout(resolve, Math.min(30, Math.max(1, seconds)) * 1000));
  }
};

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetchPolitely(url, { headers: { accept: 'application/json' } });
  if (!response.ok)
    throw new CliError(
      `GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  return (await response.json()) as T;
};

/** Every item of a paged list route. */
const everyItem = async <T>(url: string): Promise<T[]> => {
  const items: T[] = [];
  let next: string | null = null;
  do {
    const page: { items: T[]; next: string | null } = await getJson(
      `${url}?limit=100${next ? `&cursor=${encodeURIComponent(next)}` : ''}`,
    );
    items.push(...page.items);
    next = page.next;
  } while (next);
  return items;
};

/**
 * Verifies a record from outside, trusting nothing the server computed: it reads the versions as
 * the public API serves them, recomputes their hash chain, and hashes every original it can fetch.
 */
export const verifyFromOutside = async (
  apiUrl: string,
  kind: RecordKind,
  id: string,
): Promise<OutsideVerification> => {
  const base = `${apiUrl}${recordPath(kind, id)}`;
  const versions = await everyItem<StoredVersion>(`${base}/versions`);
  const last = versions.at(-1);
  const head = last ? { version: last.version, chainHash: last.chainHash } : null;
  const result = { kind, id, versions: versions.length, head };
  const chainBreak = findChainBreak(versions);
  let checked = 0;
  let withheld = 0;
  for (const version of versions) {
    if (chainBreak && version.version >= chainBreak.version) break;
    if (version.reason === 'withdrawal') continue;
    const response = await fetchPolitely(`${base}/versions/${version.version}/original`);
    // 403: an exempt paper's original; 410: a version taken down. Both still chain.
    if (response.status === 403 || response.status === 410) {
      withheld++;
      await response.body?.cancel();
      continue;
    }
    if (!response.ok)
      throw new CliError(
        `The original of ${kind} ${id} v${version.version} answered ${response.status}`,
      );
    const actual = createHash('sha256')
      .update(new Uint8Array(await response.arrayBuffer()))
      .digest('hex');
    checked++;
    if (actual !== version.sha256) {
      const problem = `its original hashes to ${actual}, not the recorded ${version.sha256}`;
      return {
        ...result,
        ok: false,
        broken: { version: version.version, problem },
        originalsChecked: checked,
        originalsWithheld: withheld,
      };
    }
  }
  return {
    ...result,
    ok: chainBreak === null,
    broken: chainBreak,
    originalsChecked: checked,
    originalsWithheld: withheld,
  };
};

/** Every record the API lists, of both kinds. */
export const everyRecord = async (apiUrl: string): Promise<{ kind: RecordKind; id: string }[]> => {
  const records: { kind: RecordKind; id: string }[] = [];
  for (const kind of ['paper', 'dataset'] as const)
    for (const item of await everyItem<{ id: string }>(`${apiUrl}/v1/${recordCollections[kind]}`))
      records.push({ kind, id: item.id });
  return records;
};

/** A record `verify` could not check at all (its versions or an original would not load). */
export interface UncheckedRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly ok: false;
  readonly error: string;
}

export interface VerificationTotals {
  readonly records: number;
  readonly intact: number;
  readonly broken: number;
  readonly unchecked: number;
  readonly versions: number;
  readonly originalsChecked: number;
  readonly originalsWithheld: number;
}

/**
 * What a run of `verify` found, summed: a failure to check a record counts against it as a break does.
 *
 * @example verificationTotals([intact, broken], [unchecked]) // { records: 3, intact: 1, broken: 1, unchecked: 1, … }
 */
export const verificationTotals = (
  results: readonly OutsideVerification[],
  unchecked: readonly UncheckedRecord[],
): VerificationTotals => ({
  records: results.length + unchecked.length,
  intact: results.filter((result) => result.ok).length,
  broken: results.filter((result) => !result.ok).length,
  unchecked: unchecked.length,
  versions: results.reduce((sum, result) => sum + result.versions, 0),
  originalsChecked: results.reduce((sum, result) => sum + result.originalsChecked, 0),
  originalsWithheld: results.reduce((sum, result) => sum + result.originalsWithheld, 0),
});

export const describeTotals = (totals: VerificationTotals): string =>
  `${totals.broken + totals.unchecked === 0 ? 'ALL OK' : 'FAILED'}  ${totals.records} records: ${totals.intact} intact, ${totals.broken} broken, ${totals.unchecked} could not be checked; ${totals.versions} versions, ${totals.originalsChecked} originals hashed, ${totals.originalsWithheld} withheld`;

export const describeUnchecked = (record: UncheckedRecord): string =>
  `FAILED  ${record.kind} ${record.id}: ${record.error}`;

export const describeVerification = (result: OutsideVerification): string => {
  const name = `${result.kind} ${result.id}`;
  if (!result.ok)
    return `BROKEN  ${name}: version ${result.broken?.version}: ${result.broken?.problem}`;
  const withheld = result.originalsWithheld ? `, ${result.originalsWithheld} withheld` : '';
  return `ok      ${name}: ${result.versions} versions, ${result.originalsChecked} originals hashed${withheld}, head v${result.head?.version} ${result.head?.chainHash}`;
};

/** The kind of record an id names, among `kinds`, asking the API. */
export const findKind = async (
  apiUrl: string,
  id: string,
  kinds: readonly string[],
): Promise<{ kind: RecordKind; id: string }> => {
  for (const kind of ['paper', 'dataset'] as const) {
    if (!kinds.includes(kind)) continue;
    const response = await fetchPolitely(`${apiUrl}${recordPath(kind, id)}/versions?limit=1`);
    await response.body?.cancel();
    if (response.ok) return { kind, id };
  }
  throw new CliError(`No ${kinds.join(' or ')} has the id "${id}" at ${apiUrl}.`);
};

export interface DigestVerification {
  readonly ok: boolean;
  readonly digests: number;
  readonly recordsChecked: number;
  /** The first problem: a digest that does not chain, or a record whose history no longer reaches a digested head. */
  readonly broken: DigestProblem | null;
  /** Every record whose history no longer reaches a head a digest stated, once each. */
  readonly problems: readonly DigestProblem[];
}

export interface DigestProblem {
  readonly digest: number;
  readonly problem: string;
}

/** The recomputed chain hash of the last of these versions, which must run 1..n unbroken. */
const linkOf = (versions: readonly StoredVersion[]): string => {
  let previous = genesisHash;
  for (const version of versions) previous = linkHash(previous, recordHash(version));
  return previous;
};

/**
 * Checks the published digests from outside: each digest's bytes hash to what its index says and
 * to what the next digest names, and every chain head a digest ever stated is still in its
 * record's history with the same chain hash, recomputed. A history rewritten after a digest,
 * even with a freshly recomputed chain, fails here; every such record is named.
 */
export const verifyDigests = async (apiUrl: string): Promise<DigestVerification> => {
  const entries = await everyItem<{ number: number; sha256: string }>(`${apiUrl}/v1/digests`);
  const digests: Digest[] = [];
  const fail = (digest: number, problem: string, checked: number): DigestVerification => ({
    ok: false,
    digests: entries.length,
    recordsChecked: checked,
    broken: { digest, problem },
    problems: [{ digest, problem }],
  });
  for (const entry of entries) {
    const response = await fetchPolitely(`${apiUrl}/v1/digests/${entry.number}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (!response.ok || actual !== entry.sha256)
      return fail(entry.number, `its bytes hash to ${actual}, not the indexed ${entry.sha256}`, 0);
    digests.push(JSON.parse(new TextDecoder().decode(bytes)) as Digest);
  }
  const chainBreak = findDigestBreak(digests);
  if (chainBreak) return fail(chainBreak.number, chainBreak.problem, 0);
  // Each record's history, read once; the chain is recomputed, never taken from a stored field.
  const histories = new Map<string, StoredVersion[]>();
  const problems: DigestProblem[] = [];
  const named = new Set<string>();
  for (const digest of digests) {
    for (const head of digest.records) {
      const record = recordPath(head.kind, head.id);
      let versions = histories.get(record);
      if (!versions) {
        versions = await everyItem<StoredVersion>(`${apiUrl}${record}/versions`).catch(() => []);
        histories.set(record, versions);
      }
      const upTo = versions.slice(0, head.version);
      const chainBreak = findChainBreak(upTo);
      const link = upTo.length === head.version && !chainBreak ? linkOf(upTo) : null;
      if (link !== head.chainHash && !named.has(record)) {
        named.add(record);
        problems.push({
          digest: digest.number,
          problem: `${head.kind} ${head.id} version ${head.version} ${
            upTo.length < head.version
              ? 'is gone'
              : chainBreak
                ? `no longer chains (version ${chainBreak.version}: ${chainBreak.problem})`
                : `now chains to ${link}`
          }, but the digest stated ${head.chainHash}`,
        });
      }
    }
  }
  return {
    ok: problems.length === 0,
    digests: digests.length,
    recordsChecked: histories.size,
    broken: problems[0] ?? null,
    problems,
  };
};
