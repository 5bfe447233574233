import { settleInParallel, valuesOrFirstFailure } from '../../../platform/workflow/settle-in-parallel.ts';
import { placementIdFor } from '../../domain/matching/matching-run-id.ts';
import { placementOfferedMail, placementOfferedMailId } from '../../mail/placement-offered-mail.ts';
import { matchingAssignmentSchema, type MatchingAssignment } from '../../matching-outcome-schema.ts';
import type { MatchingRun, MatchingRunPhase, NotOfferedReason } from '../../matching-run-schema.ts';
import type { Placement } from '../../placement-schema.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Placements offered at once: each is one small transaction (the placement, the application's
 * guard, a seat on the offer, the application's stage checked) on items of its own, so a few in
 * flight keep the step short without crowding the season's placement list (a few hundred writes a
 * second at most).
 */
const OFFERS_IN_FLIGHT = 8;

/**
 * One chunk of the run's assignments offered as placements: for each, ONE transaction that
 * stores the placement (`offered`, to answer within the programme's acceptance days), holds a
 * seat on the offer and the application's one place in the stage, and checks the application is
 * still at the stage; then the offer's mail, queued once by the placement's id. An assignment
 * overtaken since the inputs were read is not offered, with its reason. A repeated page finds its
 * placements stored (their ids come from the run and the application) and makes none twice; it
 * queues the mail of any whose mail the first attempt did not reach, from the placement as stored.
 * Then the page's counts and the run's move in one conditional write.
 */
export const offerMatchingPage = async (
  deps: Pick<MatchingStepDependencies, 'runs' | 'placements' | 'recipients' | 'offers' | 'programmes' | 'seasons' | 'mailQueue' | 'clock'>,
  run: MatchingRun,
  execution: number,
): Promise<{ readonly written: 'written' | 'moved-on'; readonly phase: MatchingRunPhase }> => {
  const chunk = await deps.runs.chunk(run.id, 'ASSIGNED', run.pages);
  const assignments: MatchingAssignment[] = (chunk ?? []).map((line) => matchingAssignmentSchema.parse(line));
  const [programme, season, offers, contacts] = await Promise.all([
    deps.programmes.find(run.programmeId),
    deps.seasons.find(run.seasonId),
    deps.offers.factsOf(run.seasonId, [...new Set(assignments.map((assignment) => assignment.offerId))]),
    deps.recipients.contactsOf(assignments.map((assignment) => assignment.applicantId)),
  ]);
  if (programme === undefined || season === undefined)
    throw new Error('A matching run refers to a programme or season that does not exist');
  const now = deps.clock();
  const acceptanceDays = programme.settings.internships?.acceptanceDays ?? 7;
  const respondBy = new Date(now.getTime() + acceptanceDays * DAY_MS).toISOString();

  const outcomes = valuesOrFirstFailure(
    await settleInParallel(assignments, OFFERS_IN_FLIGHT, async (assignment): Promise<'offered' | NotOfferedReason> => {
      const placement: Placement = {
        id: placementIdFor(run.id, assignment.applicationId),
        seasonId: run.seasonId,
        programmeId: run.programmeId,
        applicationId: assignment.applicationId,
        applicantId: assignment.applicantId,
        stage: run.stage,
        offerId: assignment.offerId,
        hostOrganisation: assignment.hostOrganisation,
        runId: run.id,
        round: run.round,
        choiceRank: assignment.choiceRank,
        status: 'offered',
        offeredAt: now.toISOString(),
        respondBy,
        history: [{ at: now.toISOString(), status: 'offered', by: `staff:${run.startedBy}` }],
        version: 1,
      };
      const outcome = await deps.placements.offer(placement);
      if (outcome !== 'offered' && outcome !== 'exists') return outcome;
      const stored = outcome === 'exists' ? await deps.placements.find(placement.applicationId, placement.id) : placement;
      const contact = contacts.get(assignment.applicantId);
      const offer = offers.get(assignment.offerId);
      if (stored !== undefined && contact !== undefined && offer !== undefined) {
        await deps.mailQueue.enqueue(
          {
            id: placementOfferedMailId(stored.id),
            seasonId: run.seasonId,
            mail: placementOfferedMail({
              to: contact.email,
              language: contact.language,
              programmeName: programme.settings.name,
              seasonTitle: season.title,
              applicationId: stored.applicationId,
              offer,
              choiceRank: stored.choiceRank,
              respondBy: stored.respondBy,
            }),
          },
          now,
        );
      }
      return 'offered';
    }),
  );
  const notOfferedReasons: Record<string, number> = {};
  for (const outcome of outcomes) if (outcome !== 'offered') notOfferedReasons[outcome] = (notOfferedReasons[outcome] ?? 0) + 1;
  const offered = outcomes.filter((outcome) => outcome === 'offered').length;
  const phase: MatchingRunPhase = run.pages + 1 >= run.chunks.assigned ? 'done' : 'offer';
  const written = await deps.runs.checkpoint(
    run,
    execution,
    { phase, counts: { offered, notOffered: outcomes.length - offered, notOfferedReasons } },
    now.toISOString(),
  );
  return { written, phase };
};
