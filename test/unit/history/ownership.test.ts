import { describe, expect, it } from 'vitest';
import {
  type Claim,
  claimProblem,
  type Owned,
} from '../../../functions/domain/history/ownership.ts';

const published: Owned = {
  kind: 'paper',
  id: 'collide-me',
  sourceKey: 'uploads/papers/Collide Me.md',
};
const claim = (overrides: Partial<Claim> = {}): Claim => ({
  kind: 'paper',
  id: 'collide-me',
  sourceKey: 'uploads/papers/collide-me.txt',
  origin: 'upload',
  replaces: undefined,
  ...overrides,
});

describe('claimProblem', () => {
  it('lets a new id be published', () => {
    // Prepare, Act
    const problem = claimProblem(undefined, claim());
    // Assess
    expect(problem).toBeUndefined();
  });

  it('lets the key that published a record publish its next version', () => {
    // Prepare, Act
    const problem = claimProblem(published, claim({ sourceKey: published.sourceKey }));
    // Assess
    expect(problem).toBeUndefined();
  });

  it('refuses another key the id, naming the key that holds it and the header that replaces it', () => {
    // Prepare, Act
    const problem = claimProblem(published, claim());
    // Assess
    expect(problem?.code).toBe('id-taken');
    expect(problem?.message).toMatch(/Collide Me\.md.*x-amz-meta-replaces: collide-me/);
  });

  it('lets another key replace the record it names', () => {
    // Prepare, Act
    const problem = claimProblem(published, claim({ replaces: 'collide-me' }));
    // Assess
    expect(problem).toBeUndefined();
  });

  it('refuses a replaces header that names another id than the upload’s own', () => {
    // Prepare, Act
    const problem = claimProblem(published, claim({ replaces: 'something-else' }));
    // Assess
    expect(problem?.code).toBe('invalid-replaces');
  });

  it('refuses an upload a paper’s table, whether or not it says it replaces it', () => {
    // Prepare
    const table: Owned = {
      kind: 'dataset',
      id: 'budget-table-1',
      sourceKey: 'uploads/papers/budget.pdf',
      origin: 'paper',
    };
    const upload = claim({
      kind: 'dataset',
      id: 'budget-table-1',
      sourceKey: 'uploads/datasets/x.csv',
    });
    // Act
    const problems = [
      claimProblem(table, upload),
      claimProblem(table, { ...upload, replaces: table.id }),
    ];
    // Assess
    expect(problems.map((problem) => problem?.code)).toEqual(['derived-record', 'derived-record']);
  });

  it('refuses a paper’s table the id of an uploaded dataset, and lets it write its own', () => {
    // Prepare
    const uploaded: Owned = {
      kind: 'dataset',
      id: 'p-table-1',
      sourceKey: 'uploads/datasets/p-table-1.csv',
      origin: 'upload',
    };
    const ownTable: Owned = { ...uploaded, sourceKey: 'uploads/papers/p.pdf', origin: 'paper' };
    const table = claim({
      kind: 'dataset',
      id: 'p-table-1',
      sourceKey: 'uploads/papers/p.pdf',
      origin: 'paper',
    });
    // Act, Assess
    expect(claimProblem(uploaded, table)?.code).toBe('id-taken');
    expect(claimProblem(ownTable, table)).toBeUndefined();
  });
});
