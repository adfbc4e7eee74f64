import { readFile } from 'node:fs/promises';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../infra/local/paths.ts';
import { enginesNotAdmitting, type Lockfile } from '../../support/engines.ts';

const readJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(`${repoRoot}${file}`, 'utf8')) as T;

describe('the Node versions package.json promises', () => {
  it('are a valid range that starts at a Node 20 LTS', async () => {
    // Prepare
    const { engines } = await readJson<{ engines: { node: string } }>('package.json');

    // Act
    const lowest = semver.minVersion(engines.node);

    // Assess
    expect(lowest?.major).toBe(20);
  });

  it('are admitted by every package the lockfile installs (npm ci warns of none)', async () => {
    // Prepare
    const { engines } = await readJson<{ engines: { node: string } }>('package.json');
    const lock = await readJson<Lockfile>('package-lock.json');

    // Act
    const mismatches = enginesNotAdmitting(engines.node, lock);

    // Assess
    expect(mismatches).toEqual([]);
  });
});

describe('enginesNotAdmitting', () => {
  it('names a package that needs a newer Node than the range promises', () => {
    // Prepare
    const lock: Lockfile = {
      packages: {
        '': { version: '0.1.0', engines: { node: '>=20.19' } },
        'node_modules/docx/node_modules/nanoid': {
          version: '6.0.2',
          engines: { node: '^22 || ^24 || >=26' },
        },
        'node_modules/vitest': { version: '4.1.12', engines: { node: '^20.0.0 || >=22.0.0' } },
      },
    };

    // Act
    const mismatches = enginesNotAdmitting('^20.19.0 || ^22.13.0 || >=24', lock);

    // Assess
    expect(mismatches).toEqual([
      {
        path: 'node_modules/docx/node_modules/nanoid',
        version: '6.0.2',
        needs: '^22 || ^24 || >=26',
      },
    ]);
  });

  it('names a package that leaves out an odd Node line an open-ended range promises', () => {
    // Prepare
    const lock: Lockfile = {
      packages: {
        'node_modules/vitest': { version: '4.1.12', engines: { node: '^20 || ^22 || >=24' } },
      },
    };

    // Act
    const mismatches = enginesNotAdmitting('>=20.19', lock);

    // Assess
    expect(mismatches.map((mismatch) => mismatch.path)).toEqual(['node_modules/vitest']);
  });
});
