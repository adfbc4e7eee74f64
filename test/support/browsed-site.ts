import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uploadAreas } from '../../functions/config/areas.ts';
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

/** A dataset the site publishes twice, so that its history has a change to show. */
const wardDataset = {
  key: 'uploads/datasets/ward-complaints.csv',
  id: 'ward-complaints',
  versions: [
    'ward,complaints\nAylesbury,3\nChesham,7\nWycombe,5\n',
    'ward,complaints\nAylesbury,4\nChesham,7\nWycombe,5\nBeaconsfield,2\n',
  ],
  metadata: { title: 'Complaints by ward', publisher: 'Buckinghamshire Council' },
} as const;

interface DecisionListing {
  readonly meetingDate: string;
  readonly paperId: string;
  readonly line: number;
  readonly bodyId: string;
  readonly links: { readonly meeting: string; readonly paper: string };
}

/**
 * The decision of the latest meeting on the register's first page: its meeting stays among the
 * home page's latest meetings when other tests upload papers of their own.
 */
const firstDecision = async (apiUrl: string) => {
  const listing = await getJson<Listing<DecisionListing>>(apiUrl, '/v1/decisions');
  const latest = [...listing.items].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))[0];
  return latest ?? first(listing, 'decision');
};

/**
 * Corrects the seed paper of the register's first decision, as an officer re-uploading it would:
 * the decision's line reworded, so the paper has a second version with a change to read.
 */
const correctDecisionPaper = async (harness: AnnouncedStack) => {
  const decision = await firstDecision(harness.stack.apiUrl);
  // Seed ids are read from the papers, not their (hash) file names: the key it came from says which.
  const current = await harness.stack.root.api.versions.latest('paper', decision.paperId);
  const name = (current?.sourceKey ?? '').slice(uploadAreas.paper.length);
  const lines = (await readFile(join(repoRoot, 'seeds', name), 'utf8')).split('\n');
  const line = lines[decision.line - 1]?.trimEnd() ?? '';
  lines[decision.line - 1] = line.endsWith('.')
    ? `${line.slice(0, -1)}, as amended at the meeting.`
    : `${line} (as amended at the meeting)`;
  await harness.upload(`${uploadAreas.paper}${name}`, lines.join('\n'), { uploader: 'seeds' });
};

/**
 * An address for every kind of public page, read from the site's own data (so a change in what
 * the extractor reads from the seeds moves the address, not the test): the meeting, committee and
 * paper of the first decision in the register (corrected once), the first dataset, and the
 * dataset published twice.
 */
export const pageTypes = async (apiUrl: string): Promise<PageType[]> => {
  const decision = await firstDecision(apiUrl);
  const dataset = first(await getJson<Listing<{ id: string }>>(apiUrl, '/v1/datasets'), 'dataset');
  const twice = `/v1/datasets/${wardDataset.id}`;
  const pages: [string, string, number?, PageType['signIn']?][] = [
    ['home', '/'],
    ['bodies list', '/v1/bodies'],
    ['body', `/v1/bodies/${decision.bodyId}`],
    ['meetings list', '/v1/meetings'],
    ['meeting', decision.links.meeting],
    ['papers list', '/v1/papers'],
    ['paper', decision.links.paper],
    ['paper version', `${decision.links.paper}/versions/1`],
    ['paper versions', `${decision.links.paper}/versions`],
    ['paper diff', `${decision.links.paper}/versions/1/diff/2`],
    ['paper verification', `${decision.links.paper}/verify`],
    ['decisions register, filtered', `/v1/decisions?body=${decision.bodyId}`],
    ['datasets list', '/v1/datasets'],
    ['dataset', `/v1/datasets/${dataset.id}`],
    ['dataset versions', `${twice}/versions`],
    ['dataset diff', `${twice}/versions/1/diff/2`],
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
 * The local stack as `npm start` runs it (in-memory engines, a free port) with the seed papers, one
 * exempt report, a correction of a seed paper and a dataset published twice ingested: what the
 * browser tests and the screenshots browse.
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
  await correctDecisionPaper(harness);
  for (const body of wardDataset.versions)
    await harness.upload(wardDataset.key, body, wardDataset.metadata);
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
