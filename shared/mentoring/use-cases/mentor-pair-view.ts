import { fullName } from '../../applicants/domain/profile/full-name.ts';
import { menteeSpheres } from '../domain/mentee-spheres.ts';
import { pairForMentor } from '../domain/pair-ending.ts';
import type { MentoringPair, MentorPairView } from '../mentoring-pair-schema.ts';
import type { MentoringSubject } from '../ports/mentoring-subjects.ts';

/** Once the mentee accepted, the mentor writes to them to agree the time and format of their meetings. */
const CONTACT_STATUSES: readonly MentoringPair['status'][] = ['active', 'completed'];

/** What the mentor sees of a pair: the mentee's name and project, and their address from the acceptance on. */
export const mentorPairView = (pair: MentoringPair, subject: MentoringSubject): MentorPairView => {
  const { application, profile } = subject;
  return {
    ...pairForMentor(pair),
    mentee: {
      ...(profile === undefined ? {} : { name: fullName(profile.name) }),
      ...(application.region === undefined ? {} : { region: application.region }),
      language: application.language,
      ...(application.projectDescription === undefined ? {} : { projectDescription: application.projectDescription }),
      spheres: [...menteeSpheres(application, subject.programme.settings)],
      ...(profile !== undefined && CONTACT_STATUSES.includes(pair.status) ? { email: profile.contacts.email } : {}),
    },
  };
};
