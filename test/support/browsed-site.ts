import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../infra/local/paths.ts';
import { uploadSeeds } from '../../infra/local/seeds.ts';
import type { BrowsedSite, PageType } from '../browser/support/site.ts';
import { type AnnouncedStack, announcedStack } from './announced-stack.ts';

/** The exempt report (Schedule 12A, paragraph 3) and sentences from its withheld text. */
const exemptFixture = {
  file: 'test/fixtures/papers/08-exempt-report.txt',
  id: 'exempt-depot-disposal',
  sentences: [
    'Three bids were received by the closing date and were evaluated against the published criteria',
    'Bidder B has offered to complete within 28 days of exchange and has provided proof of funding',
    'Subject to planning and grant funding',
  ],
} as const;

const getJson = async <T>(apiUrl: string, path: string): Promise<T> => {
  const response = await fetch(`${apiUrl}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
};

interface Listing<T> {
  readonly items: readonly T[];
}

const first = <T>(listing: Listing<T>, what: string): T => {
  const item = listing.items[0];
  if (item === undefined) throw new Error(`The seeds gave no ${what} to browse`);
  return item;
};

/**
 * An address for every kind of public page, read from the site's own data (so a change in what
 * the extractor reads from the seeds moves the address, not the test): the meeting, committee and
 * paper of the first decision in the register, the first dataset.
 */
export const pageTypes = async (apiUrl: string): Promise<PageType[]> => {
  const decision = first(
    await getJson<Listing<{ bodySlug: string; links: { meeting: string; paper: string } }>>(
      apiUrl,
      '/v1/decisions',
    ),
    'decision',
  );
  const dataset = first(await getJson<Listing<{ id: string }>>(apiUrl, '/v1/datasets'), 'dataset');
  const pages: [string, string, number?, PageType['signIn']?][] = [
    ['home', '/'],
    ['bodies list', '/v1/bodies'],
    ['body', `/v1/bodies/${decision.bodySlug}`],
    ['meetings list', '/v1/meetings'],
    ['meeting', decision.links.meeting],
    ['papers list', '/v1/papers'],
    ['paper', decision.links.paper],
    ['paper version', `${decision.links.paper}/versions/1`],
    ['decisions register, filtered', `/v1/decisions?body=${decision.bodySlug}`],
    ['datasets list', '/v1/datasets'],
    ['dataset', `/v1/datasets/${dataset.id}`],
    ['error (404)', '/v1/papers/no-such-paper', 404],
    ['sign in', '/officer/sign-in'],
    ['upload', '/upload', 200, 'officer'],
    [
      'upload outcome',
      `/upload/outcome?key=${encodeURIComponent('uploads/papers/000_9edff7cd89e1ecb6.txt')}`,
      200,
      'officer',
    ],
    ['ingest log', '/v1/audit/ingests', 200, 'auditor'],
    ['withheld papers', '/v1/audit/withheld', 200, 'auditor'],
    ['withheld paper version', `/v1/audit/papers/${exemptFixture.id}/versions/1`, 200, 'auditor'],
  ];
  return pages.map(([name, path, status, signIn]) => ({
    name,
    path,
    status: status ?? 200,
    ...(signIn && { signIn }),
  }));
};

/**
 * The local stack as `npm start` runs it (in-memory engines, a free port) with the seed papers and
 * one exempt report ingested: what the browser tests and the screenshots browse.
 */
export const startBrowsedSite = async (): Promise<{
  harness: AnnouncedStack;
  site: Omit<BrowsedSite, 'wsEndpoint'>;
}> => {
  const harness = await announcedStack();
  const { stack } = harness;
  await uploadSeeds(stack.clients.s3, stack.names.uploadBucket, join(repoRoot, 'seeds'));
  await harness.upload(
    'uploads/papers/exempt-report.txt',
    await readFile(join(repoRoot, exemptFixture.file)),
    { id: exemptFixture.id },
  );
  return {
    harness,
    site: {
      apiUrl: stack.apiUrl,
      s3Endpoint: stack.engines.s3Endpoint,
      uploadBucket: stack.names.uploadBucket,
      auditToken: stack.auditToken,
      officerToken: stack.officerToken,
      pages: await pageTypes(stack.apiUrl),
      exempt: { id: exemptFixture.id, sentences: exemptFixture.sentences },
    },
  };
};
