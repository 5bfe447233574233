import type { ApplicantFacts } from '../../catalogue/domain/config/applicant-facts.ts';
import { assignTrack } from '../../catalogue/domain/config/evaluate-track-rules.ts';
import type { TrackRule } from '../../catalogue/domain/config/track-rules-schema.ts';
import type { Application, TrackAssignment } from '../application-schema.ts';

/**
 * The track the programme's rules give an application at submission, with the rule that fired.
 * The facts are the person's (from the profile, at the season's reference date) plus the
 * application's own choices. No rule firing leaves the track unset for staff to assign; a
 * programme without tracks has no rules.
 */
export const assignApplicationTrack = (
  rules: readonly TrackRule[],
  personFacts: ApplicantFacts,
  application: Pick<Application, 'participantRole' | 'preferredInternshipLevel'>,
  at: string,
): TrackAssignment | undefined => {
  const facts: ApplicantFacts = {
    ...personFacts,
    participantRole: application.participantRole,
    preferredInternshipLevel: application.preferredInternshipLevel,
  };
  const fired = assignTrack(rules, facts);
  return fired === undefined ? undefined : { track: fired.track, rule: fired.rule, assignedAt: at };
};
