import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import { partnerOrganisationOf } from './event-access.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * The events of a season the caller sits on the panel of: where they interview, and whose rosters
 * they may read. A partner's people sit there for their organisation, so only while the registry
 * bears their claims out.
 */
export const listMyInterviewEvents = async (
  deps: Pick<InterviewDependencies, 'store' | 'partnerOrganisation'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<InterviewEvent>> => {
  await partnerOrganisationOf(deps, identity);
  return deps.store.eventsOfPanelMember(seasonId, identity.subject, page);
};
