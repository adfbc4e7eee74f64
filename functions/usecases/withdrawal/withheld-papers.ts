import type { VersionRecord } from '../../domain/paper-record.ts';
import type { VersionStore } from '../../ports/version-store.ts';

/** How many papers the audit list reads through at most (a page per hundred). */
const maxRead = 5_000;

/**
 * For auditors: papers whose current version the public cannot read whole (exempt, or with exempt
 * parts), in id order. Reads the current versions a hundred at a time.
 */
export const withheldPapers = async (versions: VersionStore): Promise<readonly VersionRecord[]> => {
  const found: VersionRecord[] = [];
  let cursor: string | undefined;
  for (let read = 0; read < maxRead; read += 100) {
    const page = await versions.listLatest('paper', { limit: 100, cursor });
    for (const paper of page.items as readonly VersionRecord[])
      if (paper.status === 'published' && (paper.exempt || (paper.withheldParts ?? 0) > 0))
        found.push(paper);
    if (!page.next) break;
    cursor = page.next;
  }
  return found;
};
