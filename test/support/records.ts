import { seal } from '../../functions/domain/history/chain.ts';
import type { VersionRecord } from '../../functions/domain/paper-record.ts';

const hex = (seed: string) => seed.repeat(64).slice(0, 64);

/**
 * A valid paper version for tests that need one, sealed as a first link; override what the test is
 * about (an override of a chain field is kept as given).
 */
export const paperVersion = (overrides: Partial<VersionRecord> = {}): VersionRecord => {
  const version = overrides.version ?? 1;
  const record: Omit<VersionRecord, 'recordSha256' | 'previousChainHash' | 'chainHash'> = {
    kind: 'paper',
    id: 'cabinet-2023-05-09',
    version: 1,
    documentType: 'report',
    title: 'Children’s Services Update',
    meetingDate: '2023-05-09',
    council: 'Westhaven District Council',
    committee: 'Cabinet',
    meetingTime: '19:00',
    exempt: false,
    exemptReason: null,
    sourceKey: 'uploads/papers/cabinet-2023-05-09.txt',
    sequencer: '0055AED6DCD90281E5',
    uploader: 'AWS:AIDAJDPLRKLG7UEXAMPLE',
    receivedAt: '2024-05-09T10:15:30.123Z',
    size: 1024,
    sha256: hex('a'),
    format: 'text',
    mediaType: 'text/plain',
    encoding: 'utf-8',
    originalKey: `originals/sha256/${hex('a')}`,
    textKey: `texts/sha256/${hex('b')}`,
    textSha256: hex('b'),
    extractionKey: `extractions/sha256/${hex('c')}`,
    extractionSha256: hex('c'),
    meetingIds: ['cabinet-2023-05-09'],
    reason: version === 1 ? 'new' : 'correction',
    status: 'published',
    withdrawal: null,
    publishedAt: '2024-05-09T10:15:31.000Z',
    current: version,
    applied: { 'uploads/papers/cabinet-2023-05-09.txt': '0055AED6DCD90281E5' },
    feedSeq: version,
    ...overrides,
  };
  return { ...seal<VersionRecord>(record, undefined), ...overrides };
};
