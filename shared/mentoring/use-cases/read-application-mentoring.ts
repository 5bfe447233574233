import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MenteePairView, MentoringPair } from '../mentoring-pair-schema.ts';
import type { MentorProfile } from '../mentor-profile-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownMentoring } from './own-mentoring.ts';

/** What the mentee sees of their pair: its state, and their mentor once the mentor has agreed. */
export const menteePairView = (pair: MentoringPair, mentor: MentorProfile | undefined): MenteePairView => ({
  pairId: pair.id,
  status: pair.status,
  ...(pair.status === 'proposed' || mentor === undefined
    ? {}
    : {
        mentor: {
          displayName: mentor.displayName,
          ...(mentor.bio === undefined ? {} : { bio: mentor.bio }),
          spheres: mentor.spheres,
          languages: mentor.languages,
          ...(mentor.region === undefined ? {} : { region: mentor.region }),
        },
      }),
  ...(pair.agreedAt === undefined ? {} : { agreedAt: pair.agreedAt }),
  ...(pair.acceptedAt === undefined ? {} : { acceptedAt: pair.acceptedAt }),
  ...(pair.completedAt === undefined ? {} : { completedAt: pair.completedAt }),
  sessions: pair.sessions,
});

/** The caller's own application's mentoring pair; 404 while it has none. */
export const readApplicationMentoring = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs' | 'profiles'>,
  identity: Identity,
  applicationId: string,
): Promise<MenteePairView> => {
  const { pair } = await ownMentoring(deps, identity, applicationId);
  if (pair === undefined) throw notFound('mentoring pair');
  return menteePairView(pair, await deps.profiles.find(pair.mentorId));
};
