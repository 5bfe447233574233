import type { Application } from '../../applications/application-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { menteeSpheres } from '../domain/mentee-spheres.ts';
import { pairIdOf } from '../domain/pair-id.ts';
import { mentoringOf, pairingStagesOf } from '../domain/pairing-stages.ts';
import { planMatching, type MatchingMentee, type PlannedPair } from '../domain/plan-matching.ts';
import { MAX_MATCHING_MENTEES, type MatchingInput, type MatchingResult } from '../matching-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { proposePair } from './propose-pair.ts';

/** Pages of the stage index read per request: the index merges its shards a page at a time. */
const STAGE_PAGE = 100;
/** At most this many pairs are written at once: each is a four-item transaction on a mentor's place. */
const WRITE_CONCURRENCY = 10;

type Refusal = MatchingResult['refused'][number]['reason'];

/** The unpaired mentees of the stage, up to the bound, and whether more wait; how many were skipped as paired. */
const unpairedMentees = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs'>,
  seasonId: string,
  stage: string,
): Promise<{
  readonly mentees: readonly Application[];
  readonly paired: number;
  readonly remaining: boolean;
  readonly declined: ReadonlyMap<string, readonly string[]>;
}> => {
  const mentees: Application[] = [];
  const declined = new Map<string, readonly string[]>();
  let paired = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.subjects.atStage(seasonId, stage, { limit: STAGE_PAGE, cursor });
    const mentoring = await deps.pairs.mentoringOfMany(page.items.map((application) => application.id));
    for (const application of page.items) {
      const held = mentoring.get(application.id);
      if (held?.livePairId !== undefined) {
        paired += 1;
        continue;
      }
      if (mentees.length === MAX_MATCHING_MENTEES) return { mentees, paired, remaining: true, declined };
      mentees.push(application);
      declined.set(application.id, held?.declinedBy ?? []);
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return { mentees, paired, remaining: false, declined };
};

/**
 * Staff of the season's programme match the mentees waiting in the agreement stage with the pool's
 * mentors (domain/plan-matching.ts: the stable matching engine, mentees' choices from fit, mentors
 * preferring the better-evaluated project, the main tier before the reserve). A dry run shows the
 * plan; otherwise each pair is proposed (the store holds every mentee's one pair and every mentor's
 * capacity again, so a matching racing staff's own pairing loses nothing: a refused write is
 * reported) and its mentor mailed. Repeating a matching proposes nothing twice. The stage is read
 * whole, up to MAX_MATCHING_MENTEES unpaired mentees a call (`remaining` asks for another call).
 */
export const matchMentees = async (
  deps: Pick<MentoringDependencies, 'staffedSeasons' | 'subjects' | 'pairs' | 'pool' | 'profiles' | 'scores' | 'mailQueue' | 'clock'>,
  identity: Identity,
  seasonId: string,
  input: MatchingInput,
): Promise<MatchingResult> => {
  const { programme, season } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const mentoring = mentoringOf(programme);
  const stages = pairingStagesOf(programme);
  const [{ mentees, paired, remaining, declined }, members] = await Promise.all([
    unpairedMentees(deps, seasonId, stages.agreement),
    deps.pool.all(seasonId),
  ]);
  const scores =
    mentoring.rankingRubric === undefined
      ? new Map<string, number>()
      : await deps.scores.scoresOf(
          mentees.map((application) => application.id),
          mentoring.rankingRubric,
        );
  const plan = planMatching(
    mentees.map(
      (application): MatchingMentee => ({
        applicationId: application.id,
        language: application.language,
        region: application.region,
        spheres: menteeSpheres(application, programme.settings),
        score: scores.get(application.id),
        declinedBy: declined.get(application.id) ?? [],
      }),
    ),
    members.map((member) => ({
      mentorId: member.mentorId,
      tier: member.tier,
      seatsLeft: Math.max(0, member.capacity - member.load),
      spheres: member.spheres,
      languages: member.languages,
      region: member.region,
    })),
    `mentor-matching:${seasonId}`,
  );

  const proposed: PlannedPair[] = [];
  const refused: { applicationId: string; mentorId: string; reason: Refusal }[] = [];
  if (input.dryRun) proposed.push(...plan.pairs);
  else {
    const at = deps.clock();
    const byId = new Map(mentees.map((application) => [application.id, application]));
    const profiles = await deps.profiles.findMany([...new Set(plan.pairs.map((pair) => pair.mentorId))]);
    const pending = [...plan.pairs];
    const worker = async (): Promise<void> => {
      for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
        const application = byId.get(next.applicationId);
        if (application === undefined) continue;
        const outcome = await proposePair(
          deps,
          { programme, season, agreementStage: stages.agreement, at },
          { application, mentorId: next.mentorId, tier: next.tier, choiceRank: next.choiceRank, proposedBy: 'matching' },
          profiles.get(next.mentorId),
        );
        if (outcome.proposed || outcome.reason === 'already-proposed') proposed.push(next);
        else refused.push({ applicationId: next.applicationId, mentorId: next.mentorId, reason: outcome.reason });
      }
    };
    await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  }
  return {
    dryRun: input.dryRun,
    stage: stages.agreement,
    mentees: mentees.length,
    alreadyPaired: paired,
    proposals: proposed
      .map((pair) => ({ ...pair, pairId: pairIdOf(pair.applicationId, pair.mentorId) }))
      .sort((a, b) => a.applicationId.localeCompare(b.applicationId)),
    refused: refused.sort((a, b) => a.applicationId.localeCompare(b.applicationId)),
    unmatched: [...plan.unmatched],
    unfilled: [...plan.unfilled],
    remaining,
  };
};
