import { ageAt } from '../../../applicants/domain/age-at.ts';
import { verifiedRequirementIds } from '../../../documents/domain/verified-requirements.ts';
import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Transition } from '../../../catalogue/domain/config/pipeline-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { guardKindsOf, type GuardFacts } from '../../../catalogue/domain/pipeline/transition-guards.ts';
import type { ApplicationDossier } from '../../../applications/ports/application-repository.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/**
 * Reads what the transition's guards test, and only that: the documents come with the dossier
 * already read; the shortlist (the application's progress against its season's current catalogue,
 * under the programme's current rule), the applicant's consent state, the team membership and the
 * rubric scores cost reads only when a guard asks. A rubric whose reviews are not all in has no
 * score, and the `rubricScore` guard refuses with `rubric-score-unavailable`.
 */
export const gatherGuardFacts = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores'>,
  context: { readonly dossier: ApplicationDossier; readonly programme: Programme; readonly season: Season },
  transition: Transition,
): Promise<GuardFacts> => {
  const { dossier, programme, season } = context;
  const application = dossier.application;
  const kinds = guardKindsOf(transition);
  const [shortlisted, guardianConsent, membership, rubricScores] = await Promise.all([
    kinds.has('shortlist') ? deps.shortlist.isShortlisted(application, programme.settings.shortlist) : undefined,
    kinds.has('guardianConsent') ? guardianConsentOf(deps, application.applicantId, programme, season) : undefined,
    kinds.has('team') ? deps.teamMemberships.membershipOf(application.id) : undefined,
    kinds.has('rubricScore') ? deps.rubricScores.scoresOf(application.id) : undefined,
  ]);
  return {
    track: application.track?.track,
    participantRole: application.participantRole,
    verifiedDocuments: verifiedRequirementIds(dossier.documents),
    shortlisted,
    guardianConsent,
    ...(kinds.has('team') ? { inTeam: membership !== undefined } : {}),
    rubricScores,
  };
};

const guardianConsentOf = async (
  deps: Pick<TransitionDependencies, 'applicants'>,
  applicantId: string,
  programme: Programme,
  season: Season,
): Promise<'given' | 'missing' | 'not-needed'> => {
  const threshold = programme.settings.eligibility.guardianConsentBelowAge;
  const applicant = await deps.applicants.find(applicantId, { referenceDate: season.referenceDate, guardianConsentBelowAge: threshold });
  if (applicant === undefined) return 'missing';
  if (ageAt(applicant.birthDate, season.referenceDate) >= threshold) return 'not-needed';
  return applicant.consent.guardian ? 'given' : 'missing';
};
