import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/domain/hashing.ts';
import {
  findChainBreak,
  linkHash,
  recordHash,
  seal,
} from '../../../functions/domain/history/chain.ts';
import { genesisHash } from '../../../functions/domain/history/facts.ts';

interface Link {
  version: number;
  title: string;
  recordSha256: string;
  previousChainHash: string;
  chainHash: string;
}

const chainOf = (titles: string[]): Link[] => {
  const links: Link[] = [];
  titles.forEach((title, index) => {
    links.push(seal<Link>({ version: index + 1, title }, links.at(-1)));
  });
  return links;
};

describe('hash chain', () => {
  it('links each version to the previous, starting from 64 zeros', () => {
    const [first, second] = chainOf(['Budget', 'Budget (corrected)']);
    expect(first?.previousChainHash).toBe(genesisHash);
    expect(first?.recordSha256).toBe(sha256Hex('{"title":"Budget","version":1}'));
    expect(first?.chainHash).toBe(sha256Hex(genesisHash + first?.recordSha256));
    expect(second?.previousChainHash).toBe(first?.chainHash);
    expect(second?.chainHash).toBe(linkHash(first?.chainHash ?? '', second?.recordSha256 ?? ''));
  });

  it('hashes content whatever the key order, leaving out the chain fields', () => {
    const [link] = chainOf(['Budget']);
    expect(recordHash({ title: 'Budget', version: 1 })).toBe(link?.recordSha256);
    expect(recordHash({ version: 1, title: 'Budget', chainHash: 'x' })).toBe(link?.recordSha256);
  });

  it('finds nothing wrong with an intact chain', () => {
    expect(findChainBreak(chainOf(['a', 'b', 'c']))).toBeNull();
    expect(findChainBreak([])).toBeNull();
  });

  it('names the version whose content was altered', () => {
    const links = chainOf(['a', 'b', 'c']);
    links[1] = { ...(links[1] as Link), title: 'B' };
    expect(findChainBreak(links)).toMatchObject({
      version: 2,
      problem: expect.stringContaining('hashes to'),
    });
  });

  it('names a version rewritten with a fresh hash, because the next link no longer follows', () => {
    const links = chainOf(['a', 'b', 'c']);
    const forged = seal<Link>({ version: 2, title: 'B' }, links[0]);
    links[1] = forged;
    expect(findChainBreak(links)).toMatchObject({
      version: 3,
      problem: expect.stringContaining('previous link'),
    });
  });

  it('names a missing version and a forged link', () => {
    const links = chainOf(['a', 'b', 'c']);
    expect(findChainBreak([links[0] as Link, links[2] as Link])).toMatchObject({
      version: 2,
      problem: 'version 2 is missing',
    });
    const bad = chainOf(['a']);
    bad[0] = { ...(bad[0] as Link), chainHash: 'f'.repeat(64) };
    expect(findChainBreak(bad)).toMatchObject({
      version: 1,
      problem: expect.stringContaining('chain hash'),
    });
  });
});
