import { NotFoundError } from '../../domain/errors.ts';
import type { BodySummary } from '../../ports/meeting-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type { MeetingQueryDeps } from './meeting-queries.ts';

/** Every committee, board or council that has met, by slug. */
export const listBodies = (deps: MeetingQueryDeps, page: PageRequest): Promise<Page<BodySummary>> =>
  deps.meetings.listBodies(page);

/** One body by its slug. */
export const getBody = async (deps: MeetingQueryDeps, slug: string): Promise<BodySummary> => {
  const body = await deps.meetings.getBody(slug);
  if (!body) throw new NotFoundError(`No body has the slug "${slug}"; see /v1/bodies.`);
  return body;
};
