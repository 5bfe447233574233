import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import { partnerOrganisationOf, runsAsPartnerOrPanel } from './event-access.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * The events of a season the caller sits on the panel of: where they interview, and whose rosters
 * they may read. A partner's people sit there for their organisation, so only while the registry
 * bears their claims out: a seat on the panel of an organisation the caller does not act for (a
 * retired one, or another than their account's) is left out, whatever other role they hold.
 */
export const listMyInterviewEvents = async (
  deps: Pick<InterviewDependencies, 'store' | 'partnerOrganisation'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<InterviewEvent>> => {
  const organisation = await partnerOrganisationOf(deps, identity);
  const seats = await deps.store.eventsOfPanelMember(seasonId, identity.subject, page);
  return { ...seats, items: seats.items.filter((event) => runsAsPartnerOrPanel(identity, organisation, event)) };
};
