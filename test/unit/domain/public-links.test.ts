import { describe, expect, it } from 'vitest';
import { paperLinks, publicList } from '../../../functions/domain/links.ts';
import { publicRecord, storageFields } from '../../../functions/domain/public-record.ts';
import { paperVersion } from '../../support/records.ts';

describe('records as the public reads them', () => {
  it('leave out every storage key and keep the rest', () => {
    // Prepare
    const record = paperVersion();

    // Act
    const shown = publicRecord(record);

    // Assess
    for (const field of storageFields) expect(shown).not.toHaveProperty(field);
    expect(shown).toMatchObject({ id: record.id, sha256: record.sha256 });
  });

  it('give each item of a list its links', () => {
    // Prepare
    const record = paperVersion();

    // Act
    const page = publicList(paperLinks)({ items: [record], next: null });

    // Assess
    expect(page.items[0]?.links).toMatchObject({ self: `/v1/papers/${record.id}` });
  });

  it('link a withdrawn version only to its history and proofs', () => {
    // Prepare
    const withdrawn = { ...paperVersion(), status: 'withdrawn' as const };

    // Act
    const links = paperLinks(withdrawn);

    // Assess
    expect(Object.keys(links).sort()).toEqual(['self', 'verify', 'version', 'versions']);
  });
});
