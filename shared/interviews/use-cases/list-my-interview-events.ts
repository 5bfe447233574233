import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/** The events of a season the caller sits on the panel of: where they interview, and whose rosters they may read. */
export const listMyInterviewEvents = (
  deps: Pick<InterviewDependencies, 'store'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<InterviewEvent>> => deps.store.eventsOfPanelMember(seasonId, identity.subject, page);
