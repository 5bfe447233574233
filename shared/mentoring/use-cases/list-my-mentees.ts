import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { pairForMentor } from '../domain/pair-ending.ts';
import type { MentoringPair } from '../mentoring-pair-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { fullName } from '../../applicants/domain/profile/full-name.ts';

/** The caller's pairs in a season, as their mentor, oldest proposal first, each with the mentee's name. */
export const listMyMentees = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'subjects'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<MentoringPair & { readonly menteeName?: string }>> => {
  const listed = await deps.pairs.ofMentor(identity.subject, seasonId, page);
  const profiles = await deps.subjects.profilesOf(listed.items.map((pair) => pair.applicantId));
  return {
    ...listed,
    items: listed.items.map((pair) => {
      const profile = profiles.get(pair.applicantId);
      const own = pairForMentor(pair);
      return profile === undefined ? own : { ...own, menteeName: fullName(profile.name) };
    }),
  };
};
