import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InternshipCandidate } from '../candidate-ranking-schema.ts';
import { hostedOfferWithRanking } from './host-access.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/**
 * An offer's candidate pool for its host's people and the programme's staff: the applications that
 * ranked it and are still in the stage they ranked it in (a page may hold fewer than `limit`:
 * follow `nextCursor`). Hosts see no personal data until the applicant consents to its release:
 * no name, contacts or birth date; the application's track, role, region, preferred level and
 * justification, its scores on the programme's interview rubrics, where it put the offer and
 * where the host's ranking puts it.
 *
 * Hosts rank from this pool only, not from the whole stage (as a Presidential Management Fellows
 * agency picks from every finalist): in a stable matching nobody is placed with an offer they did
 * not rank, so a host's pick of someone else could never come true.
 */
export const listOfferCandidates = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation' | 'subjects' | 'scores'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
  page: PageRequest,
): Promise<Page<InternshipCandidate>> => {
  const { programme, ranking } = await hostedOfferWithRanking(deps, identity, target);
  const choices = await deps.store.candidates(target.seasonId, target.offerId, page);
  const applications = await deps.subjects.applications(choices.items.map((choice) => choice.applicationId));
  const present = choices.items.flatMap((choice) => {
    const application = applications.get(choice.applicationId);
    return application !== undefined && application.stage === choice.stage ? [{ choice, application }] : [];
  });
  const interviewStages = new Set(
    programme.settings.pipeline.stages.filter((stage) => stage.kind === 'interview').map((stage) => stage.id),
  );
  const interviewRubrics = programme.settings.reviewRubrics
    .filter((rubric) => interviewStages.has(rubric.stage))
    .map((rubric) => rubric.id);
  const scores = await Promise.all(
    present.map(({ choice }) => (interviewRubrics.length === 0 ? new Map<string, number>() : deps.scores.scoresOf(choice.applicationId))),
  );
  const hostRanks = new Map((ranking?.ranking ?? []).map((applicationId, index) => [applicationId, index + 1]));
  return {
    items: present.map(({ choice, application }, index): InternshipCandidate => {
      const hostRank = hostRanks.get(application.id);
      const scored = scores[index] ?? new Map<string, number>();
      return {
        applicationId: application.id,
        choiceRank: choice.rank,
        ...(hostRank === undefined ? {} : { hostRank }),
        stage: application.stage,
        ...(application.track === undefined ? {} : { track: application.track.track }),
        ...(application.participantRole === undefined ? {} : { participantRole: application.participantRole }),
        ...(application.region === undefined ? {} : { region: application.region }),
        ...(application.preferredInternshipLevel === undefined ? {} : { preferredInternshipLevel: application.preferredInternshipLevel }),
        ...(application.internshipJustification === undefined ? {} : { internshipJustification: application.internshipJustification }),
        interviewScores: interviewRubrics.flatMap((rubricId) => {
          const score = scored.get(rubricId);
          return score === undefined ? [] : [{ rubricId, score }];
        }),
      };
    }),
    nextCursor: choices.nextCursor,
  };
};
