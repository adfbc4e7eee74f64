import { describe, expect, it } from 'vitest';
import { recordKinds } from '../../../functions/config/areas.ts';
import { cachedPathsOf, maxWildcardPaths } from '../../../functions/domain/history/cached-paths.ts';
import { routes } from '../../../functions/http/routes.ts';
import { memoryApiDeps } from '../../support/memory-deps.ts';

/** Whether an invalidation path covers a requested path: exactly, or by its trailing `*`. */
const covers = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

const coveredBy = (patterns: readonly string[], path: string) =>
  patterns.some((pattern) => covers(pattern, path));

describe('the cached paths a takedown invalidates', () => {
  it.each(recordKinds)('cover every public %s route of the record, with any query', (kind) => {
    // Prepare
    const collection = kind === 'paper' ? '/v1/papers/{id}' : '/v1/datasets/{id}';
    const requested = routes(() => memoryApiDeps())
      .map((route) => route.path)
      .filter((path) => path === collection || path.startsWith(`${collection}/`))
      .map((path) =>
        path
          .replace('{id}', 'licensing')
          .replace('{version}', '2')
          .replace('{other}', '1')
          .replace(/\{\w+\}/g, 'csv'),
      );

    // Act
    const patterns = cachedPathsOf(kind, 'licensing');

    // Assess
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((path) => !coveredBy(patterns, path))).toEqual([]);
    expect(requested.filter((path) => !coveredBy(patterns, `${path}?format=csv`))).toEqual([]);
  });

  it('cover a diff page from an earlier version to the one taken down', () => {
    // Act
    const patterns = cachedPathsOf('paper', 'licensing');

    // Assess
    expect(coveredBy(patterns, '/v1/papers/licensing/versions/1/diff/2')).toBe(true);
  });

  it('leave the collection and the other kind’s record of the same id alone', () => {
    // Act
    const patterns = cachedPathsOf('paper', 'licensing');

    // Assess
    expect(coveredBy(patterns, '/v1/papers')).toBe(false);
    expect(coveredBy(patterns, '/v1/papers?q=licensing')).toBe(false);
    expect(coveredBy(patterns, '/v1/datasets/licensing')).toBe(false);
  });

  it('stay within CloudFront’s wildcard paths, a wildcard only at the end of each', () => {
    // Act
    const patterns = recordKinds.map((kind) => cachedPathsOf(kind, 'licensing'));

    // Assess
    for (const paths of patterns) {
      expect(paths.filter((path) => path.includes('*')).length).toBeLessThanOrEqual(
        maxWildcardPaths,
      );
      expect(paths.filter((path) => path.slice(0, -1).includes('*'))).toEqual([]);
    }
  });

  it('encode an id’s characters as its links do, a `*` in it included', () => {
    // Act
    const paths = cachedPathsOf('dataset', 'spend 2024*q1');

    // Assess
    expect(paths).toEqual(['/v1/datasets/spend%202024%2Aq1*']);
  });
});
