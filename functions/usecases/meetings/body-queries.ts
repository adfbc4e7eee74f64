import { InvalidRequestError, NotFoundError } from '../../domain/errors.ts';
import { bodyMatches, isBodyId } from '../../domain/papers/meetings.ts';
import type { BodySummary, MeetingStore } from '../../ports/meeting-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';

interface BodyQueryDeps {
  readonly meetings: MeetingStore;
}

/** Every committee, board or council that has met, by id (council, then body). */
export const listBodies = (deps: BodyQueryDeps, page: PageRequest): Promise<Page<BodySummary>> =>
  deps.meetings.listBodies(page);

/** One body by its id (`<council slug>--<body slug>`). */
export const getBody = async (deps: BodyQueryDeps, id: string): Promise<BodySummary> => {
  const body = await deps.meetings.getBody(id);
  if (!body) throw new NotFoundError(`No body has the id "${id}"; see /v1/bodies.`);
  return body;
};

/**
 * The body a caller's `body=` names: a body id as it is; a name or slug (`Cabinet`) by the bodies
 * that have met, `null` when none has. A name several councils' bodies share is ambiguous: the
 * error lists their ids, one of which the caller should send instead.
 */
export const resolveBody = async (deps: BodyQueryDeps, wanted: string): Promise<string | null> => {
  if (isBodyId(wanted)) return wanted.toLowerCase();
  const matches: BodySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.meetings.listBodies({ limit: 100, cursor });
    matches.push(...page.items.filter((body) => bodyMatches(body.council, body.body, wanted)));
    cursor = page.next ?? undefined;
  } while (cursor);
  const [only, ...others] = matches;
  if (!only) return null;
  if (others.length === 0) return only.bodyId;
  throw new InvalidRequestError(`"${wanted}" names a body of more than one council.`, [
    {
      where: 'query.body',
      message: `use a body id, one of ${matches.map((body) => body.bodyId).join(', ')}`,
    },
  ]);
};
