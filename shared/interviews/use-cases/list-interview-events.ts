import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import type { EventListFilter } from '../ports/interview-store.ts';
import { partnerOrganisationOf } from './event-access.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * A season's interview events by stage, place and start. Staff of the programme see all of them;
 * a partner sees those their organisation owns, once the registry bears their claims out (a page
 * may then hold fewer than asked: follow `nextCursor`).
 */
export const listInterviewEvents = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'partnerOrganisation'>,
  identity: Identity,
  seasonId: string,
  filter: EventListFilter,
  page: PageRequest,
): Promise<Page<InterviewEvent>> => {
  if (identity.roles.includes('staff')) {
    await deps.staffedSeasons.staffedSeason(identity, seasonId);
    return deps.store.events(seasonId, filter, page);
  }
  const organisation = await partnerOrganisationOf(deps, identity);
  const events = await deps.store.events(seasonId, filter, page);
  return {
    items: events.items.filter((event) => organisation !== undefined && event.ownerOrganisation === organisation),
    nextCursor: events.nextCursor,
  };
};
