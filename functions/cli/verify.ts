import { createHash } from 'node:crypto';
import type { RecordKind } from '../config/areas.ts';
import { type ChainBreak, findChainBreak } from '../domain/history/chain.ts';
import type { StoredVersion } from '../ports/version-store.ts';
import { CliError } from './cli-error.ts';

const collections = { paper: 'papers', dataset: 'datasets' } as const;

export interface OutsideVerification {
  readonly kind: RecordKind;
  readonly id: string;
  readonly ok: boolean;
  readonly versions: number;
  readonly head: { readonly version: number; readonly chainHash: string } | null;
  readonly broken: ChainBreak | null;
  readonly originalsChecked: number;
  /** Exempt papers' originals, which the public API withholds. */
  readonly originalsWithheld: number;
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
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
  const base = `${apiUrl}/v1/${collections[kind]}/${encodeURIComponent(id)}`;
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
    const response = await fetch(`${base}/versions/${version.version}/original`);
    if (response.status === 403) {
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
    for (const item of await everyItem<{ id: string }>(`${apiUrl}/v1/${collections[kind]}`))
      records.push({ kind, id: item.id });
  return records;
};

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
    const response = await fetch(
      `${apiUrl}/v1/${collections[kind]}/${encodeURIComponent(id)}/versions?limit=1`,
    );
    await response.body?.cancel();
    if (response.ok) return { kind, id };
  }
  throw new CliError(`No ${kinds.join(' or ')} has the id "${id}" at ${apiUrl}.`);
};
