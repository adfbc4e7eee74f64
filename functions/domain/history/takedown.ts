import type { RecordKind } from '../../config/areas.ts';

/**
 * A version's content taken down after publication (personal data published in error): its
 * original, text, extraction and rows leave the public routes; its place in the hash chain, its
 * metadata and the auditors' access stay. Written once, beside the archive it concerns.
 */
export interface Takedown {
  readonly kind: RecordKind;
  readonly id: string;
  readonly version: number;
  readonly reason: string;
  /** Who took it down: the operator's AWS identity or the name given to the CLI. */
  readonly by: string | null;
  readonly at: string;
}

/** Where a version's takedown notice is archived: one write-once object per version. */
export const takedownKey = (kind: RecordKind, id: string, version: number): string =>
  `takedowns/${kind}/${id}/v${version}.json`;

/**
 * The public's reason, as a 410 and the version's `withheld` say it.
 *
 * @example takedownNotice({ …, reason: 'Home address published in error', at: '2024-05-10T09:00:00.000Z' })
 * // 'Taken down on 2024-05-10T09:00:00.000Z: Home address published in error.'
 */
export const takedownNotice = (takedown: Takedown): string =>
  `Taken down on ${takedown.at}: ${takedown.reason.replace(/\.$/, '')}.`;
